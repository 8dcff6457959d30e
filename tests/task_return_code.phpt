--TEST--
GearmanTask::returnCode() is GEARMAN_SUCCESS in the complete callback and GEARMAN_WORK_FAIL in the fail callback
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, whose GearmanTask::returnCode() (and
gearman_task_return_code()) is always 0: ours reports libgearman's result for
the task, so a failed task says GEARMAN_WORK_FAIL (24).
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
        if ($job->workload() === "fail") {
            $job->sendFail();
        }
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$client->setCompleteCallback(function (GearmanTask $task) {
    echo "complete: ", $task->returnCode(), " ", gearman_task_return_code($task), "\n";
});
$client->setFailCallback(function (GearmanTask $task) {
    echo "fail: ", $task->returnCode(), " ", gearman_task_return_code($task), "\n";
    var_dump($task->returnCode() === GEARMAN_WORK_FAIL);
});
$client->addTask($fn, 'ok');
var_dump($client->runTasks());
$client->addTask($fn, 'fail');
var_dump($client->runTasks());
gearman_test_end_worker($child);
?>
--EXPECT--
complete: 0 0
bool(true)
fail: 24 24
bool(true)
bool(true)
worker: ok
