--TEST--
Crash class: closures capturing variables by reference as complete callback and worker function, still set at the end of the script
--DESCRIPTION--
PECL crashed at shutdown when the complete callback was a closure capturing
variables by reference (function () use (&$results) {...}). Here the complete
callback captures by reference the result list, the client itself and the
last task it saw, the worker function (in the test process) captures the
worker, the job and a counter by reference, and all of them are still set
when the script ends (no unset, no gc_collect_cycles()). Asserted: the
callbacks saw and changed the referenced variables, the variables changed
outside are seen by the next call, and shutdown is quiet: the __destruct of
an object held only through a captured reference runs once, after "end".
The cycles left at the end are the script's own (closures capturing their
client or worker): PHP frees no cycle at exit, plain objects' included, so
the valgrind pass's leak check is off here; memory errors still fail it.
--ENV--
VALGRIND_OPTS=--leak-check=no
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';

class LastWord
{
    public function __destruct() { echo "LastWord freed\n"; }
}

$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], fn (GearmanJob $job) => "R:" . $job->workload());
    gearman_test_ready();
    gearman_test_work($worker, 3);
', ['fn' => $fn]);

$results = [];
$lastTask = null;
$marker = new LastWord();
$client = gearman_test_client();
$client->setTimeout(3000);
$client->setCompleteCallback(function (GearmanTask $task) use (&$results, &$client, &$lastTask, &$marker) {
    $results[] = $task->data() . ' rc ' . $client->returnCode() . ' marker ' . get_class($marker);
    $lastTask = $task;
});
$client->addTask($fn, 'one');
$client->addTask($fn, 'two');
var_dump($client->runTasks());
sort($results);
print_r($results);
$results = ['reset outside'];
$client->addTask($fn, 'three');
var_dump($client->runTasks());
print_r($results);
var_dump($lastTask->data());

$worker = gearman_test_worker();
$worker->setTimeout(3000);
$count = 0;
$lastJob = null;
$worker->addFunction("$fn-w", function (GearmanJob $job) use (&$worker, &$lastJob, &$count) {
    $count++;
    $lastJob = $job;
    return $worker->timeout();
});
$client->doBackground("$fn-w", 'a');
$client->doBackground("$fn-w", 'b');
var_dump($worker->work(), $worker->work(), $count, get_class($lastJob));
$count = 100;
$client->doBackground("$fn-w", 'c');
var_dump($worker->work(), $count);
gearman_test_end_worker($child);
/* The marker now lives only through the closure's reference. */
unset($marker);
echo "end\n";
?>
--EXPECT--
bool(true)
Array
(
    [0] => R:one rc 0 marker LastWord
    [1] => R:two rc 0 marker LastWord
)
bool(true)
Array
(
    [0] => reset outside
    [1] => R:three rc 0 marker LastWord
)
string(7) "R:three"
bool(true)
bool(true)
int(2)
string(10) "GearmanJob"
bool(true)
int(101)
worker: ok
end
LastWord freed
