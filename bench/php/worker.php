<?php
/*
 * Worker: registers "bench_echo" (returns its workload), calls work() N
 * times, then exits. Mirrors bench/c/worker.c.
 *   php -n -d extension=/path/gearman.so worker.php HOST PORT N W
 */

declare(strict_types=1);
require __DIR__ . '/common.php';

[$host, $port, $n, $w] = bench_args($argv, 'registers bench_echo and processes N jobs (W is ignored)');

$worker = new GearmanWorker();
$worker->addServer($host, $port);
$worker->addFunction('bench_echo', fn(GearmanJob $job) => $job->workload());

$done = 0;
$t0 = bench_now();
while ($done < $n) {
    if (!@$worker->work() || $worker->returnCode() !== GEARMAN_SUCCESS) {
        fwrite(STDERR, "worker: work() after $done jobs: " . $worker->error() . "\n");
        break;
    }
    $done++;
}
$t1 = bench_now();
bench_report('worker', '-', $n, $w, $t0, $t1, $done === $n);
exit($done === $n ? 0 : 1);
