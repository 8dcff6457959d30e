--TEST--
A server name whose first address refuses, across a gearmand restart: calls made while gearmand is down fail at once, and after the restart the same client and worker reach it again at once
--DESCRIPTION--
A call that finds no server at all leaves libgearman 1.1.20 to resolve the
name again on the next call, which then tries the refusing first address,
falls back and loses its request: with the reference, the client's first
doBackground() after the restart times out, and the worker's CAN_DO is
lost, so it never gets the job. Here a client and a worker (in this
process, with the exception round trip, and long timeouts that must not be
spent) use a name that resolves to ::1 first while gearmand listens on
127.0.0.1: one job before, gearmand killed, calls while it is down, gearmand
started again on the same port, jobs after.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/addr.inc';
if (($why = addr_namespace_problem()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/addr.inc';
echo addr_run('
    $server = fault_gearmand_start();
    $fn = gearman_test_function_name();
    $client = new GearmanClient();
    $client->setTimeout(10000);
    $worker = new GearmanWorker();
    $worker->setTimeout(10000);
    addr_prompt("client addServer", fn () => $client->addServer(ADDR_NAME_V6, $server->port));
    addr_prompt("worker addServer", fn () => $worker->addServer(ADDR_NAME_V6, $server->port));
    $worker->addFunction($fn, function (GearmanJob $job) { echo "  ran ", $job->workload(), "\n"; });
    addr_prompt("doBackground", fn () => $client->doBackground($fn, "before"));
    addr_prompt("work", fn () => $worker->work());

    fault_gearmand_kill($server);
    for ($i = 0; $i < 2; $i++) {
        addr_prompt("doBackground while down", fn () => @$client->doBackground($fn, "lost"));
        addr_prompt("work while down", fn () => @$worker->work());
    }
    echo "client ", $client->returnCode() === GEARMAN_COULD_NOT_CONNECT ? "could not connect" : $client->returnCode(),
        ", worker ", $worker->returnCode() === GEARMAN_COULD_NOT_CONNECT ? "could not connect" : $worker->returnCode(), "\n";

    fault_gearmand_restart($server);
    addr_prompt("doBackground after restart", fn () => $client->doBackground($fn, "after"));
    addr_prompt("work after restart", fn () => $worker->work());
    addr_prompt("jobStatus after restart", fn () => $client->jobStatus($client->doBackground($fn, "again")));
    addr_prompt("work after restart", fn () => $worker->work());
');
?>
--EXPECT--
client addServer: true
worker addServer: true
doBackground: handle
  ran before
work: true
doBackground while down: ''
work while down: false
doBackground while down: ''
work while down: false
client could not connect, worker could not connect
doBackground after restart: handle
  ran after
work after restart: true
jobStatus after restart: array (
  0 => true,
  1 => false,
  2 => 0,
  3 => 0,
)
  ran again
work after restart: true
