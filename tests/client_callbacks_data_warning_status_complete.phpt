--TEST--
Created, data, warning, status and complete callbacks fire in order with the task and its context
--DESCRIPTION--
The worker sends data, a warning and a status (1/3), then returns its result.
With every callback set, one task sees created -> data -> warning -> status ->
complete; each callback gets that GearmanTask (functionName, jobHandle,
unique, data as the event carries it) plus the context given to addTask() as a
second argument. A task added without a context gets one argument. The
workload and exception/fail callbacks do not fire.
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
        $job->sendData("D:" . $job->workload());
        $job->sendWarning("W:" . $job->workload());
        $job->sendStatus(1, 3);
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$replace = [$fn => 'FN', $u => 'U'];
foreach (['Workload', 'Created', 'Data', 'Warning', 'Status', 'Complete', 'Exception', 'Fail'] as $event) {
    $method = "set{$event}Callback";
    $ok = $client->$method(function (...$args) use ($replace, $event) {
        echo gearman_test_task_line(strtolower($event), $args, $replace), "\n";
    });
    var_dump($ok);
}
$task = $client->addTask($fn, 'one', ['id' => 1], $u);
var_dump($client->runTasks());
$client->addTask($fn, 'two');
var_dump($client->runTasks());
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
created argc=2 class=GearmanTask fn='FN' handle=H unique='U' data='' size=0 known=true running=false status=0/0 ctx={"id":1}
data argc=2 class=GearmanTask fn='FN' handle=H unique='U' data='D:one' size=5 known=true running=true status=0/0 ctx={"id":1}
warning argc=2 class=GearmanTask fn='FN' handle=H unique='U' data='W:one' size=5 known=true running=true status=0/0 ctx={"id":1}
status argc=2 class=GearmanTask fn='FN' handle=H unique='U' data='' size=0 known=true running=true status=1/3 ctx={"id":1}
complete argc=2 class=GearmanTask fn='FN' handle=H unique='U' data='R:one' size=5 known=false running=false status=1/3 ctx={"id":1}
bool(true)
created argc=1 class=GearmanTask fn='FN' handle=H unique=uuid data='' size=0 known=true running=false status=0/0
data argc=1 class=GearmanTask fn='FN' handle=H unique=uuid data='D:two' size=5 known=true running=true status=0/0
warning argc=1 class=GearmanTask fn='FN' handle=H unique=uuid data='W:two' size=5 known=true running=true status=0/0
status argc=1 class=GearmanTask fn='FN' handle=H unique=uuid data='' size=0 known=true running=true status=1/3
complete argc=1 class=GearmanTask fn='FN' handle=H unique=uuid data='R:two' size=5 known=false running=false status=1/3
bool(true)
worker: ok
