<?php
/*
 * Turns bench/run --scale's measurements (scale.tsv) into the report tables:
 * ours and ref side by side with ours/ref, then how the per-unit cost grows
 * with N.
 *   php -n scale_report.php SCALE.tsv REPS
 * Every figure is the median over the repetitions, divided by N where it is
 * "per" something.
 */

declare(strict_types=1);

require __DIR__ . '/tables.php';

[$scaleFile, $reps] = report_args($argv, 'SCALE.tsv REPS');
$reps = (int)$reps;
/* $m[workload][n][impl][column] = median */
$columns = ['wall', 'cpu', 'heap', 'add_cpu', 'run_cpu', 'rss_kept_kb', 'add_heap', 'object_heap', 'server_heap',
    'callbacks_heap'];
$m = group_runs(read_tsv($scaleFile), 'workload', function (array $rows) use ($columns): array {
    return array_combine($columns, array_map(fn($k) => median(array_column($rows, $k)), $columns));
});

/* What each workload reports: label => [column, scale (per N), decimals]. */
$metrics = [
    'functions' => ['CPU µs/function (addFunction + work)' => ['cpu', 1e6, 2],
        'PHP heap B/function' => ['heap', 1, 1],
        'PHP heap B/function, addFunction() alone' => ['add_heap', 1, 1]],
    'tasks' => ['CPU µs/task (addTaskBackground + runTasks)' => ['cpu', 1e6, 2],
        'addTaskBackground CPU µs/task' => ['add_cpu', 1e6, 2],
        'runTasks CPU µs/task' => ['run_cpu', 1e6, 2],
        'RSS kept after unset, MB (not per task)' => ['rss_kept_kb', null, 1]],
    'clients' => ['PHP heap B/client' => ['heap', 1, 1],
        'of which new GearmanClient()' => ['object_heap', 1, 1],
        'of which addServer(..., false)' => ['server_heap', 1, 1],
        'of which the eight set*Callback()' => ['callbacks_heap', 1, 1],
        'CPU µs/client' => ['cpu', 1e6, 1]],
    'servers' => ['wall ms total (not per server)' => ['wall', null, 2],
        'wall ms/server' => ['wall', 1e3, 3], 'CPU ms/server' => ['cpu', 1e3, 3]],
];
/* Growth rows: per-unit cost at the larger N / at the smaller. Functions
 * start at 100: at N=1 the work() round trip is the whole cost. */
$growthPairs = ['functions' => [[100, 10000]], 'tasks' => [[1000, 100000]], 'servers' => [[1, 20], [1, 50]]];
$names = ['functions' => 'addFunction', 'tasks' => 'background tasks', 'clients' => 'clients',
    'servers' => 'addServer'];

/** The figure of one cell: per N (or in MB / ms for the totals). */
function scale_value(?float $v, string $col, ?float $per, int $n): ?float
{
    if ($v === null) {
        return null;
    }
    if ($per === null) {
        return $col === 'rss_kept_kb' ? $v / 1024 : $v * 1e3;
    }
    return str_ends_with($col, 'heap') ? $v / $n : $v / $n * $per;
}

echo "\n## Scale workloads (median of $reps; CPU = user+sys of the measured part, from getrusage;\n";
echo "## heap = memory_get_usage() delta; one process per workload, N and extension)\n\n";
$rows = [];
$growth = [];
foreach ($metrics as $workload => $spec) {
    if (!isset($m[$workload])) {
        continue;
    }
    $ns = array_keys($m[$workload]);
    foreach ($spec as $label => [$col, $per, $dec]) {
        foreach ($ns as $n) {
            $o = scale_value($m[$workload][$n]['ours'][$col] ?? null, $col, $per, $n);
            $r = scale_value($m[$workload][$n]['ref'][$col] ?? null, $col, $per, $n);
            $rows[] = [$names[$workload], (string)$n, $label, fmt($o, $dec), fmt($r, $dec), ratio($o, $r)];
        }
        foreach ($per === null ? [] : $growthPairs[$workload] ?? [] as [$base, $big]) {
            if (!isset($m[$workload][$base], $m[$workload][$big])) {
                continue;
            }
            $g = [$names[$workload], $label, "$big / $base"];
            foreach (['ours', 'ref'] as $impl) {
                $g[] = ratio(scale_value($m[$workload][$big][$impl][$col] ?? null, $col, $per, $big),
                    scale_value($m[$workload][$base][$impl][$col] ?? null, $col, $per, $base));
            }
            $growth[] = $g;
        }
    }
}
table(['workload', 'N', 'metric', 'ours', 'ref', 'ours/ref'], $rows);

echo "## Growth with N (per-unit cost at the larger N / at the smaller; 1.00 = constant per unit)\n\n";
table(['workload', 'metric', 'N', 'ours', 'ref'], $growth);
