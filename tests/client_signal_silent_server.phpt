--TEST--
A signal handler that throws ends each blocking client call waiting on a server that never answers (no timeout), with its exception
--DESCRIPTION--
doNormal() and its foreground siblings, jobStatus(), jobStatusByUniqueKey()
and runTasks() would wait for ever here: the handler, run during the wait,
ends each one. Then, with a timeout, a handler that does nothing (SIGALRM
after 1 s) runs during the wait, and the call goes on until the timeout.
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
$alarms = 0;
pcntl_signal(SIGALRM, function () use (&$alarms) { $alarms++; });

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
    try {
        $call($client);
        echo "$name: returned\n";
    } catch (RuntimeException $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
    if (in_array($name, ['doHigh', 'doLow'], true)) {
        continue; /* doNormal's path */
    }
    $client = new GearmanClient();
    $client->addServer('127.0.0.1', $port, false);
    $client->setTimeout(1500);
    $before = $alarms;
    pcntl_alarm(1);
    $start = microtime(true);
    @$call($client);
    printf("  no-op handler ran: %s, then the timeout: %s\n", var_export($alarms > $before, true),
        var_export($client->returnCode() === GEARMAN_TIMEOUT && microtime(true) - $start >= 1.4, true));
}
?>
--EXPECT--
doNormal: interrupted
  no-op handler ran: true, then the timeout: true
doHigh: interrupted
doLow: interrupted
jobStatus: interrupted
  no-op handler ran: true, then the timeout: true
jobStatusByUniqueKey: interrupted
  no-op handler ran: true, then the timeout: true
runTasks: interrupted
  no-op handler ran: true, then the timeout: true
