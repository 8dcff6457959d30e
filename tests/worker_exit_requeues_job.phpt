--TEST--
exit() inside a worker function: nothing is sent for the job, gearmand gives it to the next worker; the process exits with exit()'s status after its shutdown functions and destructors
--DESCRIPTION--
PECL 2.2.1 parity (issue 22; PECL's #26). Before, the job was reported as
failed (WORK_WARNING + WORK_FAIL) and so lost: the client got "" with
GEARMAN_WORK_FAIL. Now the worker's connection just closes and gearmand
queues the job again. A foreground job shows it end to end: the client keeps
waiting through the first worker's exit and gets the second worker's result.
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
$first = gearman_test_start_worker('
    final class Noisy
    {
        public function __destruct() { gearman_test_report("destructor ran"); }
    }
    $noisy = new Noisy();
    register_shutdown_function(function () { gearman_test_report("shutdown function ran"); });
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        gearman_test_report("first worker got " . $job->workload() . ", exits");
        exit(3);
    });
    gearman_test_ready();
    $worker->work();
    gearman_test_report("not reached");
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(20000);
$client->setCreatedCallback(function (GearmanTask $task) use (&$first, $fn) {
    echo "first worker exit code: ", var_export(gearman_test_wait_worker($first), true), "\n";
    echo gearman_test_worker_output($first);
    echo "first worker stderr: ", var_export(gearman_test_worker_stderr($first), true), "\n";
    $GLOBALS['second'] = gearman_test_start_worker('
        $worker = gearman_test_worker();
        $worker->addFunction($args["fn"], function (GearmanJob $job) {
            gearman_test_report("second worker got " . $job->workload());
            return "done by the second worker";
        });
        gearman_test_ready();
        gearman_test_work($worker, 1);
    ', ['fn' => $fn]);
});
$client->setCompleteCallback(function (GearmanTask $task) {
    echo "complete: ", var_export($task->data(), true), "\n";
});
$client->setFailCallback(function (GearmanTask $task) {
    echo "fail: the job was lost\n";
});
/* Submitted before the second worker exists: only the first can take it. */
$client->addTask($fn, 'the job');
var_dump($client->runTasks(), $client->returnCode());
gearman_test_end_worker($second);
echo gearman_test_worker_output($second);
?>
--EXPECT--
first worker exit code: 3
first worker got the job, exits
shutdown function ran
destructor ran
first worker stderr: ''
complete: 'done by the second worker'
bool(true)
int(0)
worker: ok
second worker got the job
