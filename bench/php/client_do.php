<?php
/*
 * Client: N sequential doNormal() calls of "bench_echo" with a W-byte
 * workload, each result checked. Mirrors bench/c/client_do.c.
 *   php -n -d extension=/path/gearman.so client_do.php HOST PORT N W
 */

declare(strict_types=1);
require __DIR__ . '/common.php';

[$host, $port, $n, $w] = bench_args($argv, 'N sequential doNormal() of W bytes');

$client = new GearmanClient();
$client->addServer($host, $port);
$workload = bench_workload($w);

$done = 0;
$t0 = bench_now();
for ($i = 0; $i < $n; $i++) {
    $result = $client->doNormal('bench_echo', $workload);
    if ($client->returnCode() !== GEARMAN_SUCCESS) {
        fwrite(STDERR, "client_do: job $i: " . $client->error() . "\n");
        break;
    }
    if ($result !== $workload) {
        fwrite(STDERR, "client_do: job $i: wrong result (" . strlen((string)$result) . " bytes)\n");
        break;
    }
    $done++;
}
$t1 = bench_now();
bench_report('client', 'do', $n, $w, $t0, $t1, $done === $n);
exit($done === $n ? 0 : 1);
