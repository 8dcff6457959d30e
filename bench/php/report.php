<?php
/*
 * Turns bench/run's raw measurements into the report tables.
 *   php -n report.php RAW.tsv CALLGRIND.tsv REPS
 * Runs without the gearman extension. Every figure is the median over the
 * repetitions; per-job figures divide by N.
 */

declare(strict_types=1);

require __DIR__ . '/tables.php';

[$rawFile, $cgFile, $reps] = report_args($argv, 'RAW.tsv CALLGRIND.tsv REPS');
$raw = read_tsv($rawFile);
$reps = (int)$reps;
$impls = ['c', 'ours', 'ref'];

/* $m[scenario][n][impl][metric] = median */
$m = group_runs($raw, 'scenario', function (array $rows): array {
    $col = fn(string $k) => array_column($rows, $k);
    $sum = fn(string $a, string $b) => array_map(fn($r) => (float)$r[$a] + (float)$r[$b], $rows);
    return [
        'wall' => median($col('wall')),
        'spread' => count($rows) > 1 && median($col('wall')) > 0
            ? (max($col('wall')) - min($col('wall'))) / median($col('wall')) * 100 : null,
        'ccpu' => median($sum('c_user', 'c_sys')),
        'cuser' => median($col('c_user')),
        'wcpu' => median($sum('w_user', 'w_sys')),
        'wuser' => median($col('w_user')),
        'add' => median($col('add_wall')),
        'run' => median($col('run_wall')),
        'cproc' => median($col('c_proc_cpu')),
        'rss' => median($col('c_maxrss_kb')),
    ];
});
$names = ['do' => 'doNormal', 'tasks' => 'addTask+runTasks', 'worker' => 'worker (doNormal jobs)'];

echo "\n## Timed runs (median of $reps; CPU = user+sys of the measured loop, from getrusage;\n";
echo "## wall spread = (max - min) / median over the repetitions)\n\n";
$rows = [];
foreach ($m as $scenario => $byN) {
    foreach ($byN as $n => $byImpl) {
        foreach ($impls as $impl) {
            $x = $byImpl[$impl] ?? null;
            if (!$x) {
                continue;
            }
            $rows[] = [$impl, $names[$scenario] ?? $scenario, (string)$n, fmt($x['wall']),
                $x['spread'] === null ? '-' : fmt($x['spread'], 0) . '%', fmt($x['ccpu']),
                fmt($x['wcpu']), fmt($x['wall'] / $n * 1e6, 1), fmt($x['ccpu'] / $n * 1e6, 1),
                fmt($x['cuser'] / $n * 1e6, 1), fmt($x['wcpu'] / $n * 1e6, 1),
                $x['rss'] === null ? '-' : fmt($x['rss'] / 1024, 1)];
        }
    }
}
table(['impl', 'scenario', 'N', 'wall s', 'wall spread', 'client CPU s', 'worker CPU s', 'wall µs/job', 'client CPU µs/job',
    'client user µs/job', 'worker CPU µs/job', 'client max RSS MB'], $rows, 2);

echo "## Ratios (per job; < 1 means ours is cheaper)\n\n";
$rows = [];
foreach ($m as $scenario => $byN) {
    foreach ($byN as $n => $x) {
        foreach (['wall' => 'wall', 'ccpu' => 'client CPU', 'cuser' => 'client user CPU', 'wcpu' => 'worker CPU']
                 as $k => $label) {
            $c = $x['c'][$k] ?? null;
            $o = $x['ours'][$k] ?? null;
            $r = $x['ref'][$k] ?? null;
            $rows[] = [$names[$scenario] ?? $scenario, (string)$n, $label, ratio($o, $c), ratio($o, $r), ratio($r, $c)];
        }
    }
}
table(['scenario', 'N', 'metric', 'ours/C', 'ours/ref', 'ref/C'], $rows);

