--TEST--
examples/graceful_worker.php: SIGTERM stops a worker blocked in work() without a timeout, well under a second
--EXTENSIONS--
gearman
--SKIPIF--
<?php
if (!function_exists('pcntl_signal')) die('skip pcntl is not available');
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$pidFile = tempnam(sys_get_temp_dir(), 'gearman-test-pid-');
/* The example itself, with this test's server and function. */
$example = file_get_contents(__DIR__ . '/../examples/graceful_worker.php');
$body = substr($example, strlen('<?php'));
$child = gearman_test_start_worker('
    putenv("GEARMAN_HOST=" . gearman_test_host());
    putenv("GEARMAN_PORT=" . gearman_test_port());
    putenv("GEARMAN_FUNCTION=" . $args["fn"]);
    file_put_contents($args["pid"], getmypid());
    gearman_test_ready();
' . $body . '
    file_put_contents($args["pid"], microtime(true));
', ['fn' => $fn, 'pid' => $pidFile]);
$pid = (int) file_get_contents($pidFile);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'stressed'));
/* Let the worker get back into a blocking work(). */
usleep(300000);
/* To the PHP process itself, not to the timeout(1) wrapper around it; sent
 * by the time exec() returns. The child writes when the example ended. */
exec("kill -s TERM $pid");
$start = microtime(true);
$code = gearman_test_wait_worker($child, 10);
$end = (float) file_get_contents($pidFile);
$took = $end > 1e9 ? $end - $start : INF; /* still the pid: it never got there */
unlink($pidFile);
echo "exit code: ", var_export($code, true), ", stopped well under a second: ", var_export($took < 0.8, true), "\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
?>
--EXPECTF--
string(8) "desserts"
exit code: 0, stopped well under a second: true
working on %s (pid %d)
stopped
