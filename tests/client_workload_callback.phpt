--TEST--
setWorkloadCallback() is accepted, and does not fire for a task whose workload is given
--DESCRIPTION--
libgearman calls the workload callback only for a task submitted without its
workload data (streamed later), which addTask() never does: with every
workload given up front the callback stays silent while the task completes.
Both the method and gearman_client_set_workload_callback() return true.
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
$calls = 0;
var_dump($client->setWorkloadCallback(function () use (&$calls) { $calls++; }));
var_dump(gearman_client_set_workload_callback($client, function () use (&$calls) { $calls++; }));
$client->setCompleteCallback(function (GearmanTask $task) { echo "complete: ", $task->data(), "\n"; });
$client->addTask($fn, 'payload');
var_dump($client->runTasks());
var_dump($calls);
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
bool(true)
complete: R:payload
bool(true)
int(0)
worker: ok
