<?php
/*
 * A live view of one or more gearmand job servers, refreshed every second:
 * each function with its waiting and running jobs, its workers and how fast
 * its queue grows or drains, deepest queue first; above the table, each
 * server with its version (and with --jobs, the jobs it took in and
 * finished per second).
 *
 *   php gearman_top.php [--once] [--jobs] [--interval=SECONDS] [--timeout=MS] [[--servers=]host:port,...]
 *
 * The servers default to GEARMAN_EXAMPLE_SERVERS, else 127.0.0.1:4730 (not
 * GEARMAN_SERVERS, which libgearman reads itself). --once prints one table
 * (without rates, which need two looks) and exits: for a script or a cron
 * mail. Ctrl-C ends the live view. A bad argument gets a message and exit
 * code 2.
 *
 * Everything comes from GearmanAdmin: status() for the functions and their
 * rates, which stays cheap however many jobs are queued. --jobs adds the
 * server's own rates from jobs(), which lists every queued job (about half
 * a second at 50,000): gearmand numbers its job handles in order
 * ("H:host:N"), so the highest N tells how many jobs came in since the last
 * look; finished ones are those that came in minus the growth of the job
 * count (jobs that come and go while the server holds none show up late).
 * A server that stops answering shows as DOWN and is asked again at the
 * next refresh; no call waits longer than the timeout.
 */

require __DIR__ . '/example_args.php';

const USAGE = "usage: php gearman_top.php [--once] [--jobs] [--interval=SECONDS] [--timeout=MS] [[--servers=]host:port,...]\n";

$once = false;
$jobs_too = false;
$interval = 1.0;
$timeout = 2000;
$list = getenv('GEARMAN_EXAMPLE_SERVERS') ?: '127.0.0.1:4730';
$source = getenv('GEARMAN_EXAMPLE_SERVERS') ? 'GEARMAN_EXAMPLE_SERVERS' : 'servers';
try {
    foreach (array_slice($argv, 1) as $arg) {
        if ($arg === '--once') {
            $once = true;
        } elseif ($arg === '--jobs') {
            $jobs_too = true;
        } elseif (str_starts_with($arg, '--interval=')) {
            if (!preg_match('/^\d{1,6}(\.\d+)?$/', substr($arg, 11)) || (float) substr($arg, 11) < 0.1) {
                throw new InvalidArgumentException('--interval: not a number of seconds, 0.1 or more: "' . substr($arg, 11) . '"');
            }
            $interval = (float) substr($arg, 11);
        } elseif (str_starts_with($arg, '--timeout=')) {
            $timeout = example_positive_int(substr($arg, 10), '--timeout');
        } elseif ($arg === '-h' || $arg === '--help') {
            echo USAGE;
            exit(0);
        } elseif (str_starts_with($arg, '--servers=')) {
            [$list, $source] = [substr($arg, 10), '--servers'];
        } elseif ($arg !== '' && $arg[0] !== '-') {
            [$list, $source] = [$arg, 'servers'];
        } else {
            throw new InvalidArgumentException("unknown argument \"$arg\"");
        }
    }
    $servers = example_parse_servers($list, $source);
} catch (InvalidArgumentException $e) {
    example_usage_error($e->getMessage(), USAGE);
}

/** @return array<string, GearmanAdmin> "host:port" => its admin connection */
function admins(array $servers, int $timeout): array
{
    $admins = [];
    foreach ($servers as [$label, $host, $port]) {
        $admins[$label] = new GearmanAdmin($host, $port, $timeout);
    }
    return $admins;
}

/*
 * One look at a server: its functions, and for the rates the highest job
 * handle number and the number of jobs it holds.
 */
function look(GearmanAdmin $admin, bool $rates): array
{
    try {
        $look = ['status' => $admin->status(), 'version' => $admin->serverVersion(), 'time' => microtime(true)];
        if ($rates) {
            $jobs = $admin->jobs();
            $look['jobs'] = count($jobs);
            $look['last'] = 0;
            foreach ($jobs as $job) {
                if (preg_match('/:(\d+)$/', $job['handle'], $m)) {
                    $look['last'] = max($look['last'], (int) $m[1]);
                }
            }
        }
        return $look;
    } catch (GearmanException $e) {
        return ['error' => $e->getMessage()];
    }
}

/* Columns a name takes on a terminal: UTF-8 characters, two for East Asian
 * wide ones; bytes when the name is not UTF-8. */
function display_width(string $text): int
{
    if (!preg_match_all('/./su', $text, $chars)) {
        return preg_match('//u', $text) ? 0 : strlen($text);
    }
    $width = 0;
    foreach ($chars[0] as $char) {
        $width += preg_match('/[\x{1100}-\x{115F}\x{2E80}-\x{A4CF}\x{AC00}-\x{D7A3}\x{F900}-\x{FAFF}'
            . '\x{FE30}-\x{FE4F}\x{FF00}-\x{FF60}\x{FFE0}-\x{FFE6}\x{1F300}-\x{1F64F}\x{1F900}-\x{1F9FF}'
            . '\x{20000}-\x{3FFFD}]/u', $char) ? 2 : 1;
    }
    return $width;
}

