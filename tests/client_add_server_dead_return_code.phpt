--TEST--
After GearmanClient::addServer() fails its exception round trip, returnCode() says why
--DESCRIPTION--
Deliberate difference from PECL gearman 2.1.0: after the "Failed to set exception
option" exception its returnCode() still says GEARMAN_SUCCESS (0)
(REFERENCE.md, "More of the running reference's defects"). Here it is
GEARMAN_COULD_NOT_CONNECT.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$port = gearman_test_closed_port();

$client = new GearmanClient();
try {
    $client->addServer('127.0.0.1', $port);
} catch (GearmanException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($client->returnCode()); // GEARMAN_COULD_NOT_CONNECT
?>
--EXPECT--
Failed to set exception option
int(26)
