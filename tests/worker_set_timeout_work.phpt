--TEST--
GearmanWorker::setTimeout() makes work() and wait() return GEARMAN_TIMEOUT quietly within about that time
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$w = gearman_test_worker();
$w->addFunction(gearman_test_function_name(), fn() => 'never');
$w->setTimeout(300);
for ($i = 0; $i < 2; $i++) {
    $start = microtime(true);
    $ok = $w->work();
    $took = microtime(true) - $start;
    echo 'work(): ', var_export($ok, true), ', returnCode() ', $w->returnCode(), ', took about the timeout: ',
        var_export($took > 0.25 && $took < 2, true), "\n";
}
$w->addOptions(GEARMAN_WORKER_NON_BLOCKING);
$ok = @$w->work();
/* IO_WAIT, or NO_JOBS when gearmand answered fast enough. */
echo 'non-blocking work(): ', var_export($ok, true), ', returnCode() IO_WAIT or NO_JOBS: ',
    var_export(in_array($w->returnCode(), [GEARMAN_IO_WAIT, GEARMAN_NO_JOBS], true), true), "\n";
$start = microtime(true);
while ((@$w->work() || $w->returnCode() == GEARMAN_IO_WAIT) && microtime(true) - $start < 3) {
    if (!@$w->wait()) {
        break;
    }
}
$took = microtime(true) - $start;
echo 'wait() ended with returnCode() ', $w->returnCode(), ' (', gearman_test_timeout_name($w->returnCode()), '), took at most a few timeouts: ',
    var_export($took < 2.5, true), "\n";
function gearman_test_timeout_name(int $code): string
{
    return $code == GEARMAN_TIMEOUT ? 'GEARMAN_TIMEOUT' : ($code == GEARMAN_NO_JOBS ? 'GEARMAN_NO_JOBS' : "code $code");
}
?>
--EXPECTF--
work(): false, returnCode() 47, took about the timeout: true
work(): false, returnCode() 47, took about the timeout: true
non-blocking work(): false, returnCode() IO_WAIT or NO_JOBS: true
wait() ended with returnCode() %d (%s), took at most a few timeouts: true
