<?php
/*
 * gearmand figures for Prometheus, in its text exposition format: queued
 * and running jobs and workers per function, waiting jobs per priority,
 * connections, and whether each server answered.
 *
 *   php gearman_exporter.php [--timeout=MS] [host:port,...]        # once, on stdout
 *   php gearman_exporter.php --listen=127.0.0.1:9101 [host:port,...]
 *   GEARMAN_SERVERS=host:port,... php -S 127.0.0.1:9101 gearman_exporter.php
 *
 * The servers default to GEARMAN_SERVERS, else 127.0.0.1:4730. --listen
 * serves the figures at any path of that address with PHP's built-in web
 * server (the third line, which it runs): one scrape asks every server
 * afresh. The built-in server is meant for a loopback address behind
 * Prometheus on the same host, not for the open network.
 *
 * A server that does not answer within the timeout (2000 ms by default)
 * gets gearman_up 0 and no other series; the others are still reported.
 */

const USAGE = "usage: php gearman_exporter.php [--timeout=MS] [--listen=HOST:PORT] [host:port,...]\n";

/** @return list<array{0: string, 1: string, 2: int}> label, host, port */
function gearman_exporter_servers(string $list): array
{
    $servers = [];
    foreach (explode(',', $list) as $entry) {
        $entry = trim($entry);
        if (!preg_match('/^(\[[^\]]+\]|[^:\[\]]+)(?::(\d+))?$/', $entry, $m)) {
            throw new InvalidArgumentException("not a host[:port]: \"$entry\"");
        }
        $port = isset($m[2]) ? (int) $m[2] : 4730;
        $servers[] = ["{$m[1]}:$port", trim($m[1], '[]'), $port];
    }
    return $servers;
}

/* A label value as the exposition format wants it. */
function gearman_exporter_label(string $value): string
{
    return str_replace(['\\', '"', "\n"], ['\\\\', '\\"', '\\n'], $value);
}

function gearman_exporter_collect(array $servers, int $timeout): string
{
    $help = [
        'gearman_up' => ['gauge', 'Whether the server answered the admin commands (1) or not (0).'],
        'gearman_scrape_duration_seconds' => ['gauge', 'Time taken to ask the server.'],
        'gearman_server_info' => ['gauge', 'The server\'s version, as a label.'],
        'gearman_queue_jobs' => ['gauge', 'Jobs of a function: queued (waiting) or running.'],
        'gearman_queue_priority_jobs' => ['gauge', 'Waiting jobs of a function by priority.'],
        'gearman_function_workers' => ['gauge', 'Workers that registered a function.'],
        'gearman_connections' => ['gauge', 'Open connections: workers, clients and admin connections.'],
        'gearman_worker_connections' => ['gauge', 'Connections that registered at least one function.'],
        'gearman_jobs' => ['gauge', 'Jobs the server holds, and of those the cancelled ones.'],
    ];
    $series = array_fill_keys(array_keys($help), []);
    foreach ($servers as [$label, $host, $port]) {
        $server = 'server="' . gearman_exporter_label($label) . '"';
        $start = microtime(true);
        try {
            $admin = new GearmanAdmin($host, $port, $timeout);
            $status = $admin->status();
            $priorities = $admin->priorityStatus();
            $workers = $admin->workers();
            $jobs = $admin->jobs();
            $version = $admin->serverVersion();
            $admin->close();
        } catch (GearmanException $e) {
            $series['gearman_up'][] = "gearman_up{{$server}} 0";
            $series['gearman_scrape_duration_seconds'][] = sprintf('gearman_scrape_duration_seconds{%s} %.6f', $server, microtime(true) - $start);
            continue;
        }
        $series['gearman_up'][] = "gearman_up{{$server}} 1";
        $series['gearman_scrape_duration_seconds'][] = sprintf('gearman_scrape_duration_seconds{%s} %.6f', $server, microtime(true) - $start);
        $series['gearman_server_info'][] = "gearman_server_info{{$server},version=\"" . gearman_exporter_label($version) . '"} 1';
        ksort($status, SORT_STRING);
        foreach ($status as $name => $row) {
            $function = $server . ',function="' . gearman_exporter_label((string) $name) . '"';
            $series['gearman_queue_jobs'][] = "gearman_queue_jobs{{$function},state=\"queued\"} {$row['queued']}";
            $series['gearman_queue_jobs'][] = "gearman_queue_jobs{{$function},state=\"running\"} {$row['running']}";
            $series['gearman_function_workers'][] = "gearman_function_workers{{$function}} {$row['workers']}";
            foreach (['high', 'normal', 'low'] as $priority) {
                $waiting = $priorities[$name][$priority] ?? 0;
                $series['gearman_queue_priority_jobs'][] = "gearman_queue_priority_jobs{{$function},priority=\"$priority\"} $waiting";
            }
        }
        /* The exporter's own connection is one of them. */
        $series['gearman_connections'][] = "gearman_connections{{$server}} " . count($workers);
        $series['gearman_worker_connections'][] = "gearman_worker_connections{{$server}} "
            . count(array_filter($workers, fn ($row) => $row['functions'] !== []));
        $cancelled = count(array_filter($jobs, fn ($row) => $row['cancelled']));
        $series['gearman_jobs'][] = "gearman_jobs{{$server},state=\"all\"} " . count($jobs);
        $series['gearman_jobs'][] = "gearman_jobs{{$server},state=\"cancelled\"} $cancelled";
    }
    $out = '';
    foreach ($help as $name => [$type, $text]) {
        if ($series[$name]) {
            $out .= "# HELP $name $text\n# TYPE $name $type\n" . implode("\n", $series[$name]) . "\n";
        }
    }
    return $out;
}

