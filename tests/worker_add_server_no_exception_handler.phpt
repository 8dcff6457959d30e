--TEST--
GearmanWorker::addServer(..., false) and addServers(..., false) do no I/O, so a closed port is accepted
--DESCRIPTION--
The worker's $setupExceptionHandler parameter is PECL gearman 2.1.5 surface; the
2.1.0 reference (Debian) has no such parameter and throws ArgumentCountError.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$port = gearman_test_closed_port();

$worker = new GearmanWorker();
var_dump($worker->addServer('127.0.0.1', $port, false));
var_dump($worker->returnCode(), $worker->error());
var_dump($worker->addServers("127.0.0.1:$port", false));

$worker = gearman_worker_create();
var_dump(gearman_worker_add_server($worker, '127.0.0.1', $port, false));
var_dump(gearman_worker_add_servers($worker, "127.0.0.1:$port", false));
var_dump(gearman_worker_return_code($worker));
?>
--EXPECT--
bool(true)
int(0)
bool(false)
bool(true)
bool(true)
bool(true)
int(0)
