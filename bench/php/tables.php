<?php
/*
 * Helpers of the report scripts (report.php, scale_report.php): TSV input,
 * medians, number formats and aligned Markdown tables. No gearman needed.
 */

declare(strict_types=1);

/** The arguments after the script name; exits 2 with USAGE unless there are as many as USAGE names. */
function report_args(array $argv, string $usage): array
{
    $args = array_slice($argv, 1);
    if (count($args) !== count(explode(' ', $usage))) {
        fwrite(STDERR, 'usage: php ' . basename($argv[0]) . " $usage\n");
        exit(2);
    }
    return $args;
}

function read_tsv(string $file): array
{
    $lines = file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
    if ($lines === false || $lines === []) {
        fwrite(STDERR, "report.php: cannot read $file\n");
        exit(1);
    }
    $head = explode("\t", array_shift($lines));
    $rows = [];
    foreach ($lines as $line) {
        $rows[] = array_combine($head, explode("\t", $line));
    }
    return $rows;
}

function median(array $v): ?float
{
    $v = array_values(array_filter($v, fn($x) => is_numeric($x)));
    if ($v === []) {
        return null;
    }
    sort($v);
    $n = count($v);
    return $n % 2 ? (float)$v[intdiv($n, 2)] : ($v[$n / 2 - 1] + $v[$n / 2]) / 2;
}

function fmt(?float $v, int $dec = 3): string
{
    return $v === null ? '-' : number_format($v, $dec, '.', '');
}

function ratio(?float $a, ?float $b): string
{
    return $a === null || $b === null || $b == 0.0 ? '-' : number_format($a / $b, 2, '.', '');
}

/** Display width: characters, not bytes (µ is two bytes). */
function width(string $s): int
{
    return (int)preg_match_all('/./su', $s);
}

/** str_pad() by display width. */
function pad(string $s, int $w, int $type = STR_PAD_RIGHT): string
{
    return str_pad($s, strlen($s) + max(0, $w - width($s)), ' ', $type);
}

/** Prints rows (arrays of strings) as an aligned Markdown table; the first $left columns left-aligned. */
function table(array $head, array $rows, int $left = 3): void
{
    $width = array_map('width', $head);
    foreach ($rows as $r) {
        foreach ($r as $i => $c) {
            $width[$i] = max($width[$i], width($c));
        }
    }
    $line = function (array $r) use ($width, $left): string {
        $cells = [];
        foreach ($r as $i => $c) {
            $cells[] = $i < $left ? pad($c, $width[$i]) : pad($c, $width[$i], STR_PAD_LEFT);
        }
        return '| ' . implode(' | ', $cells) . " |\n";
    };
    echo $line($head);
    echo '|' . implode('|', array_map(fn($w) => str_repeat('-', $w + 2), $width)) . "|\n";
    foreach ($rows as $r) {
        echo $line($r);
    }
    echo "\n";
}

/**
 * Groups raw rows by $key (scenario or workload), then N, then impl, N in
 * ascending order: [$key][n][impl] = $summarize(rows of that group).
 */
function group_runs(array $raw, string $key, callable $summarize): array
{
    $groups = [];
    foreach ($raw as $r) {
        $groups[$r[$key]][(int)$r['n']][$r['impl']][] = $r;
    }
    $m = [];
    foreach ($groups as $k => $byN) {
        ksort($byN);
        foreach ($byN as $n => $byImpl) {
            foreach ($byImpl as $impl => $rows) {
                $m[$k][$n][$impl] = $summarize($rows);
            }
        }
    }
    return $m;
}
