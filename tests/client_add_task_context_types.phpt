--TEST--
A task context of any PHP type reaches every callback as the second argument, objects by identity
--DESCRIPTION--
Contexts given to addTask(): string, int, float, bool, null, array, object and
closure. Each arrives unchanged as the callback's second argument (an object
as the very same instance, so a callback can record into it; a closure can be
called). A context given as null still makes the callback take two
arguments; a task added without one gets a single argument.
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
    gearman_test_work($worker, 9);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$object = new ArrayObject();
$closure = function (string $s) { return "closure($s)"; };
$contexts = [
    'string' => 'text',
    'int' => 42,
    'float' => 2.5,
    'bool' => false,
    'null' => null,
    'array' => ['nested' => [1, 2]],
    'object' => $object,
    'closure' => $closure,
];
$lines = [];
$client->setCompleteCallback(function (...$args) use (&$lines, $object, $closure) {
    $task = $args[0];
    $label = substr($task->data(), 2);
    if (count($args) === 1) {
        $lines[$label] = "$label: one argument";
        return;
    }
    $context = $args[1];
    if ($context instanceof ArrayObject) {
        $context[] = 'seen';
        $lines[$label] = "$label: same instance " . var_export($context === $object, true);
    } elseif ($context instanceof Closure) {
        $lines[$label] = "$label: " . $context('call') . ' same ' . var_export($context === $closure, true);
    } else {
        $lines[$label] = "$label: " . get_debug_type($context) . ' ' . json_encode($context);
    }
});
foreach ($contexts as $label => $context) {
    $client->addTask($fn, $label, $context);
}
$client->addTask($fn, 'none');
unset($closure);
var_dump($client->runTasks());
ksort($lines);
echo implode("\n", $lines), "\n";
var_dump(count($object));
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
array: array {"nested":[1,2]}
bool: bool false
closure: closure(call) same true
float: float 2.5
int: int 42
none: one argument
null: null null
object: same instance true
string: string "text"
int(1)
worker: ok
