--TEST--
A signal handler that throws while work() or wait() waits: the exception comes out of the call, and the worker goes on serving
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
    $worker->addFunction($args["fn"], fn (GearmanJob $job) => strrev($job->workload()));
    pcntl_async_signals(true);
    pcntl_signal(SIGALRM, function () { throw new RuntimeException("alarm"); });
    gearman_test_ready();
    foreach (["work", "wait"] as $method) {
        pcntl_alarm(1);
        try {
            var_dump($worker->$method());
        } catch (RuntimeException $e) {
            gearman_test_report("$method() threw " . $e->getMessage());
        }
    }
    gearman_test_report("waiting for the job");
    var_dump($worker->work(), $worker->returnCode());
', ['fn' => $fn]);

$deadline = microtime(true) + 10;
while (strpos(gearman_test_worker_output($child), "waiting") === false && microtime(true) < $deadline) {
    usleep(10000);
}
$client = gearman_test_client();
var_dump($client->doNormal($fn, 'abc'));
echo "exit code: ", var_export(gearman_test_wait_worker($child), true), "\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
?>
--EXPECT--
string(3) "cba"
exit code: 0
work() threw alarm
wait() threw alarm
waiting for the job
bool(true)
int(0)
