<?php
/*
 * gearmand figures for Prometheus, in its text exposition format: queued
 * and running jobs and workers per function, waiting jobs per priority,
 * connections, and whether each server answered.
 *
 *   php gearman_exporter.php [--timeout=MS] [--jobs] [--servers=]host:port,...   # once, on stdout
 *   php gearman_exporter.php --listen=127.0.0.1:9101 [--servers=]host:port,...   # a service
 *   GEARMAN_EXAMPLE_SERVERS=host:port,... php -q -S 127.0.0.1:9101 gearman_exporter.php
 *
 * The servers default to GEARMAN_EXAMPLE_SERVERS, else 127.0.0.1:4730 (not
 * GEARMAN_SERVERS, which libgearman reads itself). The figures come from
 * gearmand's "status", "prioritystatus", "workers" and "version", which
 * stay cheap however many jobs are queued; --jobs adds gearman_jobs from
 * "show jobs", which lists every queued job (about half a second at 50,000).
 *
 * --listen serves GET /metrics on that address with PHP's built-in web
 * server (the third line, which it execs: the server replaces this
 * process, so SIGTERM from systemd or Ctrl-C stops it and frees the port).
 * Other paths get 404, other methods 405; nothing is logged but problems
 * (a server that does not answer, on stderr). Each scrape asks every
 * server afresh. The built-in server is meant for a loopback address next
 * to Prometheus, not for the open network. examples/systemd/ has a unit.
 *
 * A server that does not answer within the timeout (2000 ms by default)
 * gets gearman_up 0 and no other series; the others are still reported.
 * A bad argument gets a message and exit code 2.
 */

require __DIR__ . '/example_args.php';

const USAGE = "usage: php gearman_exporter.php [--timeout=MS] [--jobs] [--listen=HOST:PORT] [[--servers=]host:port,...]\n";

/* A label value as the exposition format wants it. */
function gearman_exporter_label(string $value): string
{
    return str_replace(['\\', '"', "\n"], ['\\\\', '\\"', '\\n'], $value);
}

function gearman_exporter_collect(array $servers, int $timeout, bool $jobs_too): string
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
        'gearman_jobs' => ['gauge', 'Jobs the server holds, and of those the cancelled ones (--jobs).'],
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
            $jobs = $jobs_too ? $admin->jobs() : null;
            $version = $admin->serverVersion();
            $admin->close();
        } catch (GearmanException $e) {
            if (PHP_SAPI === 'cli-server') {
                gearman_exporter_log($e->getMessage());
            }
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
        if ($jobs !== null) {
            $cancelled = count(array_filter($jobs, fn ($row) => $row['cancelled']));
            $series['gearman_jobs'][] = "gearman_jobs{{$server},state=\"all\"} " . count($jobs);
            $series['gearman_jobs'][] = "gearman_jobs{{$server},state=\"cancelled\"} $cancelled";
        }
    }
    $out = '';
    foreach ($help as $name => [$type, $text]) {
        if ($series[$name]) {
            $out .= "# HELP $name $text\n# TYPE $name $type\n" . implode("\n", $series[$name]) . "\n";
        }
    }
    return $out;
}

/* A problem, on the web server's stderr (which -q leaves to us). */
function gearman_exporter_log(string $message): void
{
    file_put_contents('php://stderr', '[' . date('D M j H:i:s Y') . "] gearman_exporter: $message\n");
}

