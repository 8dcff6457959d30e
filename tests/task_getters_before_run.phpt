--TEST--
GearmanTask getters on a task added but not yet run, methods and gearman_task_* twins
--DESCRIPTION--
Before runTasks() a task knows its function name and unique key only: no job
handle (""), not known, not running, status 0/0, no data ("" and size 0).
Each procedural twin answers the same as its method.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = new GearmanClient();
$client->addServer(gearman_test_host(), gearman_test_port(), false);
$task = $client->addTask('some_function', 'workload', null, 'the-unique-key');
$pairs = [
    'functionName' => 'gearman_task_function_name',
    'unique' => 'gearman_task_unique',
    'jobHandle' => 'gearman_task_job_handle',
    'isKnown' => 'gearman_task_is_known',
    'isRunning' => 'gearman_task_is_running',
    'taskNumerator' => 'gearman_task_numerator',
    'taskDenominator' => 'gearman_task_denominator',
    'data' => 'gearman_task_data',
    'dataSize' => 'gearman_task_data_size',
];
foreach ($pairs as $method => $function) {
    $value = $task->$method();
    echo $method, ": ", var_export($value, true), ($function($task) === $value ? "" : " (twin differs)"), "\n";
}
?>
--EXPECT--
functionName: 'some_function'
unique: 'the-unique-key'
jobHandle: ''
isKnown: false
isRunning: false
taskNumerator: 0
taskDenominator: 0
data: ''
dataSize: 0
