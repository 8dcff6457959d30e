--TEST--
GearmanClient::ping() returns true against a live server
--DESCRIPTION--
ping() sends an ECHO_REQ with the given workload (binary data included) and
returns true when the echo comes back; returnCode() is then GEARMAN_SUCCESS.
gearman_client_ping() is the twin.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = gearman_test_client();
$client->setTimeout(2000);
var_dump($client->ping('hello'));
var_dump($client->returnCode());
var_dump(gearman_client_ping($client, "bin\0ary"));
var_dump($client->ping(str_repeat('x', 10000)));
?>
--EXPECT--
bool(true)
int(0)
bool(true)
bool(true)
