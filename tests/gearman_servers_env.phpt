--TEST--
libgearman reads GEARMAN_SERVERS itself: a worker that also adds the same server registers twice (why the examples read GEARMAN_EXAMPLE_SERVERS)
--DESCRIPTION--
libgearman's gearman_worker_create() and gearman_client_create() add the
servers of GEARMAN_SERVERS on their own, so `new GearmanWorker()` starts
with them, and an addServer() of the same server is a second connection.
README's Caveats warn about it; this pins it down. A child worker, with and
without the variable, adds the test server, registers one function and
runs work() until its timeout (by then gearmand has every CAN_DO it sent);
the parent then counts the connections that registered the function.
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

function registrations(?string $servers): int
{
    $fn = gearman_test_function_name('env');
    $code = '$w = new GearmanWorker();'
        . '$w->addServer(' . var_export(gearman_test_host(), true) . ', ' . gearman_test_port() . ');'
        . '$w->addFunction(' . var_export($fn, true) . ', fn () => "");'
        . '$w->setTimeout(300); @$w->work(); echo "done\n"; fgets(STDIN);';
    $env = getenv();
    unset($env['GEARMAN_SERVERS']);
    if ($servers !== null) {
        $env['GEARMAN_SERVERS'] = $servers;
    }
    $proc = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . gearman_test_extension_path(), '-r', $code],
        [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes, null, $env);
    stream_set_timeout($pipes[1], 20);
    $ready = trim((string) fgets($pipes[1]));
    $count = 0;
    if ($ready === 'done') {
        $admin = new GearmanAdmin(gearman_test_host(), gearman_test_port(), 5000);
        $count = count(array_filter($admin->workers(), fn ($row) => in_array($fn, $row['functions'], true)));
    } else {
        echo "the child did not finish its work() call\n";
    }
    fclose($pipes[0]);
    fclose($pipes[1]);
    proc_close($proc);
    return $count;
}

echo "without GEARMAN_SERVERS: ", registrations(null), " connection\n";
echo "with GEARMAN_SERVERS, the same server: ", registrations(gearman_test_server()), " connections\n";
?>
--EXPECT--
without GEARMAN_SERVERS: 1 connection
with GEARMAN_SERVERS, the same server: 2 connections
