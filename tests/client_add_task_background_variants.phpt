--TEST--
addTaskBackground(), addTaskHighBackground(), addTaskLowBackground() and twins: created fires, complete does not
--DESCRIPTION--
Background tasks for a function nobody serves: runTasks() returns true once
gearmand has queued them. The created callback fires for each with its job
handle, unique key and context (a context given as null is still passed, so
the callback gets 2 arguments); there is no complete callback for background
work. Lines are sorted.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/client_task.inc';
$fn = gearman_test_function_name('queued');
$u = gearman_test_function_name('u');
$client = gearman_test_client();
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$lines = [];
$replace = [$fn => 'FN', $u => 'U'];
foreach (['Created', 'Complete', 'Data', 'Status', 'Fail'] as $event) {
    $client->{"set{$event}Callback"}(function (...$args) use (&$lines, $replace, $event) {
        $lines[] = gearman_test_task_line(strtolower($event), $args, $replace);
    });
}
$tasks = [
    $client->addTaskBackground($fn, 'w1', 'c1', $u . '-1'),
    $client->addTaskHighBackground($fn, 12, 3.5, $u . '-2'),
    $client->addTaskLowBackground($fn, 1.25, [1, 2]),
    gearman_client_add_task_background($client, $fn, 'p1', null),
    gearman_client_add_task_high_background($client, $fn, 'p2'),
    gearman_client_add_task_low_background($client, $fn, 'p3', false, $u . '-6'),
];
foreach ($tasks as $task) {
    echo get_class($task), "\n";
}
$start = microtime(true);
var_dump($client->runTasks());
var_dump($client->returnCode());
var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
sort($lines);
echo implode("\n", $lines), "\n";
?>
--EXPECT--
GearmanTask
GearmanTask
GearmanTask
GearmanTask
GearmanTask
GearmanTask
bool(true)
int(0)
bool(true)
created argc=1 class=GearmanTask fn='FN' handle=H unique=uuid data='' size=0 known=true running=false status=0/0
created argc=2 class=GearmanTask fn='FN' handle=H unique='U-1' data='' size=0 known=true running=false status=0/0 ctx="c1"
created argc=2 class=GearmanTask fn='FN' handle=H unique='U-2' data='' size=0 known=true running=false status=0/0 ctx=3.5
created argc=2 class=GearmanTask fn='FN' handle=H unique='U-6' data='' size=0 known=true running=false status=0/0 ctx=false
created argc=2 class=GearmanTask fn='FN' handle=H unique=uuid data='' size=0 known=true running=false status=0/0 ctx=[1,2]
created argc=2 class=GearmanTask fn='FN' handle=H unique=uuid data='' size=0 known=true running=false status=0/0 ctx=null
