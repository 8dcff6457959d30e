--TEST--
GearmanClient::addServer() to a closed port throws GearmanException promptly
--DESCRIPTION--
With the default $setupExceptionHandler = true, addServer() makes a round trip to
the server to switch on exceptions, and throws when that fails.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$port = gearman_test_closed_port();
$start = microtime(true);

$client = new GearmanClient();
try {
    var_dump($client->addServer('127.0.0.1', $port));
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($client->error());

$client = gearman_client_create();
try {
    var_dump(gearman_client_add_server($client, '127.0.0.1', $port));
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(gearman_client_error($client));

var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
GearmanException: Failed to set exception option
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
GearmanException: Failed to set exception option
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
bool(true)
