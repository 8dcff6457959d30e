--TEST--
GearmanClient::ping() against a closed port warns and returns false at once
--DESCRIPTION--
The connection is refused: a warning naming GEARMAN_COULD_NOT_CONNECT, false,
and returnCode() GEARMAN_COULD_NOT_CONNECT (26).
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = new GearmanClient();
$client->addServer('127.0.0.1', gearman_test_closed_port(), false);
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$start = microtime(true);
var_dump($client->ping('hello'));
var_dump($client->returnCode());
var_dump(gearman_client_ping($client, 'again'));
var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
Warning: GearmanClient::ping(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)
int(26)

Warning: gearman_client_ping(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)
bool(true)