/* One scrape, served by PHP's built-in web server. */
function gearman_exporter_serve(): void
{
    $path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
    header('Content-Type: text/plain; charset=utf-8');
    if ($path !== '/metrics') {
        http_response_code(404);
        echo "gearman_exporter: not found; the figures are at /metrics\n";
        return;
    }
    if (!in_array($_SERVER['REQUEST_METHOD'] ?? 'GET', ['GET', 'HEAD'], true)) {
        http_response_code(405);
        header('Allow: GET, HEAD');
        echo "gearman_exporter: method not allowed; use GET\n";
        return;
    }
    try {
        $servers = example_parse_servers(getenv('GEARMAN_EXAMPLE_SERVERS') ?: '127.0.0.1:4730', 'GEARMAN_EXAMPLE_SERVERS');
        $timeout = example_positive_int(getenv('GEARMAN_EXAMPLE_TIMEOUT') ?: '2000', 'GEARMAN_EXAMPLE_TIMEOUT');
    } catch (InvalidArgumentException $e) {
        gearman_exporter_log($e->getMessage());
        http_response_code(500);
        echo 'gearman_exporter: ', $e->getMessage(), "\n";
        return;
    }
    $body = gearman_exporter_collect($servers, $timeout, getenv('GEARMAN_EXAMPLE_JOBS') === '1');
    header('Content-Type: text/plain; version=0.0.4; charset=utf-8');
    echo $body;
}

if (PHP_SAPI === 'cli-server') {
    gearman_exporter_serve();
    return;
}

$list = getenv('GEARMAN_EXAMPLE_SERVERS') ?: '127.0.0.1:4730';
$source = getenv('GEARMAN_EXAMPLE_SERVERS') ? 'GEARMAN_EXAMPLE_SERVERS' : 'servers';
$timeout = 2000;
$listen = null;
$jobs_too = false;
try {
    foreach (array_slice($argv, 1) as $arg) {
        if (str_starts_with($arg, '--timeout=')) {
            $timeout = example_positive_int(substr($arg, 10), '--timeout');
        } elseif (str_starts_with($arg, '--listen=')) {
            if (!preg_match('/^(\[[0-9A-Fa-f:.]+\]|[^:\[\]\s]+):([^:]*)$/', substr($arg, 9), $m)) {
                throw new InvalidArgumentException("--listen: not a host:port: \"" . substr($arg, 9) . '"');
            }
            $listen = $m[1] . ':' . example_port($m[2], '--listen');
        } elseif ($arg === '--jobs') {
            $jobs_too = true;
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

if ($listen === null) {
    echo gearman_exporter_collect($servers, $timeout, $jobs_too);
    exit(0);
}

/* The built-in web server runs this file again for each scrape; the
 * settings go by environment, and the gearman extension by -d when a plain
 * `php` does not load it (this process got it by -d itself). -q keeps the
 * server from logging every request. */
$args = [];
$plain = shell_exec(escapeshellarg(PHP_BINARY) . ' -r ' . escapeshellarg('echo (int) extension_loaded("gearman");'));
$maps = @file_get_contents('/proc/self/maps');
if (trim((string) $plain) !== '1' && $maps !== false && preg_match('#\s(/\S*/gearman\.so)$#m', $maps, $m)) {
    $args = ['-d', 'extension=' . $m[1]];
}
$args = array_merge($args, ['-q', '-S', $listen, __FILE__]);
$env = getenv();
unset($env['GEARMAN_SERVERS']);
$env['GEARMAN_EXAMPLE_SERVERS'] = $list;
$env['GEARMAN_EXAMPLE_TIMEOUT'] = (string) $timeout;
$env['GEARMAN_EXAMPLE_JOBS'] = $jobs_too ? '1' : '0';

/* exec: the web server takes this process's place, so the signals a
 * service manager or a terminal sends reach it, and nothing is left on
 * the port when it stops. */
if (function_exists('pcntl_exec')) {
    pcntl_exec(PHP_BINARY, $args, $env);
    fwrite(STDERR, "gearman_exporter: cannot run PHP's built-in web server: " . pcntl_strerror(pcntl_get_last_error()) . "\n");
    exit(1);
}
/* Without pcntl (a PHP built without it), the server can only be a child,
 * which a signal to this process would leave running. */
fwrite(STDERR, "gearman_exporter: no pcntl_exec(): signal the web server itself (pkill -P " . getmypid() . "), not this process\n");
$proc = proc_open(array_merge([PHP_BINARY], $args), [0 => STDIN, 1 => STDOUT, 2 => STDERR], $pipes, null, $env);
if ($proc === false) {
    fwrite(STDERR, "gearman_exporter: cannot start PHP's built-in web server\n");
    exit(1);
}
exit(proc_close($proc));
