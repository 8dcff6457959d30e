<?php
/*
 * A worker for the "reverse" function. Each job takes a few seconds and
 * reports its progress along the way, so that a client polling jobStatus()
 * (see reverse_client_bg.php) has something to watch.
 *
 *   php reverse_worker.php
 *
 * The server is GEARMAN_HOST:GEARMAN_PORT, 127.0.0.1:4730 by default (a bad
 * port gets a message and exit code 2).
 */

require __DIR__ . '/example_args.php';
[$host, $port] = example_env_server();

const STEPS = 5;
const STEP_SECONDS = 0.8;

$worker = new GearmanWorker();
try {
    $added = $worker->addServer($host, $port);
} catch (GearmanException $e) {
    $added = false;
}
if (!$added) {
    fwrite(STDERR, "reverse_worker: addServer($host, $port): " . $worker->error() . "\n");
    exit(1);
}

$worker->addFunction('reverse', function (GearmanJob $job) {
    $workload = $job->workload();
    printf("%s: got %d bytes, handle %s\n", $job->functionName(), strlen($workload), $job->handle());

    for ($i = 1; $i <= STEPS; $i++) {
        usleep((int) (STEP_SECONDS * 1000000));
        $job->sendStatus($i, STEPS);
    }

    return strrev($workload);
});

echo "reverse_worker: waiting for jobs on $host:$port\n";
while ($worker->work()) {
}

/* work() only returns false on an error, e.g. the server went away. */
fwrite(STDERR, "reverse_worker: work() failed: " . $worker->error() . "\n");
exit(1);
