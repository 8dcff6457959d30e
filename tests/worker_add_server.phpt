--TEST--
GearmanWorker::addServer()/addServers() and their procedural twins accept a live server
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$worker = new GearmanWorker();
var_dump($worker->addServer(gearman_test_host(), gearman_test_port()));
var_dump($worker->returnCode());

$worker = new GearmanWorker();
var_dump($worker->addServers(gearman_test_server() . ',' . gearman_test_server()));
var_dump($worker->returnCode());

$worker = gearman_worker_create();
var_dump(gearman_worker_add_server($worker, gearman_test_host(), gearman_test_port()));
var_dump(gearman_worker_add_servers($worker, gearman_test_server()));
var_dump(gearman_worker_return_code($worker));
?>
--EXPECT--
bool(true)
int(0)
bool(true)
int(0)
bool(true)
bool(true)
int(0)
