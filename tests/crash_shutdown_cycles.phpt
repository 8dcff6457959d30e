--TEST--
Crash class: clients, workers, tasks and callbacks referencing each other in cycles, collected by gc_collect_cycles() or left for the end of the script
--DESCRIPTION--
PECL crashed freeing task objects at shutdown and could not see cycles
through its callbacks. client_callback_closure_cycle_gc.phpt and
worker_gc_cycle.phpt check that simple cycles are collected; here one web of
cycles is built twice (client -> callbacks -> client and tasks; task ->
context -> client and task; worker -> function and context -> worker, client
and a job; a task added and never run; objects with __destruct holding the
gearman objects and calling their methods when they go):
1. the first web is dropped and gc_collect_cycles() frees all of it
   (WeakReferences empty), each __destruct still able to call methods on
   the gearman objects it holds;
2. the second is left alive at the end of the script: the destructors run
   at shutdown, calling methods on clients, workers, tasks and jobs that are
   about to be freed, and the script ends without a crash or leak.
PECL 2.1.0 survives this script but collects nothing (gc_collect_cycles()
finds no cycle: both webs live until shutdown) and its tasks answer false
after runTasks().
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

class Holder
{
    public array $refs = [];
    public function __construct(public string $name) {}
    public function __destruct()
    {
        $seen = [];
        foreach ($this->refs as $key => $ref) {
            if ($ref instanceof GearmanClient || $ref instanceof GearmanWorker) {
                $seen[] = "$key timeout " . $ref->timeout();
            } elseif ($ref instanceof GearmanTask) {
                $seen[] = "$key " . var_export($ref->functionName() !== false, true);
            } elseif ($ref instanceof GearmanJob) {
                $seen[] = "$key " . var_export($ref->workload(), true);
            }
        }
        echo "freed {$this->name}: ", implode(', ', $seen), "\n";
    }
}

function build_web(string $name, string $fn): array
{
    $holder = new Holder($name);
    $client = gearman_test_client();
    $client->setTimeout(3000);
    $client->setContext('web');
    $holder->refs['client'] = $client;
    $client->setCompleteCallback(function (GearmanTask $task, $context) use ($client, $holder) {
        $holder->refs['completed task'] = $task;
        return $client->returnCode();
    });
    $client->setWarningCallback($holder->refs['warning callback'] = fn (GearmanTask $task) => $holder);
    $task = $client->addTask($fn, 'x', [$client, $holder]);
    $holder->refs['task'] = $task;
    if (!$client->runTasks()) {
        echo "runTasks() failed\n";
    }
    $holder->refs['pending task'] = $client->addTask(gearman_test_function_name('never'), 'never run', $holder);

    $worker = gearman_test_worker();
    $worker->setTimeout(3000);
    $holder->refs['worker'] = $worker;
    $worker->addFunction("$fn-w", function (GearmanJob $job, array $context) use ($worker, $holder) {
        $holder->refs['job'] = $job;
        return (string) $worker->timeout();
    }, [$worker, $client, $holder, $task]);
    $client->doBackground("$fn-w", 'job');
    if (!$worker->work()) {
        echo "work() failed\n";
    }
    return ['holder' => WeakReference::create($holder), 'client' => WeakReference::create($client),
            'worker' => WeakReference::create($worker), 'task' => WeakReference::create($task)];
}

$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], fn (GearmanJob $job) => "R:" . $job->workload());
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

echo "1. collected\n";
$refs = build_web('first web', $fn);
foreach ($refs as $what => $ref) {
    echo "  $what alive before gc: ", var_export($ref->get() !== null, true), "\n";
}
var_dump(gc_collect_cycles() > 0);
foreach ($refs as $what => $ref) {
    echo "  $what alive after gc: ", var_export($ref->get() !== null, true), "\n";
}

echo "2. left for shutdown\n";
$refs = build_web('second web', $fn);
gearman_test_end_worker($child);
echo "end of script\n";
?>
--EXPECT--
1. collected
  holder alive before gc: true
  client alive before gc: true
  worker alive before gc: true
  task alive before gc: true
freed first web: client timeout 3000, task true, completed task true, pending task true, worker timeout 3000, job ''
bool(true)
  holder alive after gc: false
  client alive after gc: false
  worker alive after gc: false
  task alive after gc: false
2. left for shutdown
worker: ok
end of script
freed second web: client timeout 3000, task true, completed task true, pending task true, worker timeout 3000, job ''
