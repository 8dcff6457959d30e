--TEST--
addTask*() enforce their declared types: TypeError for array workloads, arrays as names or keys
--DESCRIPTION--
The workload is string|int|float, the function name a string, the unique key
?string. Deliberate differences from PECL 2.1.0, which does not enforce the
declared workload type (an array becomes "Array" with an "Array to string
conversion" warning and a task is returned) and raises a deprecation notice
for null as unique key although it is declared ?string: ours throws
TypeError for the array and takes null quietly. A bool workload follows
PHP's own rule for a string|int|float parameter: in weak mode it becomes an
int (true is sent as "1", as PECL did), in strict mode it is a TypeError
(checked in client_add_task_bool_workload_strict). Missing arguments raise
ArgumentCountError.
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
$try = function (string $label, callable $call) {
    try {
        $result = $call();
        echo $label, ": ", is_object($result) ? get_class($result) : var_export($result, true), "\n";
    } catch (Throwable $e) {
        echo $label, ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
};
foreach (['addTask', 'addTaskHigh', 'addTaskLow', 'addTaskBackground', 'addTaskHighBackground', 'addTaskLowBackground'] as $m) {
    $try("$m array workload", fn () => $client->$m('f', [1]));
}
$try('addTask object workload', fn () => $client->addTask('f', new stdClass));
$try('addTask array name', fn () => $client->addTask([], 'w'));
$try('addTask array unique', fn () => $client->addTask('f', 'w', null, []));
$try('addTask null unique', fn () => $client->addTask('f', 'w', null, null));
$try('addTask bool workload', fn () => $client->addTask('f', true));
$try('addTask one argument', fn () => $client->addTask('f'));
$try('addTaskStatus array handle', fn () => $client->addTaskStatus([]));
$try('gearman_client_add_task array workload', fn () => gearman_client_add_task($client, 'f', []));
$try('gearman_client_add_task not a client', fn () => gearman_client_add_task(new stdClass, 'f', 'w'));
$try('gearman_task_data not a task', fn () => gearman_task_data($client));
$try('setTimeout string', fn () => $client->setTimeout('soon'));
$try('setOptions string', fn () => $client->setOptions('all'));
$try('setContext array', fn () => $client->setContext([]));
$try('ping array', fn () => $client->ping([]));
$try('jobStatusByUniqueKey array', fn () => $client->jobStatusByUniqueKey([]));
?>
--EXPECT--
addTask array workload: TypeError: GearmanClient::addTask(): Argument #2 ($workload) must be of type string|int|float, array given
addTaskHigh array workload: TypeError: GearmanClient::addTaskHigh(): Argument #2 ($workload) must be of type string|int|float, array given
addTaskLow array workload: TypeError: GearmanClient::addTaskLow(): Argument #2 ($workload) must be of type string|int|float, array given
addTaskBackground array workload: TypeError: GearmanClient::addTaskBackground(): Argument #2 ($workload) must be of type string|int|float, array given
addTaskHighBackground array workload: TypeError: GearmanClient::addTaskHighBackground(): Argument #2 ($workload) must be of type string|int|float, array given
addTaskLowBackground array workload: TypeError: GearmanClient::addTaskLowBackground(): Argument #2 ($workload) must be of type string|int|float, array given
addTask object workload: TypeError: GearmanClient::addTask(): Argument #2 ($workload) must be of type string|int|float, stdClass given
addTask array name: TypeError: GearmanClient::addTask(): Argument #1 ($function_name) must be of type string, array given
addTask array unique: TypeError: GearmanClient::addTask(): Argument #4 ($unique_key) must be of type ?string, array given
addTask null unique: GearmanTask
addTask bool workload: GearmanTask
addTask one argument: ArgumentCountError: GearmanClient::addTask() expects at least 2 arguments, 1 given
addTaskStatus array handle: TypeError: GearmanClient::addTaskStatus(): Argument #1 ($job_handle) must be of type string, array given
gearman_client_add_task array workload: TypeError: gearman_client_add_task(): Argument #3 ($workload) must be of type string|int|float, array given
gearman_client_add_task not a client: TypeError: gearman_client_add_task(): Argument #1 ($obj) must be of type GearmanClient, stdClass given
gearman_task_data not a task: TypeError: gearman_task_data(): Argument #1 ($obj) must be of type GearmanTask, GearmanClient given
setTimeout string: TypeError: GearmanClient::setTimeout(): Argument #1 ($timeout) must be of type int, string given
setOptions string: TypeError: GearmanClient::setOptions(): Argument #1 ($option) must be of type int, string given
setContext array: TypeError: GearmanClient::setContext(): Argument #1 ($data) must be of type string, array given
ping array: TypeError: GearmanClient::ping(): Argument #1 ($workload) must be of type string, array given
jobStatusByUniqueKey array: TypeError: GearmanClient::jobStatusByUniqueKey(): Argument #1 ($unique_key) must be of type string, array given
