--TEST--
examples/gearman_top.php --once and examples/gearman_exporter.php (on stdout and served by PHP's built-in web server) show a function's queued, running and worker figures
--DESCRIPTION--
A function with three jobs, one of them running, and one worker (raw
connections, admin_raw.inc). gearman_top --once prints a table with the
function's row, and a DOWN line (exit code 1) for a server that is not
there. The exporter's output is checked line by line against the
Prometheus text format (HELP and TYPE comments, name{labels} value) and
for the function's series; served by `php -S`, a scrape gives the same
series with the text/plain content type of the format.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/admin_raw.inc';
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name('top');
$worker = admin_test_worker(null, [$fn]);
$client = admin_test_conn();
foreach ([1, 2, 3] as $i) {
    admin_test_submit($client, $fn, "$fn-$i");
}
admin_test_grab($worker);
$php = escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg(gearman_test_extension_path());
$examples = __DIR__ . '/../examples';
$dead = '127.0.0.1:' . gearman_test_closed_port();

echo "-- gearman_top --once\n";
exec("$php " . escapeshellarg("$examples/gearman_top.php") . ' --once ' . escapeshellarg(gearman_test_server() . ",$dead") . ' 2>&1', $out, $code);
var_dump($code);
foreach ($out as $line) {
    if (str_starts_with($line, $fn) || str_starts_with($line, 'FUNCTION') || str_contains($line, 'DOWN') || str_contains($line, ' up ')) {
        echo preg_replace(['/gearmand \S+,/', '/:\d+/', '/\d+ functions/', '/ +/'], ['gearmand VERSION,', ':PORT', 'N functions', ' '], str_replace($fn, 'FN', $line)), "\n";
    }
}

function check_exposition(string $text, string $fn): void
{
    $bad = 0;
    foreach (explode("\n", rtrim($text, "\n")) as $line) {
        if (!preg_match('/^(# (HELP|TYPE) gearman_\w+ .+|gearman_\w+\{(\w+="([^"\\\\\n]|\\\\.)*",?)*\} -?\d+(\.\d+)?)$/', $line)) {
            echo "bad line: $line\n";
            $bad++;
        }
    }
    echo "format: ", $bad ? "$bad bad lines" : 'ok', "\n";
    foreach (explode("\n", $text) as $line) {
        if (str_contains($line, "\"$fn\"")) {
            echo preg_replace('/server="[^"]*"/', 'server="S"', str_replace($fn, 'FN', $line)), "\n";
        }
    }
}

echo "-- gearman_exporter on stdout\n";
$text = shell_exec("$php " . escapeshellarg("$examples/gearman_exporter.php") . ' ' . escapeshellarg(gearman_test_server() . ",$dead"));
check_exposition($text, $fn);
echo preg_replace('/:\d+"/', ':PORT"', implode("\n", preg_grep('/^gearman_up/', explode("\n", $text)))), "\n";

echo "-- served\n";
$port = gearman_test_closed_port();
$env = getenv();
$env['GEARMAN_EXAMPLE_SERVERS'] = gearman_test_server();
$proc = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . gearman_test_extension_path(), '-q', '-S', "127.0.0.1:$port", "$examples/gearman_exporter.php"],
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes, null, $env);
register_shutdown_function(function () use ($proc) {
    proc_terminate($proc, 9);
    proc_close($proc);
});
$body = false;
for ($i = 0; $i < 100 && $body === false; $i++) {
    usleep(50000);
    $body = @file_get_contents("http://127.0.0.1:$port/metrics");
}
/* Looked up by name: where a header comes depends on the PHP (8.6's
 * built-in server sends one fewer before it). */
$headers = [];
foreach ($http_response_header ?? [] as $line) {
    if (preg_match('/^([^:]+):\s*(.*)$/', $line, $m)) {
        $headers[strtolower($m[1])] = $m[2];
    }
}
var_dump($headers['content-type'] ?? null);
check_exposition((string) $body, $fn);
?>
--EXPECT--
-- gearman_top --once
int(1)
127.0.0.1:PORT up gearmand VERSION, N functions
127.0.0.1:PORT DOWN GearmanAdmin: 127.0.0.1:PORT, "status": could not connect: Connection refused
FUNCTION QUEUED RUNNING WORKERS CHANGE/S
FN 2 1 1 -
-- gearman_exporter on stdout
format: ok
gearman_queue_jobs{server="S",function="FN",state="queued"} 2
gearman_queue_jobs{server="S",function="FN",state="running"} 1
gearman_queue_priority_jobs{server="S",function="FN",priority="high"} 0
gearman_queue_priority_jobs{server="S",function="FN",priority="normal"} 2
gearman_queue_priority_jobs{server="S",function="FN",priority="low"} 0
gearman_function_workers{server="S",function="FN"} 1
gearman_up{server="127.0.0.1:PORT"} 1
gearman_up{server="127.0.0.1:PORT"} 0
-- served
string(40) "text/plain; version=0.0.4; charset=utf-8"
format: ok
gearman_queue_jobs{server="S",function="FN",state="queued"} 2
gearman_queue_jobs{server="S",function="FN",state="running"} 1
gearman_queue_priority_jobs{server="S",function="FN",priority="high"} 0
gearman_queue_priority_jobs{server="S",function="FN",priority="normal"} 2
gearman_queue_priority_jobs{server="S",function="FN",priority="low"} 0
gearman_function_workers{server="S",function="FN"} 1
