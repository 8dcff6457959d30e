--TEST--
A signal handler that throws ends each blocking client call waiting on a server that never answers (no timeout), with its exception
--DESCRIPTION--
doNormal() and its foreground siblings, jobStatus(), jobStatusByUniqueKey()
and runTasks() would wait for ever here: the handler, run during the wait,
ends each one. Each call is then made again with a handler that does
nothing, and still waits (the timeout ends it).
--EXTENSIONS--
gearman
pcntl
--FILE--
<?php
require __DIR__ . '/connect.inc';
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$name = stream_socket_get_name($server, false);
$port = (int) substr($name, strrpos($name, ':') + 1);

function signal_me_in(string $signal, float $seconds): void
{
    exec(sprintf('(sleep %.1f; kill -s %s %d) > /dev/null 2>&1 &', $seconds, $signal, getmypid()));
}

pcntl_async_signals(true);
pcntl_signal(SIGINT, function () { throw new RuntimeException('interrupted'); });
$usr1 = 0;
pcntl_signal(SIGUSR1, function () use (&$usr1) { $usr1++; });

$calls = [
    'doNormal' => fn (GearmanClient $c) => $c->doNormal('f', 'w'),
    'doHigh' => fn (GearmanClient $c) => $c->doHigh('f', 'w'),
    'doLow' => fn (GearmanClient $c) => $c->doLow('f', 'w'),
    'jobStatus' => fn (GearmanClient $c) => $c->jobStatus('H:silent:1'),
    'jobStatusByUniqueKey' => fn (GearmanClient $c) => $c->jobStatusByUniqueKey('u'),
    'runTasks' => function (GearmanClient $c) { $c->addTask('f', 'w'); return $c->runTasks(); },
];
foreach ($calls as $name => $call) {
    $client = new GearmanClient();
    $client->addServer('127.0.0.1', $port, false);
    signal_me_in('INT', 0.2);
    $start = microtime(true);
    try {
        $call($client);
        echo "$name: returned\n";
    } catch (RuntimeException $e) {
        printf("%s: %s, promptly: %s\n", $name, $e->getMessage(), var_export(microtime(true) - $start < 1.5, true));
    }

    $client = new GearmanClient();
    $client->addServer('127.0.0.1', $port, false);
    $client->setTimeout(700);
    $before = $usr1;
    signal_me_in('USR1', 0.2);
    $start = microtime(true);
    $result = @$call($client);
    printf("  no-op handler: %s after the timeout, handler ran: %s\n",
        var_export($client->returnCode() === GEARMAN_TIMEOUT && microtime(true) - $start >= 0.6, true),
        var_export($usr1 > $before, true));
}
?>
--EXPECT--
doNormal: interrupted, promptly: true
  no-op handler: true after the timeout, handler ran: true
doHigh: interrupted, promptly: true
  no-op handler: true after the timeout, handler ran: true
doLow: interrupted, promptly: true
  no-op handler: true after the timeout, handler ran: true
jobStatus: interrupted, promptly: true
  no-op handler: true after the timeout, handler ran: true
jobStatusByUniqueKey: interrupted, promptly: true
  no-op handler: true after the timeout, handler ran: true
runTasks: interrupted, promptly: true
  no-op handler: true after the timeout, handler ran: true
