--TEST--
After stop(), work() returns false with GEARMAN_SHUTDOWN and error() gives the same answer whether the worker was idle or had just run a job
--DESCRIPTION--
error() is libgearman's last error text, which stop() does not set: it
reads as on a new worker, idle or after a job (an earlier build said
GEARMAN_SHUTDOWN_GRACEFUL when idle and GEARMAN_UNKNOWN_STATE after a job).
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$fn = gearman_test_function_name();
$fresh = gearman_test_worker()->error();
$idle = gearman_test_worker();
$idle->addFunction($fn, fn () => 'unused');
$idle->stop();
$after = gearman_test_worker();
// Reached through $GLOBALS, not captured: a closure capturing its worker
// makes a cycle, which PHP leaves unfreed at exit (the valgrind pass's leak
// check reports it with any extension, see crash_shutdown_cycles.phpt).
$after->addFunction($fn, function () {
    $GLOBALS['after']->stop();
    return 'done';
});
gearman_test_client()->doBackground($fn, 'one');
var_dump($after->work(), $after->returnCode() === GEARMAN_SUCCESS);
foreach (['idle' => $idle, 'after a job' => $after] as $how => $worker) {
    echo "$how: work() ", var_export($worker->work(), true), ', ',
        $worker->returnCode() === GEARMAN_SHUTDOWN ? 'GEARMAN_SHUTDOWN' : $worker->returnCode(),
        ', error() as a new worker\'s: ', var_export($worker->error() === $fresh, true), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
idle: work() false, GEARMAN_SHUTDOWN, error() as a new worker's: true
after a job: work() false, GEARMAN_SHUTDOWN, error() as a new worker's: true
