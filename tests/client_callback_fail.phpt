--TEST--
The fail callback fires when the worker sends a failure; complete does not
--DESCRIPTION--
The worker calls sendFail(): the fail callback gets the task (data() "", no
result) and its context; no complete callback, runTasks() returns true. The
procedural gearman_client_set_fail_callback() is used.
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
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        gearman_test_report("sendFail: " . var_export($job->sendFail(), true));
        return "ignored";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$client->setCompleteCallback(function (...$args) use ($fn) {
    echo gearman_test_task_line('complete', $args, [$fn => 'FN']), "\n";
});
var_dump(gearman_client_set_fail_callback($client, function (...$args) use ($fn) {
    echo gearman_test_task_line('fail', $args, [$fn => 'FN']), "\n";
}));
$client->addTask($fn, 'w', 7);
var_dump($client->runTasks());
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
bool(true)
fail argc=2 class=GearmanTask fn='FN' handle=H unique=uuid data='' size=0 known=false running=false status=0/0 ctx=7
bool(true)
worker: ok
sendFail: true
