--TEST--
GearmanClient::addServer() and gearman_client_add_server() connect to a live server
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$fn = gearman_test_function_name();

$client = new GearmanClient();
var_dump($client->addServer(gearman_test_host(), gearman_test_port()));
var_dump($client->returnCode());
/* A background job needs no worker: the handle proves the server took it. */
var_dump($client->doBackground($fn, 'workload'));

$client = gearman_client_create();
var_dump(gearman_client_add_server($client, gearman_test_host(), gearman_test_port()));
var_dump(gearman_client_return_code($client));
var_dump(gearman_client_do_background($client, $fn, 'workload'));
?>
--EXPECTF--
bool(true)
int(0)
string(%d) "H:%s:%d"
bool(true)
int(0)
string(%d) "H:%s:%d"
