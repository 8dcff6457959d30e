--TEST--
addTask(), addTaskHigh(), addTaskLow() and their procedural twins return GearmanTask and run under runTasks()
--DESCRIPTION--
Each call takes a function name, a string|int|float workload (sent as its
string form), an optional context and an optional unique key, and returns a
GearmanTask. runTasks() runs them all and returns true; the complete callback
sees each task with its result, unique key and context. Lines are sorted: the
order in which tasks run is libgearman's business.
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
$u = gearman_test_function_name('u');
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        return "R(" . $job->workload() . ")";
    });
    gearman_test_ready();
    gearman_test_work($worker, 6);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$lines = [];
$replace = [$fn => 'FN', $u => 'U'];
var_dump($client->setCompleteCallback(function (...$args) use (&$lines, $replace) {
    $lines[] = gearman_test_task_line('complete', $args, $replace);
}));
$tasks = [
    $client->addTask($fn, 'plain'),
    $client->addTaskHigh($fn, 12, 'ctx-high', $u . '-high'),
    $client->addTaskLow($fn, 1.25, ['low' => true]),
    gearman_client_add_task($client, $fn, 'proc', null, $u . '-proc'),
    gearman_client_add_task_high($client, $fn, -7, 42),
    gearman_client_add_task_low($client, $fn, 'proc-low', 'ctx-low', $u . '-low'),
];
foreach ($tasks as $task) {
    echo get_class($task), "\n";
}
var_dump($client->runTasks());
var_dump($client->returnCode());
sort($lines);
echo implode("\n", $lines), "\n";
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
GearmanTask
GearmanTask
GearmanTask
GearmanTask
GearmanTask
GearmanTask
bool(true)
int(0)
complete argc=1 class=GearmanTask fn='FN' handle=H unique=uuid data='R(plain)' size=8 known=false running=false status=0/0
complete argc=2 class=GearmanTask fn='FN' handle=H unique='U-high' data='R(12)' size=5 known=false running=false status=0/0 ctx="ctx-high"
complete argc=2 class=GearmanTask fn='FN' handle=H unique='U-low' data='R(proc-low)' size=11 known=false running=false status=0/0 ctx="ctx-low"
complete argc=2 class=GearmanTask fn='FN' handle=H unique='U-proc' data='R(proc)' size=7 known=false running=false status=0/0 ctx=null
complete argc=2 class=GearmanTask fn='FN' handle=H unique=uuid data='R(-7)' size=5 known=false running=false status=0/0 ctx=42
complete argc=2 class=GearmanTask fn='FN' handle=H unique=uuid data='R(1.25)' size=7 known=false running=false status=0/0 ctx={"low":true}
worker: ok
