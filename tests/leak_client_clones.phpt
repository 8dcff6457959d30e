--TEST--
Clones of a client with callbacks, a context and pending tasks are freed by the end of the script
--DESCRIPTION--
A clone copies its original's servers, callbacks and context, not its
tasks. Clones of clones, each with tasks of its own still pending at the
end of the script, used to leave every task and client in a cycle the end
of the script never freed (--valgrind: definitely lost). Asserted: a clone
runs a background task through the callbacks it copied, which get the very
task object the clone's addTask*() returned; the original is not affected;
a dropped clone goes at once.
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

$original = new GearmanClient();
$original->addServer(gearman_test_host(), gearman_test_port());
$original->setTimeout(5000);
$original->setContext('shared context');
$created = [];
$original->setCreatedCallback(function (GearmanTask $task, $context) use (&$created) {
    $created[] = [$task, $context];
});
$original->setCompleteCallback(fn (GearmanTask $task) => null);
$pending = $original->addTask($never, 'pending in the original', 'original');

$clone = clone $original;
$task = $clone->addTaskBackground($never, 'w', 'from the clone');
var_dump($clone->runTasks());
var_dump(count($created), $created[0][0] === $task, $created[0][1], $clone->context());

$second = clone $clone;
$second->addTask($never, 'pending in the clone of the clone', 'second');
$third = clone $second;
$third->addTaskLow($never, 'pending in a dropped clone');
$ref = WeakReference::create($third);
unset($third);
var_dump($ref->get());
$clone->addTaskHigh($never, 'pending in the clone', $pending);
var_dump($pending->unique() !== '', count($created));
echo "end of script\n";
?>
--EXPECT--
bool(true)
int(1)
bool(true)
string(14) "from the clone"
string(14) "shared context"
NULL
bool(true)
int(1)
end of script
