--TEST--
A callback returning a GEARMAN_* code other than GEARMAN_SUCCESS stops runTasks()
--DESCRIPTION--
PECL rule: a callback's return value is converted to an integer and handed to
libgearman as the gearman_return_t of the callback. The data callback returns
GEARMAN_WORK_FAIL: runTasks() stops right there without calling the complete
callback, still returns true (PECL counts GEARMAN_WORK_FAIL among the codes
that are not an error) and returnCode() is GEARMAN_WORK_FAIL (24). The task
stays pending: the next runTasks() delivers the same data event again; the
string "24" (the same code once converted) stops it again; a callback
returning null lets it complete. GEARMAN_SUCCESS does too for a new task.
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
        $job->sendData("D:" . $job->workload());
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$client->setCompleteCallback(function (GearmanTask $task) { echo "complete: ", $task->data(), "\n"; });

echo "-- GEARMAN_WORK_FAIL\n";
$client->setDataCallback(function (GearmanTask $task) { echo "data: ", $task->data(), "\n"; return GEARMAN_WORK_FAIL; });
$client->addTask($fn, 'a');
var_dump($client->runTasks(), $client->returnCode());

echo "-- \"24\"\n";
$client->setDataCallback(function (GearmanTask $task) { echo "data: ", $task->data(), "\n"; return "24"; });
var_dump($client->runTasks(), $client->returnCode());

echo "-- null\n";
$client->setDataCallback(function (GearmanTask $task) { echo "data: ", $task->data(), "\n"; return null; });
var_dump($client->runTasks(), $client->returnCode());

echo "-- GEARMAN_SUCCESS, new task\n";
$client->setDataCallback(function (GearmanTask $task) { echo "data: ", $task->data(), "\n"; return GEARMAN_SUCCESS; });
$client->addTask($fn, 'b');
var_dump($client->runTasks(), $client->returnCode());
gearman_test_end_worker($child);
?>
--EXPECT--
-- GEARMAN_WORK_FAIL
data: D:a
bool(true)
int(24)
-- "24"
data: D:a
bool(true)
int(24)
-- null
data: D:a
complete: R:a
bool(true)
int(0)
-- GEARMAN_SUCCESS, new task
data: D:b
complete: R:b
bool(true)
int(0)
worker: ok
