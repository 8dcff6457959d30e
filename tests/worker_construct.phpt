--TEST--
A new GearmanWorker (new or gearman_worker_create()) starts with no error
--EXTENSIONS--
gearman
--FILE--
<?php
$worker = new GearmanWorker();
var_dump($worker->returnCode(), $worker->error(), $worker->getErrno());

$worker = gearman_worker_create();
var_dump($worker instanceof GearmanWorker);
var_dump(gearman_worker_return_code($worker), gearman_worker_error($worker), gearman_worker_errno($worker));
?>
--EXPECT--
int(0)
bool(false)
int(0)
bool(true)
int(0)
bool(false)
int(0)
