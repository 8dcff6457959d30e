--TEST--
setExceptionCallback() turns on exception forwarding even when addServer() skipped it
--DESCRIPTION--
addServer(..., false) makes no round trip, so gearmand has not been asked to
forward worker exceptions to this client. setExceptionCallback() makes that
round trip itself (as PECL does: it throws "Failed to set exception option"
when it cannot), so the worker's sendException("boom") reaches the exception
callback and runTasks() returns true; without it the client never hears of
the job's end and runTasks() runs into the timeout.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) { $job->sendException("boom"); return "res"; });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = new GearmanClient();
$client->addServer(gearman_test_host(), gearman_test_port(), false);
$client->setTimeout(1500);
var_dump($client->setExceptionCallback(function (GearmanTask $task) { echo "exception: ", $task->data(), "\n"; }));
$client->setCompleteCallback(function (GearmanTask $task) { echo "complete: ", $task->data(), "\n"; });
$client->setFailCallback(function (GearmanTask $task) { echo "fail\n"; });
$client->addTask($fn, 'x');
var_dump($client->runTasks());
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
exception: boom
bool(true)
worker: ok
