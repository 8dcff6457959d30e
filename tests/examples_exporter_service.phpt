--TEST--
examples/gearman_exporter.php --listen behaves as a service: GET /metrics only (404, 405), no log line per scrape, SIGTERM frees the port, per-job series only with --jobs
--DESCRIPTION--
The exporter is started as a service manager would (its own process, no
shell), scraped, sent other paths and methods, then sent SIGTERM. It must
exit and leave nothing listening on its port: the test binds the port again
afterwards (before, its `php -S` child stayed there and a restart failed
with "address in use"). Its stderr holds the web server's start line and
nothing per request. On stdout, gearman_jobs (from "show jobs", which lists
every queued job) comes only with --jobs.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/worker.inc';
$exporter = realpath(__DIR__ . '/../examples/gearman_exporter.php');
$php = [PHP_BINARY, '-n', '-d', 'extension=' . gearman_test_extension_path()];
$port = gearman_test_closed_port();
$errFile = tempnam(sys_get_temp_dir(), 'gearman-exporter-');
$env = getenv();
unset($env['GEARMAN_SERVERS']);

$proc = proc_open(array_merge($php, [$exporter, "--listen=127.0.0.1:$port", gearman_test_server()]),
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', $errFile, 'w']], $pipes, null, $env);
$pid = proc_get_status($proc)['pid'];
register_shutdown_function(function () use ($proc, $errFile) {
    if (proc_get_status($proc)['running']) {
        proc_terminate($proc, 9);
    }
    proc_close($proc);
    @unlink($errFile);
});

/* Status line, Allow header and body of one request. */
function request(int $port, string $method, string $path): array
{
    $sock = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
    if ($sock === false) {
        return [null, null, ''];
    }
    stream_set_timeout($sock, 10);
    fwrite($sock, "$method $path HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    $reply = stream_get_contents($sock);
    fclose($sock);
    [$head, $body] = explode("\r\n\r\n", $reply, 2) + [1 => ''];
    $allow = preg_match('/^Allow: (.*)$/mi', $head, $m) ? trim($m[1]) : null;
    return [strtok($head, "\r\n"), $allow, $body];
}

for ($i = 0; $i < 200 && request($port, 'GET', '/metrics')[0] === null; $i++) {
    usleep(50000);
}
[$status, , $body] = request($port, 'GET', '/metrics');
echo "GET /metrics: $status\n";
var_dump(str_contains($body, 'gearman_up{server="' . gearman_test_server() . '"} 1'), str_contains($body, 'gearman_jobs'));
foreach ([['GET', '/'], ['GET', '/metrics/x'], ['GET', '/favicon.ico'], ['POST', '/metrics'], ['PUT', '/metrics'], ['DELETE', '/metrics']] as [$method, $path]) {
    [$status, $allow] = request($port, $method, $path);
    echo "$method $path: $status", $allow !== null ? " (Allow: $allow)" : '', "\n";
}
[$status] = request($port, 'GET', '/metrics?x=1');
echo "GET /metrics?x=1: $status\n";

echo "-- stderr\n";
foreach (file($errFile, FILE_IGNORE_NEW_LINES) as $line) {
    echo preg_replace(['/^\[[^\]]*\]/', '/PHP \S+ /', '/:\d+\)/'], ['[DATE]', 'PHP VERSION ', ':PORT)'], $line), "\n";
}

echo "-- SIGTERM\n";
gearman_test_signal_pid($pid, 15);
for ($i = 0; $i < 200 && proc_get_status($proc)['running']; $i++) {
    usleep(50000);
}
var_dump(proc_get_status($proc)['running']);
$again = @stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr);
echo "port free again: ", $again !== false ? 'yes' : "no ($errstr)", "\n";

echo "-- stdout, --jobs\n";
$plain = shell_exec(implode(' ', array_map('escapeshellarg', array_merge($php, [$exporter, gearman_test_server()]))));
$jobs = shell_exec(implode(' ', array_map('escapeshellarg', array_merge($php, [$exporter, '--jobs', gearman_test_server()]))));
var_dump(str_contains($plain, 'gearman_jobs'), (bool) preg_match('/^gearman_jobs\{server="[^"]+",state="all"\} \d+$/m', $jobs));
?>
--EXPECT--
GET /metrics: HTTP/1.0 200 OK
bool(true)
bool(false)
GET /: HTTP/1.0 404 Not Found
GET /metrics/x: HTTP/1.0 404 Not Found
GET /favicon.ico: HTTP/1.0 404 Not Found
POST /metrics: HTTP/1.0 405 Method Not Allowed (Allow: GET, HEAD)
PUT /metrics: HTTP/1.0 405 Method Not Allowed (Allow: GET, HEAD)
DELETE /metrics: HTTP/1.0 405 Method Not Allowed (Allow: GET, HEAD)
GET /metrics?x=1: HTTP/1.0 200 OK
-- stderr
[DATE] PHP VERSION Development Server (http://127.0.0.1:PORT) started
-- SIGTERM
bool(false)
port free again: yes
-- stdout, --jobs
bool(false)
bool(true)
