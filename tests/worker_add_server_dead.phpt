--TEST--
GearmanWorker::addServer()/addServers() to a closed port throw GearmanException promptly
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
$start = microtime(true);

$worker = new GearmanWorker();
try {
    var_dump($worker->addServer('127.0.0.1', $port));
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($worker->error());

$worker = new GearmanWorker();
try {
    var_dump($worker->addServers(gearman_test_server() . ",127.0.0.1:$port"));
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$worker = gearman_worker_create();
try {
    var_dump(gearman_worker_add_server($worker, '127.0.0.1', $port));
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(gearman_worker_error($worker));

var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
GearmanException: Failed to set exception option
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
GearmanException: Failed to set exception option
GearmanException: Failed to set exception option
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
bool(true)
