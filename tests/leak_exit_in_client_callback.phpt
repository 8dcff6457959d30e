--TEST--
exit() inside a client callback, with tasks still running and pending, frees the client and its tasks
--DESCRIPTION--
exit() unwinds out of runTasks() with the client's tasks still in its table.
They used to keep their client alive, and it them, in a cycle the end of the
script never freed (--valgrind: task objects definitely lost). Asserted:
the callback ran once with an object addTask*() returned, nothing after
exit() ran, and a shutdown function
still sees the tasks the script kept.
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

$client = new GearmanClient();
$client->addServer(gearman_test_host(), gearman_test_port());
$client->setTimeout(5000);
$returned = new WeakMap();
$client->setCreatedCallback(function (GearmanTask $task, $context) use ($returned) {
    echo "created: ", $context, ", returned by addTask*(): ", var_export(isset($returned[$task]), true), "\n";
    exit(0);
});
$tasks = [$client->addTaskBackground($never, 'a', 'a task'), $client->addTaskBackground($never, 'b', 'a task')];
$returned[$tasks[0]] = $returned[$tasks[1]] = true;
$returned[$client->addTask($never, 'pending', 'a task')] = true;
register_shutdown_function(function () use (&$tasks) {
    echo "shutdown: ", count($tasks), " ", $tasks[0]->functionName() !== false ? 'task ok' : 'task gone', "\n";
});
$client->runTasks();
echo "not reached\n";
?>
--EXPECT--
created: a task, returned by addTask*(): true
shutdown: 2 task ok
