--TEST--
After a callback threw out of runTasks(), the same client runs new tasks and jobs
--DESCRIPTION--
The complete callback of the only task throws; runTasks() throws that
exception. The client is left in a usable state: with a new complete callback
a new task runs to completion under runTasks() (true), and doNormal() works.
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
$client->setCompleteCallback(function (GearmanTask $task) {
    throw new LogicException('bad ' . $task->data());
});
$client->addTask($fn, 'first');
try {
    var_dump($client->runTasks());
    echo "no exception\n";
} catch (LogicException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
$client->setCompleteCallback(function (GearmanTask $task) {
    echo "complete: ", $task->data(), "\n";
});
echo get_class($client->addTask($fn, 'second')), "\n";
var_dump($client->runTasks());
var_dump($client->returnCode());
var_dump($client->doNormal($fn, 'third'));
gearman_test_end_worker($child);
?>
--EXPECT--
caught: bad R:first
GearmanTask
complete: R:second
bool(true)
int(0)
string(7) "R:third"
worker: ok
