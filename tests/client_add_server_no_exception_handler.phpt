--TEST--
GearmanClient::addServer(..., false) does no I/O, so a closed port is accepted
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$port = gearman_test_closed_port();

$client = new GearmanClient();
var_dump($client->addServer('127.0.0.1', $port, false));
var_dump($client->returnCode(), $client->error());

$client = gearman_client_create();
var_dump(gearman_client_add_server($client, '127.0.0.1', $port, false));
var_dump(gearman_client_return_code($client));

/* Without the round trip a live server still works. */
$client = new GearmanClient();
var_dump($client->addServer(gearman_test_host(), gearman_test_port(), false));
var_dump($client->doBackground(gearman_test_function_name(), 'workload'));
?>
--EXPECTF--
bool(true)
int(0)
bool(false)
bool(true)
int(0)
bool(true)
string(%d) "H:%s:%d"
