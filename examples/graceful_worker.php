<?php
/*
 * A worker daemon that stops on SIGTERM or SIGINT: at once when idle, or
 * right after the job in progress, which finishes and reaches its client.
 *
 *   php graceful_worker.php            # then: kill -TERM <pid>, or Ctrl-C
 *
 * With pcntl_async_signals(true), signal handlers run while work() waits for
 * a job, however long; stop() makes work() return false (returnCode()
 * GEARMAN_SHUTDOWN). No setTimeout() and no polling loop are needed.
 *
 * The server is GEARMAN_HOST:GEARMAN_PORT, 127.0.0.1:4730 by default (a bad
 * port gets a message and exit code 2); the function is GEARMAN_FUNCTION,
 * "reverse" by default. It exits 0 when stopped and 1 when work() fails
 * (gearmand gone): examples/systemd/gearman-worker@.service restarts it then.
 */

require __DIR__ . '/example_args.php';
[$host, $port] = example_env_server();
$function = getenv('GEARMAN_FUNCTION') ?: 'reverse';

$worker = new GearmanWorker();
try {
    $worker->addServer($host, $port);
} catch (GearmanException $e) {
    fwrite(STDERR, "graceful_worker: addServer($host, $port): " . $worker->error() . "\n");
    exit(1);
}
$worker->addFunction($function, fn (GearmanJob $job) => strrev($job->workload()));
echo "working on $function (pid ", getmypid(), ")\n";

pcntl_async_signals(true);
pcntl_signal(SIGTERM, fn () => $worker->stop());
pcntl_signal(SIGINT, fn () => $worker->stop());
while ($worker->work()) {
}

if ($worker->returnCode() !== GEARMAN_SHUTDOWN) {
    fwrite(STDERR, "work(): " . $worker->error() . "\n");
    exit(1);
}
echo "stopped\n";
