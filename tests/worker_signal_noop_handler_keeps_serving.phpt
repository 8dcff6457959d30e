--TEST--
A signal whose handler does nothing (SIGCHLD in a forking daemon) runs its handler during work() and leaves while ($worker->work()) serving
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
    $children = 0;
    pcntl_async_signals(true);
    pcntl_signal(SIGCHLD, function () use (&$children) { $children++; gearman_test_report("SIGCHLD"); });
    pcntl_signal(SIGTERM, fn () => $worker->stop());
    file_put_contents($args["pid"], getmypid());
    gearman_test_ready();
    $jobs = 0;
    while ($worker->work()) {
        gearman_test_report("job " . ++$jobs);
    }
    gearman_test_report("jobs $jobs, SIGCHLD $children, returnCode() " . $worker->returnCode());
', ['fn' => $fn, 'pid' => $pidFile]);
$pid = (int) file_get_contents($pidFile);
unlink($pidFile);

/* Waits until the worker has printed $lines lines (bounded). */
function wait_output($child, int $lines): void
{
    $deadline = microtime(true) + 5;
    while (substr_count(gearman_test_worker_output($child), "\n") < $lines && microtime(true) < $deadline) {
        usleep(5000);
    }
}

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'one'));
for ($i = 0; $i < 3; $i++) {
    usleep(100000);
    exec("kill -s CHLD $pid");
    wait_output($child, 2 + $i);
}
var_dump($client->doNormal($fn, 'two'));
wait_output($child, 6);
exec("kill -s TERM $pid");
echo "exit code: ", var_export(gearman_test_wait_worker($child), true), "\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
?>
--EXPECT--
string(3) "eno"
string(3) "owt"
exit code: 0
job 1
SIGCHLD
SIGCHLD
SIGCHLD
job 2
jobs 2, SIGCHLD 3, returnCode() 2
