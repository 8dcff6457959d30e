--TEST--
A task kept after its client was unset answers what it showed, and both are freed by the end of the script
--DESCRIPTION--
A task used to keep its client alive, and the client the task: a task kept
in a variable after its client was unset held a cycle that the end of the
script never freed (--valgrind: the task object definitely lost). Now the
client goes when the script drops it (its WeakReference is empty at once);
the task keeps answering with what it showed: function name, unique key,
the client's context given to addTask(), numerator and denominator. Kept
tasks: one pending, one in a closure, and the last of several.
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
$context = new ArrayObject(['a' => 1]);
$task = $client->addTask($never, 'w', $context, 'u-1');
$closure = (function () use ($client, $never) {
    $inner = $client->addTaskBackground($never, 'w', null, 'u-2');
    return fn () => $inner->unique();
})();
for ($i = 3; $i <= 5; $i++) {
    $last = $client->addTaskLow($never, 'w', null, "u-$i");
}
$code = $task->returnCode();
$ref = WeakReference::create($client);
unset($client);
var_dump($ref->get());
var_dump($task->functionName() === $never, $task->unique(), $task->taskNumerator(), $task->taskDenominator());
var_dump($task->isKnown(), $task->isRunning(), $task->returnCode() === $code);
var_dump($closure(), $last->unique());
echo "end of script\n";
?>
--EXPECT--
NULL
bool(true)
string(3) "u-1"
int(0)
int(0)
bool(false)
bool(false)
bool(true)
string(3) "u-2"
string(3) "u-5"
end of script
