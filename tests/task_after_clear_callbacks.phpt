--TEST--
A task added with callbacks set stays usable after clearCallbacks(), and runs without them
--DESCRIPTION--
Callbacks are set, a task is added, then clearCallbacks() drops them before
runTasks(): the task object still answers its getters, runTasks() completes
it without calling any of the dropped callables (nor crashing on them), and
the task is still safe to call afterwards.
Deliberate difference from PECL 2.1.0: libgearman copied the callbacks into
the task when it was added, so PECL still calls into the cleared PHP callable
and runTasks() dies with the Error "Invalid callback , no array or string
given". A cleared callback must simply not be called.
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
        $job->sendData("d");
        $job->sendStatus(1, 2);
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$calls = 0;
foreach (['Created', 'Data', 'Status', 'Complete', 'Fail', 'Exception', 'Warning', 'Workload'] as $event) {
    $client->{"set{$event}Callback"}(function () use (&$calls) { $calls++; });
}
$task = $client->addTask($fn, 'x', ['context' => new ArrayObject([1])]);
var_dump($client->clearCallbacks());
var_dump($task->functionName() === $fn, $task->isKnown());
var_dump($client->runTasks());
var_dump($calls);
$data = $task->data();
var_dump($data === false || $data === 'R:x');
var_dump(is_int($task->returnCode()));
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
int(0)
bool(true)
bool(true)
worker: ok
