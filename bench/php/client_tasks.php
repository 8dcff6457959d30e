<?php
/*
 * Client: N addTask() of "bench_echo" with a W-byte workload, then one
 * runTasks() with a complete callback counting completions; checks that all
 * N completed with the right data. Mirrors bench/c/client_tasks.c.
 *   php -n -d extension=/path/gearman.so client_tasks.php HOST PORT N W
 */

declare(strict_types=1);
require __DIR__ . '/common.php';

[$host, $port, $n, $w] = bench_args($argv, 'N addTask() of W bytes, then one runTasks()');

$client = new GearmanClient();
$client->addServer($host, $port);
$workload = bench_workload($w);

$completed = 0;
$bad = 0;
$client->setCompleteCallback(function (GearmanTask $task) use (&$completed, &$bad, $w): void {
    $completed++;
    if (strlen((string)$task->data()) !== $w) {
        $bad++;
    }
});

$added = 0;
$t0 = bench_now();
for ($i = 0; $i < $n; $i++) {
    if ($client->addTask('bench_echo', $workload) === false) {
        fwrite(STDERR, "client_tasks: addTask $i: " . $client->error() . "\n");
        break;
    }
    $added++;
}
$t1 = bench_now();
$ran = $added === $n ? $client->runTasks() : true;
$t2 = bench_now();
if ($ran !== true) {
    fwrite(STDERR, "client_tasks: runTasks() failed: " . $client->error() . "\n");
}
$ok = $added === $n && $ran === true && $completed === $n && $bad === 0;
if (!$ok) {
    fwrite(STDERR, "client_tasks: added $added, completed $completed, bad $bad of $n\n");
}
bench_report('client', 'tasks', $n, $w, $t0, $t2, $ok, sprintf(
    'add_wall=%.6f run_wall=%.6f add_cpu=%.6f completed=%d',
    $t1[0] - $t0[0], $t2[0] - $t1[0], ($t1[1] + $t1[2]) - ($t0[1] + $t0[2]), $completed));
exit($ok ? 0 : 1);
