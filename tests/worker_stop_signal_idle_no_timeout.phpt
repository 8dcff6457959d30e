--TEST--
SIGTERM whose handler calls stop() ends an idle work() without a timeout at once; returnCode() is GEARMAN_SHUTDOWN
--DESCRIPTION--
libgearman's poll() retries on EINTR, so PECL ran the handler only when the
next job came: a worker without setTimeout() never stopped while idle.
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
$pidFile = tempnam(sys_get_temp_dir(), 'gearman-test-pid-');
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], fn (GearmanJob $job) => strrev($job->workload()));
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, function () use ($worker) { gearman_test_report("handler ran"); $worker->stop(); });
    file_put_contents($args["pid"], getmypid());
    gearman_test_ready();
    $jobs = 0;
    while ($worker->work()) {
        $jobs++;
    }
    file_put_contents($args["pid"], microtime(true));
    gearman_test_report("jobs $jobs, timeout " . $worker->timeout() . ", returnCode() "
        . ($worker->returnCode() === GEARMAN_SHUTDOWN ? "GEARMAN_SHUTDOWN" : $worker->returnCode()));
    var_dump($worker->work(), $worker->returnCode() === GEARMAN_SHUTDOWN);
', ['fn' => $fn, 'pid' => $pidFile]);
$pid = (int) file_get_contents($pidFile);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'abc'));
/* The worker is back in work(), asleep after PRE_SLEEP. */
usleep(300000);
/* To the PHP process itself, not to the timeout(1) wrapper around it; sent
 * by the time exec() returns. The child writes when work() returned. */
exec("kill -s TERM $pid");
$start = microtime(true);
$code = gearman_test_wait_worker($child);
$end = (float) file_get_contents($pidFile);
$took = $end > 1e9 ? $end - $start : INF; /* still the pid: it never got there */
unlink($pidFile);
echo "exit code: ", var_export($code, true), ", well under a second: ", var_export($took < 0.8, true), "\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
?>
--EXPECT--
string(3) "cba"
exit code: 0, well under a second: true
handler ran
jobs 1, timeout -1, returnCode() GEARMAN_SHUTDOWN
bool(false)
bool(true)
