--TEST--
Tasks added and never run are freed with their client, at once or at the end of the script
--DESCRIPTION--
A client keeps each task it has not finished alive, so that its callbacks
get the object addTask*() returned. The task used to keep its client alive
in turn: the cycle was collected by gc_collect_cycles() while the script
ran, but never at its end, where --valgrind saw each task object definitely
lost (PECL 2.1.0 loses nothing here). Now a client dropped with pending
tasks goes at once, without the cycle collector (its WeakReference is empty
right after unset()), and a client still holding pending tasks of every
addTask*() kind at the end of the script is freed with them.
Under scripts/test --valgrind, memory definitely lost at exit fails the
test (LEAK).
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$never = gearman_test_function_name('never');

function dropped(string $never): WeakReference
{
    $client = new GearmanClient();
    $client->addServer(gearman_test_host(), gearman_test_port());
    $client->addTask($never, 'dropped');
    return WeakReference::create($client);
}
gc_disable();
$ref = dropped($never);
var_dump($ref->get());
gc_enable();

$client = new GearmanClient();
$client->addServer(gearman_test_host(), gearman_test_port());
$client->addTask($never, 'normal', null, 'u-normal');
$client->addTaskHigh($never, 'high', ['ctx']);
$client->addTaskLow($never, 'low', new stdClass());
$client->addTaskBackground($never, 'background');
$client->addTaskHighBackground($never, 'high background');
$client->addTaskLowBackground($never, 'low background');
$client->addTaskStatus('H:nowhere:1', 'status');
$task = $client->addTask($never, 'kept', null, 'u-kept');
var_dump($task->unique(), $task->functionName() === $never);
echo "end of script\n";
?>
--EXPECT--
NULL
string(6) "u-kept"
bool(true)
end of script
