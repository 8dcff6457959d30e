--TEST--
Background jobs in a gearmand with a libsqlite3 persistent queue survive a kill and restart and are processed exactly once by a PHP worker
--DESCRIPTION--
20 background jobs with distinct workloads are submitted to a gearmand
started with -q libsqlite3; no worker runs. gearmand is killed with SIGKILL
(no chance to save anything at shutdown) and started again on the same port
with the same database. One PHP worker then drains the queue: it must see
each of the 20 workloads exactly once. A second restart after that must find
the queue empty (completed jobs were removed, nothing is run twice).
--SKIPIF--
<?php
require __DIR__ . '/fault_gearmand.inc';
if (!fault_gearmand_has_option('--libsqlite3-db')) {
    die('skip gearmand was built without the libsqlite3 queue');
}
?>
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
$server = fault_gearmand_start(['-q', 'libsqlite3', '--libsqlite3-db={dir}/queue.db']);
$fn = gearman_test_function_name();

$client = new GearmanClient();
$client->addServer('127.0.0.1', $server->port);
$client->setTimeout(3000);
$expected = [];
for ($i = 0; $i < 20; $i++) {
    $workload = sprintf('job-%02d-%s', $i, bin2hex(random_bytes(4)));
    $expected[] = $workload;
    if ($client->doBackground($fn, $workload) === '') {
        echo "submission $i failed: ", $client->error(), "\n";
    }
}
unset($client);

fault_gearmand_kill($server);
var_dump(fault_port_accepts($server->port));
fault_gearmand_restart($server);

function drain(FaultGearmand $server, string $fn, int $want): array
{
    $seen = [];
    $worker = new GearmanWorker();
    $worker->addServer('127.0.0.1', $server->port);
    $worker->setTimeout(500);
    $worker->addFunction($fn, function (GearmanJob $job) use (&$seen) {
        $seen[] = $job->workload();
        return 'ok';
    });
    /* Until $want jobs ran, then until the queue stays quiet for one timeout. */
    $deadline = microtime(true) + 20;
    $quiet = 0;
    while (microtime(true) < $deadline && $quiet < 2) {
        if (@$worker->work()) {
            $quiet = 0;
        } elseif (count($seen) >= $want) {
            $quiet++;
        }
    }
    return $seen;
}

$seen = drain($server, $fn, 20);
echo 'processed: ', count($seen), ', distinct: ', count(array_unique($seen)), "\n";
sort($seen);
var_dump($seen === $expected);

fault_gearmand_restart($server);
echo 'after a second restart: ', count(drain($server, $fn, 0)), " jobs\n";
?>
--EXPECT--
bool(false)
processed: 20, distinct: 20
bool(true)
after a second restart: 0 jobs
