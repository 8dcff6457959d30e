--TEST--
A client with every callback kind, a context and task contexts that hold its tasks is freed by the end of the script
--DESCRIPTION--
Callbacks that keep the tasks they are given (a closure filling an array by
reference, an object's method), task contexts that are objects holding other
tasks, and setContext(): with tasks still pending at the end of the script,
the web client -> callback -> task -> client used to be a cycle the end of
the script never freed (--valgrind: task objects, closures and contexts
definitely lost). Asserted: each callback kind that fires gets the very
object addTask() returned and its context; the client, dropped with its
web of callbacks and pending tasks, goes at once, and the second web, left
alive, is freed at the end of the script.
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        switch ($job->workload()) {
        case "exception": $job->sendException("worker exception"); return "";
        case "fail": $job->sendFail(); return "";
        }
        $job->sendData("some data");
        $job->sendWarning("a warning");
        $job->sendStatus(1, 2);
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 6);
', ['fn' => $fn]);

class Recorder
{
    public array $seen = [];
    public function record(GearmanTask $task, $context = null): void
    {
        $this->seen[] = $task;
    }
}

function web(string $fn, string $never, string $label): array
{
    $client = gearman_test_client();
    $client->setContext("context of $label");
    $recorder = new Recorder();
    $log = [];
    $kept = [];
    foreach (['Workload', 'Created', 'Data', 'Warning', 'Status', 'Complete', 'Exception', 'Fail'] as $kind) {
        $client->{"set{$kind}Callback"}(function (GearmanTask $task, $context = null) use ($kind, &$log, &$kept) {
            $kept[] = $task;
            $log[$context->name][] = strtolower($kind) . ($context->task === $task ? ' (same task)' : ' (other task)');
        });
    }
    $client->setWorkloadCallback([$recorder, 'record']);
    $tasks = [];
    foreach (['normal', 'exception', 'fail'] as $workload) {
        $context = new stdClass();
        $context->name = $workload;
        $context->task = $tasks[$workload] = $client->addTask($fn, $workload, $context);
        $context->previous = $tasks;
    }
    var_dump($client->runTasks());
    $pendingContext = new stdClass();
    $pendingContext->tasks = $kept;
    $pendingContext->recorder = $recorder;
    $pending = $client->addTask($never, 'never run', $pendingContext);
    $pendingContext->self = $pending;
    $client->addTaskBackground($never, 'never run', [$pending, $recorder]);
    ksort($log);
    return [$client, $log];
}

[$client, $log] = web($fn, $never, 'first');
foreach ($log as $name => $calls) {
    echo "$name: ", implode(', ', $calls), "\n";
}
echo $client->context(), "\n";
$ref = WeakReference::create($client);
unset($client, $log);
var_dump($ref->get());

[$client, $log] = web($fn, $never, 'second');
echo $client->context(), ": ", count($log), " tasks called back\n";
gearman_test_end_worker($child);
echo "end of script\n";
?>
--EXPECT--
bool(true)
exception: created (same task), exception (same task)
fail: created (same task), fail (same task)
normal: created (same task), data (same task), warning (same task), status (same task), complete (same task)
context of first
NULL
bool(true)
context of second: 3 tasks called back
worker: ok
end of script
