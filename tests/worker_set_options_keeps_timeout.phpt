--TEST--
GearmanWorker::setOptions() keeps the effect of setTimeout(): work() still returns GEARMAN_TIMEOUT
--DESCRIPTION--
setTimeout() works through libgearman's GEARMAN_WORKER_TIMEOUT_RETURN
option, and setOptions() replaces all options: after
setOptions(GEARMAN_WORKER_GRAB_UNIQ), libgearman drops the option and puts
its own 10 s period back, so work() no longer returns within the timeout
the daemon set to check for signals (PECL 2.1.0 blocks here). Ours
keeps GEARMAN_WORKER_TIMEOUT_RETURN and the timeout while one is set; removeOptions(GEARMAN_WORKER_TIMEOUT_RETURN), asked for
by name, still removes it. The work() calls run in a child process, which
is killed after 5 s if one of them does not return.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], fn() => "never");
    $worker->setTimeout(200);
    gearman_test_ready();
    $report = function (string $what) use ($worker) {
        gearman_test_report($what . ": timeout() " . $worker->timeout() . ", TIMEOUT_RETURN " . var_export(($worker->options() & GEARMAN_WORKER_TIMEOUT_RETURN) != 0, true)
            . ", GRAB_UNIQ " . var_export(($worker->options() & GEARMAN_WORKER_GRAB_UNIQ) != 0, true));
    };
    $report("after setTimeout()");
    $worker->setOptions(GEARMAN_WORKER_GRAB_UNIQ);
    $report("after setOptions(GRAB_UNIQ)");
    gearman_test_report("work(): " . var_export($worker->work(), true) . ", returnCode() " . $worker->returnCode());
    $worker->setOptions(0);
    $report("after setOptions(0)");
    gearman_test_report("work(): " . var_export($worker->work(), true) . ", returnCode() " . $worker->returnCode());
    $worker->removeOptions(GEARMAN_WORKER_TIMEOUT_RETURN);
    $report("after removeOptions(TIMEOUT_RETURN)");
', ['fn' => gearman_test_function_name()]);
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECTF--
worker: ok
after setTimeout(): timeout() 200, TIMEOUT_RETURN true, GRAB_UNIQ true
after setOptions(GRAB_UNIQ): timeout() 200, TIMEOUT_RETURN true, GRAB_UNIQ true
work(): false, returnCode() 47
after setOptions(0): timeout() 200, TIMEOUT_RETURN true, GRAB_UNIQ false
work(): false, returnCode() 47
after removeOptions(TIMEOUT_RETURN): timeout() %d, TIMEOUT_RETURN false, GRAB_UNIQ false
