--TEST--
Tasks kept after runTasks(), finished or left unfinished by an exception, are freed by the end of the script
--DESCRIPTION--
Finished tasks leave their client's table; tasks that runTasks() left
unfinished (a callback threw) stay in it, and used to hold their client
alive in turn: that cycle was never freed at the end of the script
(--valgrind: task objects definitely lost). Kept here: a foreground task a
worker answered, a background task, and the tasks of a runTasks() stopped
by an exception from the created callback, with the client itself. Each
answers what it showed; the client, dropped, goes at once.
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
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$never = gearman_test_function_name('never');
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], fn (GearmanJob $job) => "R:" . $job->workload());
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$done = $client->addTask($fn, 'x');
$background = $client->addTaskBackground($never, 'b');
var_dump($client->runTasks());
var_dump($done->data(), $background->jobHandle() !== '');

$client->setCreatedCallback(function (GearmanTask $task) {
    throw new RuntimeException('stopped by a ' . get_class($task));
});
$stopped = [$client->addTaskBackground($never, '1', null, 'u-1'), $client->addTaskBackground($never, '2', null, 'u-2')];
try {
    $client->runTasks();
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($stopped[0]->unique(), $stopped[1]->unique());
gearman_test_end_worker($child);

$other = gearman_test_client();
$kept = $other->addTaskBackground($never, 'o');
var_dump($other->runTasks());
$other->addTask($never, 'pending');
$ref = WeakReference::create($other);
unset($other);
var_dump($ref->get(), $kept->jobHandle() !== '');
echo "end of script\n";
?>
--EXPECT--
bool(true)
string(3) "R:x"
bool(true)
stopped by a GearmanTask
string(3) "u-1"
string(3) "u-2"
worker: ok
bool(true)
NULL
bool(true)
end of script
