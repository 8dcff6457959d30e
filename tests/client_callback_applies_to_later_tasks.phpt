--TEST--
A callback set after addTask() does not fire for that task; one replaced before runTasks() does
--DESCRIPTION--
PECL wires a callback into libgearman when it is set, and libgearman copies
the client's callbacks into a task when the task is added: a complete
callback first set after addTask() never fires for that task (but does for
tasks added later). The PHP callable itself is looked up when the event
arrives, so replacing an already set callback before runTasks() makes the
new one fire for tasks added earlier.
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
    gearman_test_work($worker, 3);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
echo "-- set after addTask\n";
$client->addTask($fn, 'early');
$client->setCompleteCallback(function (GearmanTask $task) { echo "late callback: ", $task->data(), "\n"; });
var_dump($client->runTasks());
echo "-- added after set\n";
$client->addTask($fn, 'later');
var_dump($client->runTasks());
echo "-- replaced before runTasks\n";
$client->setCompleteCallback(function (GearmanTask $task) { echo "A: ", $task->data(), "\n"; });
$client->addTask($fn, 'replaced');
$client->setCompleteCallback(function (GearmanTask $task) { echo "B: ", $task->data(), "\n"; });
var_dump($client->runTasks());
gearman_test_end_worker($child);
?>
--EXPECT--
-- set after addTask
bool(true)
-- added after set
late callback: R:later
bool(true)
-- replaced before runTasks
B: R:replaced
bool(true)
worker: ok
