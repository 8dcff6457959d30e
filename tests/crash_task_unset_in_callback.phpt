--TEST--
Crash class: a callback that unsets the last reference to its own task object, while the task still has events to come
--DESCRIPTION--
PECL crashed when a callback unset its own task object: the next event of
that task (or the next callback of the same event) used the freed object.
Here the test keeps each task only in an array, and the created, data,
status and complete callbacks unset the array entry of the task they are
called for; the task's later events still reach their callbacks with a
usable GearmanTask (the same object for every event of a task, as
spl_object_id() shows), and both tasks complete. A second round unsets the
tasks from inside the created callback of the other task, and a third
task's context is an object nothing else holds: it is freed with the task,
once runTasks() is done with it, not before its last callback.
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
        $job->sendData("d:" . $job->workload());
        $job->sendStatus(1, 2);
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 5);
', ['fn' => $fn]);

class Ctx
{
    public function __construct(public string $name) {}
    public function __destruct() { echo "  context {$this->name} freed\n"; }
}

$client = gearman_test_client();
$client->setTimeout(3000);
$tasks = [];
$ids = [];
$log = [];
foreach (['Created', 'Data', 'Status', 'Complete'] as $event) {
    $client->{"set{$event}Callback"}(function (GearmanTask $task, $which) use (&$tasks, &$ids, &$log, $event) {
        $name = is_object($which) ? $which->name : $which;
        $same = !isset($ids[$name]) || $ids[$name] === spl_object_id($task);
        $ids[$name] = spl_object_id($task);
        $log[$name][] = strtolower($event) . ($same ? '' : ' (other object)') . ' ' . var_export($task->data(), true);
        unset($tasks[$name]);
        if ($event === 'Created') {
            /* Round 2: drop the other task as well. */
            foreach (array_keys($tasks) as $other) {
                if (str_starts_with($other, 'r2')) {
                    unset($tasks[$other]);
                }
            }
        }
    });
}

foreach ([['r1a', 'r1b'], ['r2a', 'r2b']] as $round) {
    foreach ($round as $name) {
        $tasks[$name] = $client->addTask($fn, $name, $name);
    }
    var_dump($client->runTasks(), count($tasks));
}
$tasks['r3'] = $client->addTask($fn, 'r3', new Ctx('r3'));
var_dump($client->runTasks(), count($tasks));
ksort($log);
foreach ($log as $name => $lines) {
    echo "$name: ", implode(', ', $lines), "\n";
}
gearman_test_end_worker($child);
echo "end\n";
?>
--EXPECT--
bool(true)
int(0)
bool(true)
int(0)
  context r3 freed
bool(true)
int(0)
r1a: created '', data 'd:r1a', status '', complete 'R:r1a'
r1b: created '', data 'd:r1b', status '', complete 'R:r1b'
r2a: created '', data 'd:r2a', status '', complete 'R:r2a'
r2b: created '', data 'd:r2b', status '', complete 'R:r2b'
r3: created '', data 'd:r3', status '', complete 'R:r3'
worker: ok
end
