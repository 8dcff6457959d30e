--TEST--
GearmanClient::addTaskStatus() asks for a job's status; the status callback gets the task and its context
--DESCRIPTION--
A queued background job (no worker): addTaskStatus($handle, $context) returns a
GearmanTask whose status callback reports known=true, running=false, 0/0.
A handle gearmand does not know reports known=false. Without a context the
callback gets one argument. The status task's functionName() is the job
handle and unique() is "" (what libgearman stores for a status request).
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
$client = gearman_test_client();
$client->setTimeout(2000);
$handle = $client->doBackground($fn, 'waiting');
$lines = [];
var_dump($client->setStatusCallback(function (...$args) use (&$lines, $handle) {
    $lines[] = gearman_test_task_line('status', $args, [$handle => 'HANDLE']);
}));
$task = $client->addTaskStatus($handle, ['ctx' => 1]);
echo get_class($task), "\n";
var_dump($task->jobHandle() === $handle);
$plain = gearman_client_add_task_status($client, $handle);
echo get_class($plain), "\n";
$unknown = $client->addTaskStatus('H:nonexistent:424242', 'unknown-ctx');
var_dump($client->runTasks());
sort($lines);
echo implode("\n", $lines), "\n";
?>
--EXPECT--
bool(true)
GearmanTask
bool(true)
GearmanTask
bool(true)
status argc=1 class=GearmanTask fn='HANDLE' handle=H unique='' data='' size=0 known=true running=false status=0/0
status argc=2 class=GearmanTask fn='H:nonexistent:424242' handle=H unique='' data='' size=0 known=false running=false status=0/0 ctx="unknown-ctx"
status argc=2 class=GearmanTask fn='HANDLE' handle=H unique='' data='' size=0 known=true running=false status=0/0 ctx={"ctx":1}
