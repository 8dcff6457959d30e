--TEST--
GearmanTask getters after runTasks() finished: false or what the task had, never garbage
--DESCRIPTION--
With GEARMAN_CLIENT_FREE_TASKS (the default) libgearman frees a task once
runTasks() is done with it; PECL then answers false from every getter. The
task object must stay safe: each getter (and its gearman_task_* twin) returns
false or the value the complete callback saw, returnCode() an int, and
recvData() / sendWorkload() false or a plain result, with no crash.
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) { $job->sendStatus(2, 4); return "R:" . $job->workload(); });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$methods = ['functionName', 'unique', 'jobHandle', 'isKnown', 'isRunning', 'taskNumerator', 'taskDenominator', 'data', 'dataSize'];
$seen = [];
$client->setCompleteCallback(function (GearmanTask $task) use (&$seen, $methods) {
    foreach ($methods as $method) {
        $seen[$method] = $task->$method();
    }
});
$task = $client->addTask($fn, 'x', null, 'uk-' . $fn);
var_dump($client->runTasks());
echo "complete saw data: ", var_export($seen['data'], true), "\n";
$twins = [
    'functionName' => 'gearman_task_function_name', 'unique' => 'gearman_task_unique',
    'jobHandle' => 'gearman_task_job_handle', 'isKnown' => 'gearman_task_is_known',
    'isRunning' => 'gearman_task_is_running', 'taskNumerator' => 'gearman_task_numerator',
    'taskDenominator' => 'gearman_task_denominator', 'data' => 'gearman_task_data',
    'dataSize' => 'gearman_task_data_size',
];
foreach ($twins as $method => $function) {
    $value = $task->$method();
    $twin = $function($task);
    $ok = ($value === false || $value === $seen[$method]) && $twin === $value;
    echo $method, ": ", $ok ? "ok" : "unexpected " . var_export($value, true) . " / " . var_export($twin, true), "\n";
}
var_dump(is_int($task->returnCode()), is_int(gearman_task_return_code($task)));
$recv = @$task->recvData(10);
var_dump($recv === false || is_array($recv));
$sent = @$task->sendWorkload('more');
var_dump($sent === false || is_int($sent));
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
complete saw data: 'R:x'
functionName: ok
unique: ok
jobHandle: ok
isKnown: ok
isRunning: ok
taskNumerator: ok
taskDenominator: ok
data: ok
dataSize: ok
bool(true)
bool(true)
bool(true)
bool(true)
worker: ok
