--TEST--
GearmanWorker::work() with every server down returns false promptly with a warning
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$worker = new GearmanWorker();
try {
    $worker->addServer('127.0.0.1', gearman_test_closed_port());
} catch (GearmanException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($worker->addFunction('f', function (GearmanJob $job) { return 'never'; }));
$start = microtime(true);
var_dump($worker->work());
var_dump($worker->returnCode() === GEARMAN_COULD_NOT_CONNECT);
var_dump($worker->error());
var_dump(is_int($worker->getErrno()));

echo "-- procedural\n";
var_dump(gearman_worker_work($worker));
var_dump(gearman_worker_return_code($worker));
var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
Failed to set exception option
bool(true)

Warning: GearmanWorker::work(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)
bool(true)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
bool(true)
-- procedural

Warning: gearman_worker_work(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)
int(26)
bool(true)
