--TEST--
clearCallbacks() after callbacks ran: later tasks run with no callback at all
--DESCRIPTION--
The first runTasks() fires the created, status and complete callbacks. After
clearCallbacks() (true; gearman_client_clear_callbacks() too) a new task runs
to completion with none of them firing, and the first task object is still
safe to touch. PECL shipped a use-after-free in clearCallbacks() after
callbacks had run.
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) { $job->sendStatus(1, 2); return "R:" . $job->workload(); });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
foreach (['Created', 'Status', 'Complete', 'Data', 'Warning', 'Fail', 'Exception', 'Workload'] as $event) {
    $client->{"set{$event}Callback"}(function (GearmanTask $task) use ($event) {
        echo strtolower($event), ": ", var_export($task->data(), true), "\n";
    });
}
$first = $client->addTask($fn, 'one', 'ctx');
var_dump($client->runTasks());
var_dump($client->clearCallbacks());
var_dump(gearman_client_clear_callbacks($client));
$second = $client->addTask($fn, 'two', 'ctx');
var_dump($client->runTasks());
var_dump($client->returnCode());
var_dump(is_int($first->returnCode()), $first->jobHandle() === false || is_string($first->jobHandle()));
gearman_test_end_worker($child);
?>
--EXPECT--
created: ''
status: ''
complete: 'R:one'
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
worker: ok