if (isset($m['tasks']) && count($m['tasks']) > 1) {
    $ns = array_keys($m['tasks']);
    $first = $ns[0];
    $last = end($ns);
    echo "## addTask+runTasks: cost per task against N (growth = per-task cost at N=$last / at N=$first)\n\n";
    $rows = [];
    foreach ($impls as $impl) {
        foreach (['ccpu' => 'client CPU µs/task', 'wall' => 'wall µs/task', 'add' => 'addTask phase wall µs/task',
                  'run' => 'runTasks phase wall µs/task', 'wcpu' => 'worker CPU µs/task'] as $k => $label) {
            $r = [$impl, $label];
            $per = [];
            foreach ($ns as $n) {
                $v = $m['tasks'][$n][$impl][$k] ?? null;
                $per[$n] = $v === null ? null : $v / $n * 1e6;
                $r[] = fmt($per[$n], 1);
            }
            $r[] = ratio($per[$last], $per[$first]);
            $rows[] = $r;
        }
    }
    table(array_merge(['impl', 'metric'], array_map(fn($n) => "N=$n", $ns), ['growth']), $rows, 2);
}

$cg = is_file($cgFile) ? read_tsv($cgFile) : [];
if (count($cg) > 0) {
    /* $ir[scenario][impl][n] = [total, libgearman.so self, extension self] */
    $ir = [];
    foreach ($cg as $r) {
        $ir[$r['scenario']][$r['impl']][(int)$r['n']] = [(float)$r['ir'],
            is_numeric($r['ir_libgearman']) ? (float)$r['ir_libgearman'] : null,
            is_numeric($r['ir_ext']) ? (float)$r['ir_ext'] : null];
    }
    /* Per job, start-up (the N=0 run) taken off; $k: 0 total, 1 outside libgearman.so, 2 extension. */
    $per = function (string $scenario, string $impl, int $n, int $k) use ($ir): ?float {
        $a = $ir[$scenario][$impl][$n] ?? null;
        $b = $ir[$scenario][$impl][0] ?? null;
        if ($a === null || $b === null) {
            return null;
        }
        $pick = fn(array $x) => match ($k) {
            0 => $x[0],
            1 => $x[1] === null ? null : $x[0] - $x[1],
            2 => $x[2],
        };
        $va = $pick($a);
        $vb = $pick($b);
        return $va === null || $vb === null ? null : ($va - $vb) / $n;
    };
    $rowsTotal = [];
    $rowsBinding = [];
    foreach ($ir as $scenario => $byImpl) {
        $ns = [];
        foreach ($byImpl as $counts) {
            $ns = array_unique(array_merge($ns, array_keys($counts)));
        }
        sort($ns);
        foreach ($ns as $n) {
            if ($n === 0) {
                continue;
            }
            $label = $names[$scenario] ?? $scenario;
            [$c, $o, $r] = array_map(fn($i) => $per($scenario, $i, $n, 0), $impls);
            $rowsTotal[] = [$label, (string)$n, fmt($c, 0), fmt($o, 0), fmt($r, 0), ratio($o, $c), ratio($o, $r),
                ratio($r, $c)];
            [$c, $o, $r] = array_map(fn($i) => $per($scenario, $i, $n, 1), $impls);
            $rowsBinding[] = [$label, (string)$n, fmt($c, 0), fmt($o, 0), fmt($r, 0), ratio($o, $r),
                fmt($per($scenario, 'ours', $n, 2), 0), fmt($per($scenario, 'ref', $n, 2), 0)];
        }
    }
    echo "## Instructions per job (callgrind, Ir; (Ir(N) - Ir(0)) / N, so process start-up is left out)\n\n";
    echo "doNormal and addTask+runTasks: the client process under callgrind (its worker native);\n";
    echo "worker: the worker process under callgrind, fed by the C client_do (native).\n\n";
    echo "Total, all code in the measured process:\n\n";
    table(['scenario', 'N', 'C', 'ours', 'ref', 'ours/C', 'ours/ref', 'ref/C'], $rowsTotal, 1);
    echo "addTask+runTasks totals are mostly libgearman walking its task list once per reply packet; how\n";
    echo "long that list is depends on how replies interleave with submissions, so these totals vary\n";
    echo "from run to run (and between implementations) at large N. The table below does not.\n\n";
    echo "Outside libgearman.so (what the binding adds: PHP engine, extension, libc; for C: main + libc),\n";
    echo "and the extension's own code alone:\n\n";
    table(['scenario', 'N', 'C', 'ours', 'ref', 'ours/ref', 'ours .so only', 'ref .so only'], $rowsBinding, 1);
}
