--TEST--
examples/graceful_worker.php: SIGTERM stops a worker blocked in work() without a timeout: it prints stopped and exits 0
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
if (!function_exists('pcntl_signal')) die('skip pcntl is not available');
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$pidFile = tempnam(sys_get_temp_dir(), 'gearman-test-pid-');
/* The example itself, with this test's server and function. */
$example = file_get_contents(__DIR__ . '/../examples/graceful_worker.php');
/* Run from another file, its require needs the examples' folder by name. */
$body = str_replace('__DIR__', var_export(realpath(__DIR__ . '/../examples'), true),
    substr($example, strlen('<?php')));
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
/* A deadline for a hang only: the worker has no timeout, so without the
 * signal work() would block until the child's own lifetime ran out. */
$code = gearman_test_wait_worker($child, 60);
$ended = (float) file_get_contents($pidFile) > 1e9; /* still the pid: it never got there */
unlink($pidFile);
echo "exit code: ", var_export($code, true), ", the example returned: ", var_export($ended, true), "\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
?>
--EXPECTF--
string(8) "desserts"
exit code: 0, the example returned: true
working on %s (pid %d)
stopped
