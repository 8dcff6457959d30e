<?php
/*
 * A worker daemon that stops cleanly on SIGTERM or SIGINT: it finishes the
 * job in hand, then leaves its loop within one timeout.
 *
 *   php graceful_worker.php            # then: kill -TERM <pid>, or Ctrl-C
 *
 * work() blocks inside libgearman, where PHP cannot run a signal handler.
 * setTimeout() makes work() come back with GEARMAN_TIMEOUT when no job
 * arrives in that time; with pcntl_async_signals(true) the handler has run
 * by then (call pcntl_signal_dispatch() after work() without async signals).
 *
 * The server is GEARMAN_HOST:GEARMAN_PORT, 127.0.0.1:4730 by default; the
 * function is GEARMAN_FUNCTION, "reverse" by default.
 */

$host = getenv('GEARMAN_HOST') ?: '127.0.0.1';
$port = (int) (getenv('GEARMAN_PORT') ?: 4730);
$function = getenv('GEARMAN_FUNCTION') ?: 'reverse';

/* How long work() may block, in milliseconds: the longest a stop waits. */
const TIMEOUT_MS = 1000;

$running = true;
pcntl_async_signals(true);
foreach ([SIGTERM, SIGINT] as $signal) {
    pcntl_signal($signal, function (int $signal) use (&$running) {
        if ($running) {
            echo "signal $signal: stopping after the current job\n";
        }
        $running = false;
    });
}

$worker = new GearmanWorker();
if (!$worker->addServer($host, $port)) {
    fwrite(STDERR, "addServer($host, $port): " . $worker->error() . "\n");
    exit(1);
}
$worker->setTimeout(TIMEOUT_MS);
$worker->addFunction($function, function (GearmanJob $job) {
    return strrev($job->workload());
});

echo "working on $function (pid ", getmypid(), ")\n";
while ($running) {
    try {
        if (@$worker->work()) {
            continue;
        }
    } catch (Throwable $e) {
        /* A worker function threw: the job is failed, the worker goes on. */
        fwrite(STDERR, "job failed: " . $e->getMessage() . "\n");
        continue;
    }
    switch ($worker->returnCode()) {
    case GEARMAN_TIMEOUT:      /* no job this time: check $running again */
    case GEARMAN_WORK_FAIL:
    case GEARMAN_WORK_EXCEPTION:
        break;
    default:
        /* Server gone and the like: say so, wait a little, retry. */
        fwrite(STDERR, "work(): " . $worker->error() . "\n");
        if ($running) {
            sleep(1);
        }
    }
}
echo "stopped\n";
