--TEST--
With two live servers, blocking submissions after the exception round trip and after ping() answer from the right connection
--DESCRIPTION--
addServer() / addServers() ask every connection for exceptions, one after
the other, and ping() echoes on every connection: libgearman 1.1.20 leaves
the connections it waited on marked ready, and the next blocking call
(doBackground(), doNormal(), jobStatus()) can read such a stale connection
and wait on it while its answer sits on the other one. Whether the stale
mark bites depends on timing, so this test proves only the outcome after
each of those calls, with two live servers: every submission returns a job
handle and jobStatus() finds the job. A regression fails when the timing
exposes it (a wait past GEARMAN_TEST_HANG, or run-tests' own timeout), not
on every run; docs/reliability.md records how often PECL 2.1.0 hit it.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/fault_gearmand.inc';
$other = fault_gearmand_start();
$fn = gearman_test_function_name();
$servers = [gearman_test_server(), "127.0.0.1:{$other->port}"];

function submit(string $how, GearmanClient $client): void
{
    global $fn;
    $handles = [];
    for ($i = 0; $i < 4; $i++) {
        $start = microtime(true);
        $handle = $client->doBackground($fn, "$how $i");
        $handles[] = preg_match('/^H:.+:\d+$/', $handle) && microtime(true) - $start < GEARMAN_TEST_HANG ? 'ok' : var_export($handle, true);
    }
    [$known] = $client->jobStatus($client->doBackground($fn, "$how status"));
    echo "$how: ", implode(' ', $handles), ", jobStatus known: ", var_export($known, true), "\n";
}

$client = new GearmanClient();
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$client->addServer(gearman_test_host(), gearman_test_port());
$client->addServer('127.0.0.1', $other->port);
submit('two addServer() calls', $client);

$client = new GearmanClient();
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$client->addServers(implode(',', $servers));
submit('addServers()', $client);

$client = new GearmanClient();
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$client->addServers(implode(',', $servers), false);
$client->enableExceptionHandler();
submit('enableExceptionHandler()', $client);

$client = new GearmanClient();
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$client->addServers(implode(',', $servers), false);
var_dump($client->ping('hello'));
submit('ping()', $client);
?>
--EXPECT--
two addServer() calls: ok ok ok ok, jobStatus known: true
addServers(): ok ok ok ok, jobStatus known: true
enableExceptionHandler(): ok ok ok ok, jobStatus known: true
bool(true)
ping(): ok ok ok ok, jobStatus known: true