/* A name padded or cut ("...") to exactly $width columns; control
 * characters, which would upset the terminal, shown as "?". */
function fit_column(string $name, int $width): string
{
    $name = preg_replace('/[\x00-\x1f\x7f]/', '?', $name);
    if (!preg_match('//u', $name)) {
        $name = strlen($name) > $width ? substr($name, 0, $width - 3) . '...' : $name;
        return str_pad($name, $width);
    }
    if (display_width($name) > $width) {
        $cut = '';
        foreach (preg_split('//u', $name, -1, PREG_SPLIT_NO_EMPTY) as $char) {
            if (display_width($cut . $char) > $width - 3) {
                break;
            }
            $cut .= $char;
        }
        $name = $cut . '...';
    }
    return $name . str_repeat(' ', $width - display_width($name));
}

function rate(?float $value): string
{
    if ($value === null) {
        return '-';
    }
    return abs($value) >= 100 ? sprintf('%+.0f', $value) : sprintf('%+.1f', $value);
}

/* Prints the table; $before is the previous look at each server, if any. */
function render(array &$looks, array $before, bool $live): void
{
    $lines = [];
    $functions = [];
    foreach ($looks as $server => $look) {
        if (isset($look['error'])) {
            $lines[] = sprintf('%-24s DOWN  %s', $server, $look['error']);
            continue;
        }
        $prev = $before[$server] ?? null;
        if ($prev && !isset($prev['error']) && isset($look['last'], $prev['last']) && $look['jobs'] === 0) {
            /* No handle to read: carry the last one seen, so jobs that came
             * and went meanwhile are counted once new ones show. */
            $look['last'] = $looks[$server]['last'] = $prev['last'];
        }
        $summary = sprintf('%-24s up    gearmand %s, %d functions', $server, $look['version'], count($look['status']));
        if ($prev && !isset($prev['error']) && isset($look['last'], $prev['last'])) {
            $seconds = max($look['time'] - $prev['time'], 0.001);
            /* A restarted server numbers its handles from 1 again. */
            $in = $look['last'] >= $prev['last'] ? $look['last'] - $prev['last'] : $look['last'];
            $out = max(0, $prev['jobs'] + $in - $look['jobs']);
            $summary .= sprintf(', in %.1f/s, finished %.1f/s', $in / $seconds, $out / $seconds);
        }
        $lines[] = $summary;
        foreach ($look['status'] as $name => $row) {
            $name = (string) $name;
            $function = &$functions[$name];
            $function ??= ['queued' => 0, 'running' => 0, 'workers' => 0, 'change' => null];
            $function['queued'] += $row['queued'];
            $function['running'] += $row['running'];
            $function['workers'] += $row['workers'];
            if ($prev && !isset($prev['error'])) {
                $seconds = max($look['time'] - $prev['time'], 0.001);
                $change = ($row['total'] - ($prev['status'][$name]['total'] ?? 0)) / $seconds;
                $function['change'] = ($function['change'] ?? 0) + $change;
            }
            unset($function);
        }
    }
    uksort($functions, function ($a, $b) use ($functions) {
        return [$functions[$b]['queued'], $functions[$b]['running'], $a] <=> [$functions[$a]['queued'], $functions[$a]['running'], $b];
    });

    $width = max(8, ...array_map('display_width', array_keys($functions) ?: ['']));
    $width = min($width, 60);
    $out = $live ? "\033[H\033[2J" : '';
    $out .= 'gearman_top  ' . date('Y-m-d H:i:s') . ($live ? '  (Ctrl-C to quit)' : '') . "\n";
    $out .= implode("\n", $lines) . "\n\n";
    $out .= sprintf("%-{$width}s %9s %9s %9s %10s\n", 'FUNCTION', 'QUEUED', 'RUNNING', 'WORKERS', 'CHANGE/S');
    foreach ($functions as $name => $row) {
        $out .= sprintf("%s %9d %9d %9d %10s\n", fit_column((string) $name, $width), $row['queued'], $row['running'], $row['workers'],
            rate($row['change']));
    }
    if (!$functions) {
        $out .= "(no functions)\n";
    }
    echo $out;
}

$admins = admins($servers, $timeout);
$before = [];
while (true) {
    $looks = [];
    foreach ($admins as $server => $admin) {
        $looks[$server] = look($admin, $jobs_too && !$once);
    }
    render($looks, $before, !$once);
    if ($once) {
        $down = array_filter($looks, fn ($look) => isset($look['error']));
        exit($down ? 1 : 0);
    }
    $before = $looks;
    usleep((int) ($interval * 1e6));
}
