--TEST--
Every example script answers a bad argument or setting with a message naming it and exit code 2, never an uncaught exception
--DESCRIPTION--
Ports outside 1-65535 (99999, 0, -1), a port that is not a number
("host:x", "host:"), unknown options and bad option values, given on the
command line or in the environment (GEARMAN_PORT, GEARMAN_EXAMPLE_SERVERS).
Nothing connects: each check runs before the first connection. A dead
server is not a bad argument: the workers and the client then say what
failed and exit 1, still without an uncaught exception.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/worker.inc';
$examples = realpath(__DIR__ . '/../examples');
$dead = gearman_test_closed_port();

function run(string $script, array $args, array $env = [], bool $dead = false): void
{
    global $examples;
    $all = getenv();
    unset($all['GEARMAN_SERVERS'], $all['GEARMAN_EXAMPLE_SERVERS'], $all['GEARMAN_HOST'], $all['GEARMAN_PORT']);
    $proc = proc_open(array_merge([PHP_BINARY, '-n', '-d', 'extension=' . gearman_test_extension_path(), "$examples/$script"], $args),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env + $all);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    $code = proc_close($proc);
    $first = strtok($err, "\n");
    $clean = !str_contains($out . $err, 'Uncaught') && !str_contains($out . $err, 'Fatal error');
    if ($dead) {
        printf("%s: rc %d, %s, names the failure: %s\n", $script, $code, $clean ? 'clean' : 'UNCAUGHT',
            var_export(str_contains($err, 'GEARMAN_COULD_NOT_CONNECT'), true));
        return;
    }
    $shown = implode(' ', array_merge(array_map(fn ($k, $v) => "$k=$v", array_keys($env), $env), [$script], $args));
    printf("%s: rc %d, %s, %s\n", $shown, $code, $clean ? 'clean' : 'UNCAUGHT', (string) $first);
}

