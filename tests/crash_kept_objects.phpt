--TEST--
Crash class: GearmanTask and GearmanJob objects kept past their life (task from a callback after its client is gone, task after runTasks(), job after work() and grabJob(), after the worker is gone)
--DESCRIPTION--
PECL's tasks and jobs pointed into libgearman structures freed by
runTasks(), work() or the owner's destruction: kept objects read freed
memory. task_after_client_destroyed.phpt, task_getters_after_run_tasks.phpt
and job_kept_after_finish.phpt (a child process) cover the plain cases; this
one keeps the objects handed to callbacks and worker functions, in the test
process so that --valgrind sees every access: a task stored by its complete
callback then used after runTasks() and after its client is freed, a task
kept across a later runTasks() of the same client, a job stored by its worker
function then used after work() returned and after the worker is freed, and a
job from grabJob() used after the next grabJob() and after its worker is
freed. Every method is called on each; asserted are the plain types (or a
warning and false for sends), and that nothing crashes. PECL 2.1.0 answers
false from every getter of a task after runTasks(), reports success for
sends on a job that has ended, and segfaults at shutdown after this script.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';

function probe_task(string $label, GearmanTask $task): void
{
    $types = [];
    foreach (['returnCode', 'functionName', 'unique', 'jobHandle', 'isKnown', 'isRunning',
              'taskNumerator', 'taskDenominator', 'data', 'dataSize'] as $m) {
        $types[] = get_debug_type($task->$m());
    }
    foreach (['recvData' => 4, 'sendWorkload' => 'w'] as $m => $arg) {
        try {
            $v = @$task->$m($arg);
            $types[] = get_debug_type($v);
        } catch (Error $e) {
            $types[] = 'Error';
        }
    }
    echo "$label: ", implode(' ', $types), "\n";
}

function probe_job(string $label, GearmanJob $job): void
{
    $types = [];
    foreach (['returnCode', 'workload', 'workloadSize', 'handle', 'functionName', 'unique'] as $m) {
        $types[] = get_debug_type($job->$m());
    }
    $warnings = 0;
    set_error_handler(function () use (&$warnings) { $warnings++; return true; });
    $sends = [$job->sendData('x'), $job->sendWarning('x'), $job->sendStatus(1, 2), $job->sendException('x'),
              $job->sendFail(), $job->sendComplete('x')];
    restore_error_handler();
    $types[] = 'sends ' . json_encode($sends) . " warnings $warnings";
    $types[] = 'setReturn ' . var_export($job->setReturn(GEARMAN_SUCCESS), true);
    echo "$label: ", implode(' ', $types), "\n";
}

$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) { $job->sendStatus(1, 3); return "R:" . $job->workload(); });
    gearman_test_ready();
    gearman_test_work($worker, 3);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$kept = [];
$client->setCompleteCallback(function (GearmanTask $task) use (&$kept) {
    $kept[] = $task;
    probe_task('in complete', $task);
});
$client->setStatusCallback(function (GearmanTask $task) use (&$kept) {
    $kept[] = $task;
});
$client->addTask($fn, 'one');
var_dump($client->runTasks());
var_dump(count($kept), $kept[0] === $kept[1]);
probe_task('after runTasks', $kept[0]);
$client->addTask($fn, 'two');
$client->addTask($fn, 'three');
var_dump($client->runTasks());
probe_task('after a later runTasks', $kept[0]);
unset($client);
foreach ($kept as $i => $task) {
    probe_task("kept #$i, client freed", $task);
}
gearman_test_end_worker($child);

$client = gearman_test_client();
$worker = gearman_test_worker();
$worker->setTimeout(3000);
$jobs = [];
$worker->addFunction($fn, function (GearmanJob $job) use (&$jobs) {
    $jobs[] = $job;
    probe_job('inside the function', $job);
    return 'done';
});
$client->doBackground($fn, 'a');
var_dump($worker->work());
probe_job('after work()', $jobs[0]);

$worker->setOptions(GEARMAN_WORKER_GRAB_UNIQ);
$client->doBackground($fn, 'b');
$client->doBackground($fn, 'c');
$grabbed = $worker->grabJob();
echo "grabbed: ", get_class($grabbed), " ", $grabbed->workload(), "\n";
$next = $worker->grabJob();
echo "grabbed: ", get_class($next), " ", $next->workload(), "\n";
probe_job('first grabbed, after the next grabJob()', $grabbed);
unset($worker);
probe_job('after work(), worker freed', $jobs[0]);
probe_job('grabbed, worker freed', $grabbed);
probe_job('second grabbed, worker freed', $next);
echo "end\n";
?>
--EXPECT--
in complete: int string string string bool bool int int string int array int
bool(true)
int(2)
bool(true)
after runTasks: int string string string bool bool int int string int bool bool
in complete: int string string string bool bool int int string int array int
in complete: int string string string bool bool int int string int array int
bool(true)
after a later runTasks: int string string string bool bool int int string int bool bool
kept #0, client freed: int string string string bool bool int int string int bool bool
kept #1, client freed: int string string string bool bool int int string int bool bool
kept #2, client freed: int string string string bool bool int int string int bool bool
kept #3, client freed: int string string string bool bool int int string int bool bool
kept #4, client freed: int string string string bool bool int int string int bool bool
kept #5, client freed: int string string string bool bool int int string int bool bool
worker: ok
inside the function: int string int string string string sends [true,true,true,true,true,true] warnings 0 setReturn true
bool(true)
after work(): int string int bool bool bool sends [false,false,false,false,false,false] warnings 6 setReturn true
grabbed: GearmanJob b
grabbed: GearmanJob c
first grabbed, after the next grabJob(): int string int string string string sends [true,true,true,true,true,true] warnings 0 setReturn true
after work(), worker freed: int string int bool bool bool sends [false,false,false,false,false,false] warnings 6 setReturn true
grabbed, worker freed: int string int string string string sends [true,true,true,true,true,true] warnings 0 setReturn true
second grabbed, worker freed: int string int string string string sends [true,true,true,true,true,true] warnings 0 setReturn true
end
