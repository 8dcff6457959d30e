--TEST--
examples/graceful_worker.php: SIGTERM stops a worker blocked in work() within one setTimeout() period
--EXTENSIONS--
gearman
--SKIPIF--
<?php
if (!function_exists('pcntl_signal')) die('skip pcntl is not available');
if (!function_exists('proc_terminate')) die('skip proc_terminate() is not available');
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
/* The example itself, with this test's server and function. */
$example = file_get_contents(__DIR__ . '/../examples/graceful_worker.php');
$body = substr($example, strlen('<?php'));
$child = gearman_test_start_worker('
    putenv("GEARMAN_HOST=" . gearman_test_host());
    putenv("GEARMAN_PORT=" . gearman_test_port());
    putenv("GEARMAN_FUNCTION=" . $args["fn"]);
    gearman_test_ready();
' . $body, ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'stressed'));
/* Let the worker get back into a blocking work(). */
usleep(300000);
$start = microtime(true);
proc_terminate($child->proc, 15);
$code = gearman_test_wait_worker($child, 5);
$took = microtime(true) - $start;
echo "exit code: ", var_export($code, true), ", stopped within the timeout: ", var_export($took < 1.8, true), "\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
?>
--EXPECTF--
string(8) "desserts"
exit code: 0, stopped within the timeout: true
working on %s (pid %d)
signal 15: stopping after the current job
stopped
