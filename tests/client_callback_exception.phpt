--TEST--
The exception callback fires with the worker's exception message; complete does not
--DESCRIPTION--
addServer() switches server-side exceptions on by default, so a worker's
sendException("boom: ...") reaches the client: the exception callback gets the
task (data() is the message) and its context, and the task ends there (no
complete callback, runTasks() true).
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
        gearman_test_report("sendException: " . var_export($job->sendException("boom: " . $job->workload()), true));
        return "ignored";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
foreach (['Created', 'Complete', 'Exception', 'Fail'] as $event) {
    $client->{"set{$event}Callback"}(function (...$args) use ($fn, $event) {
        echo gearman_test_task_line(strtolower($event), $args, [$fn => 'FN']), "\n";
    });
}
$client->addTask($fn, 'w', 'the-context');
var_dump($client->runTasks());
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
created argc=2 class=GearmanTask fn='FN' handle=H unique=uuid data='' size=0 known=true running=false status=0/0 ctx="the-context"
exception argc=2 class=GearmanTask fn='FN' handle=H unique=uuid data='boom: w' size=7 known=false running=false status=0/0 ctx="the-context"
bool(true)
worker: ok
sendException: true
