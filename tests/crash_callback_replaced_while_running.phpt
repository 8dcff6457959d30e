--TEST--
Crash class PECL #55: the running callback replaced or cleared from inside itself, its closure, bound object and captured variables held only by the client
--DESCRIPTION--
PECL shipped a use after free in clearCallbacks() after callbacks had run
(#55): the callable being executed was freed under it. client_callback_reentrant.phpt
calls clearCallbacks() from a complete callback whose closure the test also
holds; here the client holds the only reference to what runs:
1. a closure that captures an object and a string by value calls
   setCompleteCallback() with another closure, then uses its captures;
2. [$object, 'method'] whose object nothing else holds calls
   setCompleteCallback() and then reads $this;
3. a data callback calls clearCallbacks() while its task still has status
   and complete events to come and a second task is in flight: none of the
   dropped callbacks runs afterwards;
4. a status callback replaces itself with a new closure on every call, the
   replacement taking effect for tasks added later (callbacks apply to tasks
   added after they are set).
Freed objects announce themselves from __destruct, so the output shows
each callable living exactly until its call has returned. On PECL 2.1.0 the
object of case 2 is freed while its method still runs (its __destruct
prints before the method's last line: the #55 use after free), and case 3
dies with "Invalid callback , no array or string given".
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
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        /* Case 3 wants both tasks created before the first data packet,
         * even when the client is slow (valgrind). */
        if (in_array($job->workload(), ["five", "six"], true)) {
            usleep(300000);
        }
        $job->sendData("d:" . $job->workload());
        $job->sendStatus(1, 2);
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 7);
', ['fn' => $fn]);

class Noisy
{
    public function __construct(public string $name) {}
    public function __destruct() { echo "  freed {$this->name}\n"; }
}

class SelfReplacing
{
    public array $seen = [];
    public function __construct(public GearmanClient $client, public Noisy $payload) {}
    public function complete(GearmanTask $task)
    {
        /* static: a closure made here would otherwise hold $this. */
        $this->client->setCompleteCallback(static function (GearmanTask $task) {
            echo "  replacement of the method: ", $task->data(), "\n";
        });
        $this->seen[] = $task->data();
        echo "  method after replacing itself: ", implode(',', $this->seen), " ", $this->payload->name, "\n";
    }
    public function __destruct() { echo "  freed SelfReplacing\n"; }
}

$client = gearman_test_client();
$client->setTimeout(3000);

echo "1. closure replaces itself\n";
$captured = new Noisy('closure capture');
$text = str_repeat('t', 3);
$client->setCompleteCallback(function (GearmanTask $task) use ($client, $captured, $text) {
    $client->setCompleteCallback(function (GearmanTask $task) {
        echo "  replacement: ", $task->data(), "\n";
    });
    echo "  closure after replacing itself: ", $task->data(), " ", $captured->name, " ", $text, "\n";
});
unset($captured);
$client->addTask($fn, 'one');
var_dump($client->runTasks());
$client->addTask($fn, 'two');
var_dump($client->runTasks());

echo "2. method replaces itself\n";
$client->setCompleteCallback([new SelfReplacing($client, new Noisy('method payload')), 'complete']);
$client->addTask($fn, 'three');
var_dump($client->runTasks());
$client->addTask($fn, 'four');
var_dump($client->runTasks());

echo "3. data callback clears every callback\n";
$events = [];
$client->setDataCallback(function (GearmanTask $task) use ($client, &$events) {
    $events[] = 'data ' . (in_array($task->data(), ['d:five', 'd:six'], true) ? 'ok' : $task->data());
    var_dump($client->clearCallbacks());
    $events[] = 'still running';
});
foreach (['Status', 'Complete', 'Created'] as $event) {
    $client->{"set{$event}Callback"}(function (GearmanTask $task) use (&$events, $event) {
        $events[] = "$event " . $task->data();
    });
}
$client->addTask($fn, 'five');
$client->addTask($fn, 'six');
var_dump($client->runTasks());
echo "  ", implode("\n  ", $events), "\n";

echo "4. status callback replaced on every call\n";
$generation = 0;
$make = function () use ($client, &$make, &$generation) {
    $mine = ++$generation;
    $marker = new Noisy("status callback $mine");
    return function (GearmanTask $task) use ($client, &$make, $mine, $marker) {
        $client->setStatusCallback($make());
        echo "  status callback $mine: ", $task->taskNumerator(), "/", $task->taskDenominator(), "\n";
    };
};
$client->setStatusCallback($make());
$client->addTask($fn, 'seven');
var_dump($client->runTasks());
echo "end\n";
gearman_test_end_worker($child);
$client->clearCallbacks();
unset($make);
echo "done\n";
/* The script's own cycle (a closure that captures what holds it), freed
 * before exit: PHP frees no cycle at exit, plain objects' included. */
gc_collect_cycles();
?>
--EXPECT--
1. closure replaces itself
  closure after replacing itself: R:one closure capture ttt
  freed closure capture
bool(true)
  replacement: R:two
bool(true)
2. method replaces itself
  method after replacing itself: R:three method payload
  freed SelfReplacing
  freed method payload
bool(true)
  replacement of the method: R:four
bool(true)
3. data callback clears every callback
bool(true)
bool(true)
  Created 
  Created 
  data ok
  still running
4. status callback replaced on every call
  status callback 1: 1/2
  freed status callback 1
bool(true)
end
worker: ok
  freed status callback 2
done