foreach (['gearman_top.php', 'gearman_exporter.php'] as $script) {
    $once = $script === 'gearman_top.php' ? ['--once'] : [];
    run($script, [...$once, '127.0.0.1:99999']);
    run($script, [...$once, '127.0.0.1:0']);
    run($script, [...$once, 'host:x']);
    run($script, [...$once, '--servers=127.0.0.1:4730,host:']);
    run($script, [...$once, '[::1]:-1']);
    run($script, [...$once, '--timeout=0']);
    run($script, [...$once, '--frobnicate']);
    run($script, $once, ['GEARMAN_EXAMPLE_SERVERS' => '127.0.0.1:70000']);
}
run('gearman_top.php', ['--interval=soon']);
run('gearman_exporter.php', ['--listen=127.0.0.1:0']);
run('gearman_exporter.php', ['--listen=127.0.0.1']);
foreach (['reverse_worker.php', 'reverse_client_bg.php', 'graceful_worker.php'] as $script) {
    run($script, [], ['GEARMAN_PORT' => '99999']);
    run($script, [], ['GEARMAN_PORT' => '0']);
    run($script, [], ['GEARMAN_PORT' => 'x']);
}
echo "-- a dead server\n";
foreach (['reverse_worker.php', 'reverse_client_bg.php', 'graceful_worker.php'] as $script) {
    run($script, [], ['GEARMAN_PORT' => (string) $dead], true);
}
?>
--EXPECT--
gearman_top.php --once 127.0.0.1:99999: rc 2, clean, gearman_top: servers: "127.0.0.1:99999": not a port (1-65535): "99999"
gearman_top.php --once 127.0.0.1:0: rc 2, clean, gearman_top: servers: "127.0.0.1:0": not a port (1-65535): "0"
gearman_top.php --once host:x: rc 2, clean, gearman_top: servers: "host:x": not a port (1-65535): "x"
gearman_top.php --once --servers=127.0.0.1:4730,host:: rc 2, clean, gearman_top: --servers: "host:": not a port (1-65535): ""
gearman_top.php --once [::1]:-1: rc 2, clean, gearman_top: servers: "[::1]:-1": not a port (1-65535): "-1"
gearman_top.php --once --timeout=0: rc 2, clean, gearman_top: --timeout: not a positive whole number: "0"
gearman_top.php --once --frobnicate: rc 2, clean, gearman_top: unknown argument "--frobnicate"
GEARMAN_EXAMPLE_SERVERS=127.0.0.1:70000 gearman_top.php --once: rc 2, clean, gearman_top: GEARMAN_EXAMPLE_SERVERS: "127.0.0.1:70000": not a port (1-65535): "70000"
gearman_exporter.php 127.0.0.1:99999: rc 2, clean, gearman_exporter: servers: "127.0.0.1:99999": not a port (1-65535): "99999"
gearman_exporter.php 127.0.0.1:0: rc 2, clean, gearman_exporter: servers: "127.0.0.1:0": not a port (1-65535): "0"
gearman_exporter.php host:x: rc 2, clean, gearman_exporter: servers: "host:x": not a port (1-65535): "x"
gearman_exporter.php --servers=127.0.0.1:4730,host:: rc 2, clean, gearman_exporter: --servers: "host:": not a port (1-65535): ""
gearman_exporter.php [::1]:-1: rc 2, clean, gearman_exporter: servers: "[::1]:-1": not a port (1-65535): "-1"
gearman_exporter.php --timeout=0: rc 2, clean, gearman_exporter: --timeout: not a positive whole number: "0"
gearman_exporter.php --frobnicate: rc 2, clean, gearman_exporter: unknown argument "--frobnicate"
GEARMAN_EXAMPLE_SERVERS=127.0.0.1:70000 gearman_exporter.php: rc 2, clean, gearman_exporter: GEARMAN_EXAMPLE_SERVERS: "127.0.0.1:70000": not a port (1-65535): "70000"
gearman_top.php --interval=soon: rc 2, clean, gearman_top: --interval: not a number of seconds, 0.1 or more: "soon"
gearman_exporter.php --listen=127.0.0.1:0: rc 2, clean, gearman_exporter: --listen: not a port (1-65535): "0"
gearman_exporter.php --listen=127.0.0.1: rc 2, clean, gearman_exporter: --listen: not a host:port: "127.0.0.1"
GEARMAN_PORT=99999 reverse_worker.php: rc 2, clean, reverse_worker: GEARMAN_PORT: not a port (1-65535): "99999"
GEARMAN_PORT=0 reverse_worker.php: rc 2, clean, reverse_worker: GEARMAN_PORT: not a port (1-65535): "0"
GEARMAN_PORT=x reverse_worker.php: rc 2, clean, reverse_worker: GEARMAN_PORT: not a port (1-65535): "x"
GEARMAN_PORT=99999 reverse_client_bg.php: rc 2, clean, reverse_client_bg: GEARMAN_PORT: not a port (1-65535): "99999"
GEARMAN_PORT=0 reverse_client_bg.php: rc 2, clean, reverse_client_bg: GEARMAN_PORT: not a port (1-65535): "0"
GEARMAN_PORT=x reverse_client_bg.php: rc 2, clean, reverse_client_bg: GEARMAN_PORT: not a port (1-65535): "x"
GEARMAN_PORT=99999 graceful_worker.php: rc 2, clean, graceful_worker: GEARMAN_PORT: not a port (1-65535): "99999"
GEARMAN_PORT=0 graceful_worker.php: rc 2, clean, graceful_worker: GEARMAN_PORT: not a port (1-65535): "0"
GEARMAN_PORT=x graceful_worker.php: rc 2, clean, graceful_worker: GEARMAN_PORT: not a port (1-65535): "x"
-- a dead server
reverse_worker.php: rc 1, clean, names the failure: true
reverse_client_bg.php: rc 1, clean, names the failure: true
graceful_worker.php: rc 1, clean, names the failure: true
