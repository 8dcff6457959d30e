--TEST--
serialize()/unserialize() of a GearmanTask is quiet and the copy is safe to call
--DESCRIPTION--
A task serializes as an empty object, O:11:"GearmanTask":0:{}, before and
after runTasks(); unserialize() gives a GearmanTask with nothing behind it,
whose getters answer false or an empty value instead of crashing.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = gearman_test_client();
$client->setTimeout(2000);
$task = $client->addTaskBackground('queued_' . bin2hex(random_bytes(4)), 'w');
var_dump(serialize($task));
var_dump($client->runTasks());
var_dump(serialize($task));
$copy = unserialize(serialize($task));
var_dump(get_class($copy));
foreach (['functionName', 'unique', 'jobHandle', 'data', 'dataSize', 'taskNumerator', 'taskDenominator'] as $method) {
    $value = $copy->$method();
    echo $method, ": ", ($value === false || $value === '' || $value === 0) ? 'empty' : var_export($value, true), "\n";
}
var_dump(is_bool($copy->isKnown()), is_bool($copy->isRunning()), is_int($copy->returnCode()));
?>
--EXPECT--
string(23) "O:11:"GearmanTask":0:{}"
bool(true)
string(23) "O:11:"GearmanTask":0:{}"
string(11) "GearmanTask"
functionName: empty
unique: empty
jobHandle: empty
data: empty
dataSize: empty
taskNumerator: empty
taskDenominator: empty
bool(true)
bool(true)
bool(true)
