--TEST--
GearmanTask::sendWorkload() / recvData() on a task not yet run are safe, and the task still runs
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, where recvData() or sendWorkload() on a
task that was added but not yet run crashes (no connection behind the task
yet). Here they return false or a plain int/array (a warning may say why),
and runTasks() afterwards still completes the task with its original
workload.
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return "R:" . $job->workload(); });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$client->setCompleteCallback(function (GearmanTask $task) { echo "complete: ", $task->data(), "\n"; });
$task = $client->addTask($fn, 'original');
$recv = @$task->recvData(16);
var_dump($recv === false || is_array($recv));
$sent = @$task->sendWorkload('extra');
var_dump($sent === false || is_int($sent));
$recv = @gearman_task_recv_data($task, 4);
var_dump($recv === false || is_array($recv));
$sent = @gearman_task_send_workload($task, 'x');
var_dump($sent === false || is_int($sent));
var_dump($client->runTasks());
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
complete: R:original
bool(true)
worker: ok
