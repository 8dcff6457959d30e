<?php
/*
 * Shared helpers for the PHP bench programs: argument parsing, clocks and the
 * result line that bench/run parses (same format as bench/c/bench_common.h):
 *   RESULT role=client scenario=do n=2000 w=100 wall=0.123 user=0.01 sys=0.02 ok=1
 * wall/user/sys cover the measured loop only, not PHP start-up.
 */

declare(strict_types=1);

function bench_args(array $argv, string $what): array
{
    if (count($argv) !== 5) {
        fwrite(STDERR, "usage: php {$argv[0]} HOST PORT N W\n  $what\n");
        exit(2);
    }
    foreach ([2 => 'PORT', 3 => 'N', 4 => 'W'] as $i => $name) {
        if (!preg_match('/^\d+$/', $argv[$i])) {
            fwrite(STDERR, "bad $name: '{$argv[$i]}' (want an integer >= 0)\n");
            exit(2);
        }
    }
    if (!extension_loaded('gearman')) {
        fwrite(STDERR, "the gearman extension is not loaded (run with php -n -d extension=...)\n");
        exit(2);
    }
    return [$argv[1], (int)$argv[2], (int)$argv[3], (int)$argv[4]];
}

/** [wall s, user s, sys s] now. */
function bench_now(): array
{
    $ru = getrusage();
    return [
        hrtime(true) / 1e9,
        $ru['ru_utime.tv_sec'] + $ru['ru_utime.tv_usec'] / 1e6,
        $ru['ru_stime.tv_sec'] + $ru['ru_stime.tv_usec'] / 1e6,
    ];
}

function bench_report(string $role, string $scenario, int $n, int $w, array $t0, array $t1, bool $ok,
                      string $extra = ''): void
{
    printf("RESULT role=%s scenario=%s n=%d w=%d wall=%.6f user=%.6f sys=%.6f ok=%d%s\n",
        $role, $scenario, $n, $w, $t1[0] - $t0[0], $t1[1] - $t0[1], $t1[2] - $t0[2], $ok ? 1 : 0,
        $extra === '' ? '' : " $extra");
}

/** A workload of $w bytes; the content does not matter to gearmand. */
function bench_workload(int $w): string
{
    return substr(str_repeat('abcdefghijklmnopqrstuvwxyz', intdiv($w, 26) + 1), 0, $w);
}
