--TEST--
GearmanTask::returnCode() is GEARMAN_WORK_EXCEPTION in the exception callback
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, whose GearmanTask::returnCode() is
always 0: a task the worker ended with sendException() reports
GEARMAN_WORK_EXCEPTION (23) in the exception callback.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/client_task.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        $job->sendException("boom");
        return "";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$client->setExceptionCallback(function (GearmanTask $task) {
    echo "exception: ", $task->data(), " ", $task->returnCode(), " ", gearman_task_return_code($task), "\n";
});
$client->addTask($fn, 'x');
var_dump($client->runTasks());
gearman_test_end_worker($child);
?>
--EXPECT--
exception: boom 23 23
bool(true)
worker: ok
