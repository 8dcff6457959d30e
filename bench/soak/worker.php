<?php
/*
 * Soak worker: runs JOBS jobs of function "soak" through one GearmanWorker
 * and prints its memory at the start and every EVERY jobs:
 *   jobs, RSS (from /proc/self/status), memory_get_usage(), exceptions.
 * Some jobs throw (the workload asks for it); the worker catches what
 * work() rethrows and goes on, as a production daemon does.
 */

$host = getenv('GEARMAN_HOST') ?: '127.0.0.1';
$port = (int) (getenv('GEARMAN_PORT') ?: 4730);
$jobs = (int) ($argv[1] ?? 200000);
$every = (int) ($argv[2] ?? 20000);

function rss_kib(): int
{
    preg_match('/^VmRSS:\s+(\d+) kB/m', (string) file_get_contents('/proc/self/status'), $m);
    return (int) ($m[1] ?? 0);
}

function report(int $done, int $thrown): void
{
    printf("jobs %7d  rss %7d KiB  php %9d B  exceptions %6d\n", $done, rss_kib(), memory_get_usage(), $thrown);
}

$worker = new GearmanWorker();
$worker->addServer($host, $port);
$worker->setTimeout(10000);
$context = ['seen' => 0];
$worker->addFunction('soak', function (GearmanJob $job, array $context) {
    $workload = $job->workload();
    if ($workload[0] === '!') {
        throw new RuntimeException('asked to fail: ' . strlen($workload) . ' bytes');
    }
    if ($workload[0] === 's') {
        $job->sendStatus(1, 2);
    }
    return strrev($workload);
}, $context);

$done = 0;
$thrown = 0;
report($done, $thrown);
while ($done < $jobs) {
    try {
        if (!$worker->work()) {
            if ($worker->returnCode() === GEARMAN_TIMEOUT) {
                fwrite(STDERR, "soak worker: no job for 10 s after $done jobs\n");
                exit(1);
            }
        }
    } catch (RuntimeException $e) {
        $thrown++;
    }
    $done++;
    if ($done % $every === 0) {
        report($done, $thrown);
    }
}
