--TEST--
GearmanClient::enableExceptionHandler() against a closed port throws GearmanException
--DESCRIPTION--
The round trip cannot be made, so the call throws GearmanException with the
message "Failed to set exception option" and returns nothing. error() names
the connection failure. The procedural twin throws the same.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = new GearmanClient();
var_dump($client->addServer('127.0.0.1', gearman_test_closed_port(), false));
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$start = microtime(true);
try {
    var_dump($client->enableExceptionHandler());
    echo "no exception\n";
} catch (GearmanException $e) {
    var_dump(get_class($e), $e->getMessage());
}
var_dump($client->error());
try {
    var_dump(gearman_client_enable_exception_handler($client));
    echo "no exception\n";
} catch (GearmanException $e) {
    var_dump($e->getMessage());
}
var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
bool(true)
string(16) "GearmanException"
string(30) "Failed to set exception option"
string(%d) "%SGEARMAN_COULD_NOT_CONNECT%s"
string(30) "Failed to set exception option"
bool(true)
