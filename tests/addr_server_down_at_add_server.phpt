--TEST--
A server name whose first address refuses, with gearmand down when addServer() runs: every call fails at once (no hang, no lost request), and objects created once it is up reach it
--DESCRIPTION--
When no address of the name accepts at addServer() time, libgearman is
given the first one (::1 here), the one it would try first itself: calls
fail promptly with GEARMAN_COULD_NOT_CONNECT, with or without a timeout.
gearmand then comes up on 127.0.0.1 only: objects created after that probe
again and work at once. The objects created while it was down stay on
::1 and keep failing at once: a known limit (README, Reliability), chosen
over handing libgearman the name, with which the reference's worker comes
up with its CAN_DO lost and never gets a job, silently.
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
    $port = gearman_test_closed_port();
    $fn = gearman_test_function_name();
    $client = new GearmanClient();
    addr_prompt("client addServer", fn () => $client->addServer(ADDR_NAME_V6, $port));
    $early = new GearmanClient();
    addr_prompt("client addServer, no round trip", fn () => $early->addServer(ADDR_NAME_V6, $port, false));
    addr_prompt("doBackground", fn () => @$early->doBackground($fn, "x"));
    echo "returnCode: ", $early->returnCode() === GEARMAN_COULD_NOT_CONNECT ? "GEARMAN_COULD_NOT_CONNECT" : $early->returnCode(), "\n";
    $earlyWorker = new GearmanWorker();
    addr_prompt("worker addServer, no round trip", fn () => $earlyWorker->addServer(ADDR_NAME_V6, $port, false));
    $earlyWorker->addFunction($fn, function () {});
    addr_prompt("work", fn () => @$earlyWorker->work());
    echo "returnCode: ", $earlyWorker->returnCode() === GEARMAN_COULD_NOT_CONNECT ? "GEARMAN_COULD_NOT_CONNECT" : $earlyWorker->returnCode(), "\n";

    $server = fault_gearmand_start([], $port);
    echo "gearmand up on 127.0.0.1\n";
    $client = new GearmanClient();
    addr_prompt("new client addServer", fn () => $client->addServer(ADDR_NAME_V6, $port));
    addr_prompt("doBackground", fn () => $client->doBackground($fn, "x"));
    $worker = new GearmanWorker();
    addr_prompt("new worker addServer", fn () => $worker->addServer(ADDR_NAME_V6, $port));
    $worker->addFunction($fn, function (GearmanJob $job) { echo "  ran ", $job->workload(), "\n"; });
    addr_prompt("work", fn () => $worker->work());
    addr_prompt("early client doBackground", fn () => @$early->doBackground($fn, "x"));
    addr_prompt("early worker work", fn () => @$earlyWorker->work());
');
?>
--EXPECT--
client addServer: GearmanException: Failed to set exception option
client addServer, no round trip: true
doBackground: ''
returnCode: GEARMAN_COULD_NOT_CONNECT
worker addServer, no round trip: true
work: false
returnCode: GEARMAN_COULD_NOT_CONNECT
gearmand up on 127.0.0.1
new client addServer: true
doBackground: handle
new worker addServer: true
  ran x
work: true
early client doBackground: ''
early worker work: false
