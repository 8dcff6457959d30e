--TEST--
SIGTERM during a job: the handler's stop() lets the job finish and reach its client, work() returns true for it, and the next work() returns false at once
--EXTENSIONS--
gearman
pcntl
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
        /* The signal arrives in the middle of the job. */
        exec("kill -TERM " . getmypid());
        gearman_test_report("job goes on");
        return strrev($job->workload());
    });
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, function () use ($worker) { gearman_test_report("handler ran"); $worker->stop(); });
    gearman_test_ready();
    while (($ok = $worker->work()) || $worker->returnCode() !== GEARMAN_SHUTDOWN) {
        gearman_test_report("work(): " . var_export($ok, true) . ", returnCode() " . $worker->returnCode());
    }
    gearman_test_report("work(): false, GEARMAN_SHUTDOWN");
', ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'stressed'), $client->returnCode());
echo "exit code: ", var_export(gearman_test_wait_worker($child), true), "\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
?>
--EXPECT--
string(8) "desserts"
int(0)
exit code: 0
handler ran
job goes on
work(): true, returnCode() 0
work(): false, GEARMAN_SHUTDOWN
