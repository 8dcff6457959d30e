--TEST--
GearmanWorker::work() with no function added warns GEARMAN_NO_REGISTERED_FUNCTIONS and returns false
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$worker = gearman_test_worker();
var_dump($worker->work());
var_dump($worker->returnCode(), $worker->error());
?>
--EXPECTF--
Warning: GearmanWorker::work(): gearman_worker_grab_job(GEARMAN_NO_REGISTERED_FUNCTIONS) no functions have been registered -> %s in %s on line %d
bool(false)
int(34)
string(%d) "gearman_worker_grab_job(GEARMAN_NO_REGISTERED_FUNCTIONS) no functions have been registered -> %s"
