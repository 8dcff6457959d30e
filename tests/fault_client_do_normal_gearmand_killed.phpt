--TEST--
gearmand killed while a client waits in doNormal(): the call returns promptly with a warning, and the same client works once gearmand is back
--DESCRIPTION--
No worker serves the function, so doNormal() waits; gearmand is killed with
SIGKILL 0.5 s into the wait (from a helper process) and doNormal() must
notice the closed connection, long before its own timeout (60 s). After
a restart on the same port the same GearmanClient reconnects by itself.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
require __DIR__ . '/worker.inc';
$server = fault_gearmand_start();
$fn = gearman_test_function_name();

$client = new GearmanClient();
$client->addServer('127.0.0.1', $server->port);
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);

fault_gearmand_kill_after($server, 0.5);
$start = microtime(true);
$result = $client->doNormal($fn, 'lost');
fault_prompt(microtime(true) - $start, 2.5);
var_dump($result, $client->returnCode() === GEARMAN_LOST_CONNECTION);
var_dump(fault_gearmand_wait_gone($server));

fault_gearmand_restart($server);
$child = gearman_test_start_worker('
    $worker = new GearmanWorker();
    $worker->addServer("127.0.0.1", $args["port"]);
    $worker->setTimeout(5000);
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return strrev($job->workload()); });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn, 'port' => $server->port]);
$start = microtime(true);
var_dump($client->doNormal($fn, 'back again'), $client->returnCode());
fault_prompt(microtime(true) - $start, 5);
gearman_test_end_worker($child);
?>
--EXPECTF--
Warning: GearmanClient::doNormal(): %s(GEARMAN_LOST_CONNECTION) lost connection to server (EOF) -> %s in %s on line %d
prompt: yes
string(0) ""
bool(true)
bool(true)
string(10) "niaga kcab"
int(0)
prompt: yes
worker: ok