function gearman_exporter_timeout(): int
{
    $timeout = getenv('GEARMAN_TIMEOUT');
    return $timeout !== false && ctype_digit($timeout) && (int) $timeout > 0 ? (int) $timeout : 2000;
}

if (PHP_SAPI === 'cli-server') {
    try {
        $body = gearman_exporter_collect(gearman_exporter_servers(getenv('GEARMAN_SERVERS') ?: '127.0.0.1:4730'), gearman_exporter_timeout());
    } catch (InvalidArgumentException $e) {
        http_response_code(500);
        header('Content-Type: text/plain');
        echo "GEARMAN_SERVERS: ", $e->getMessage(), "\n";
        return;
    }
    header('Content-Type: text/plain; version=0.0.4; charset=utf-8');
    echo $body;
    return;
}

$list = getenv('GEARMAN_SERVERS') ?: '127.0.0.1:4730';
$timeout = gearman_exporter_timeout();
$listen = null;
foreach (array_slice($argv, 1) as $arg) {
    if (preg_match('/^--timeout=(\d+)$/', $arg, $m) && (int) $m[1] > 0) {
        $timeout = (int) $m[1];
    } elseif (preg_match('/^--listen=(\S+:\d+)$/', $arg, $m)) {
        $listen = $m[1];
    } elseif ($arg === '-h' || $arg === '--help') {
        echo USAGE;
        exit(0);
    } elseif ($arg !== '' && $arg[0] !== '-') {
        $list = $arg;
    } else {
        fwrite(STDERR, "gearman_exporter: unknown argument $arg\n" . USAGE);
        exit(2);
    }
}
try {
    $servers = gearman_exporter_servers($list);
} catch (InvalidArgumentException $e) {
    fwrite(STDERR, 'gearman_exporter: ' . $e->getMessage() . "\n");
    exit(2);
}

if ($listen === null) {
    echo gearman_exporter_collect($servers, $timeout);
    exit(0);
}

/* The built-in web server runs this file again for each scrape; the
 * settings go by environment, and the gearman extension by -d when a plain
 * `php` does not load it (this process got it by -d itself). */
$command = [PHP_BINARY];
$plain = shell_exec(escapeshellarg(PHP_BINARY) . ' -r ' . escapeshellarg('echo (int) extension_loaded("gearman");'));
$maps = @file_get_contents('/proc/self/maps');
if (trim((string) $plain) !== '1' && $maps !== false && preg_match('#\s(/\S*/gearman\.so)$#m', $maps, $m)) {
    $command = [PHP_BINARY, '-d', 'extension=' . $m[1]];
}
$command = array_merge($command, ['-S', $listen, __FILE__]);
$env = getenv();
$env['GEARMAN_SERVERS'] = $list;
$env['GEARMAN_TIMEOUT'] = (string) $timeout;
$proc = proc_open($command, [0 => STDIN, 1 => STDOUT, 2 => STDERR], $pipes, null, $env);
if ($proc === false) {
    fwrite(STDERR, "gearman_exporter: cannot start PHP's built-in web server\n");
    exit(1);
}
exit(proc_close($proc));
