--TEST--
gearmand killed while runTasks() waits for three tasks: runTasks() returns false promptly with a warning, and the same client runs new tasks once gearmand is back
--DESCRIPTION--
Three tasks for a function no worker serves are submitted and runTasks()
waits for them (client timeout 60 s); gearmand is killed 0.5 s in. runTasks()
must return false with GEARMAN_LOST_CONNECTION at once, with no callback
claiming a completion. A task added while no server runs fails fast too and
stays queued in the client.

After a restart on the same port, runTasks() on the same client must run the
queued and the new tasks and return true, without waiting for the three
tasks that died with the old gearmand (they are gone from the server: waiting
for them means waiting for the timeout, or for ever without one).
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
$completed = [];
$client->setCompleteCallback(function (GearmanTask $task) use (&$completed) {
    $completed[] = $task->data();
});
foreach (['a', 'b', 'c'] as $workload) {
    $client->addTask($fn, $workload);
}

fault_gearmand_kill_after($server, 0.5);
$start = microtime(true);
$ok = $client->runTasks();
fault_prompt(microtime(true) - $start, 2.5);
var_dump($ok, $client->returnCode(), $completed);
var_dump(fault_gearmand_wait_gone($server));

$client->addTask($fn, 'queued');
$start = microtime(true);
var_dump(@$client->runTasks(), $client->returnCode());
fault_prompt(microtime(true) - $start, 2.5);

fault_gearmand_restart($server);
$child = gearman_test_start_worker('
    $worker = new GearmanWorker();
    $worker->addServer("127.0.0.1", $args["port"]);
    $worker->setTimeout(5000);
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return strtoupper($job->workload()); });
    gearman_test_ready();
    for ($i = 0; $i < 8 && $worker->work(); $i++) {
    }
', ['fn' => $fn, 'port' => $server->port]);
$client->addTask($fn, 'x');
$client->addTask($fn, 'y');
$start = microtime(true);
var_dump($client->runTasks(), $client->returnCode());
fault_prompt(microtime(true) - $start, 2.5);
$completed = array_values(array_intersect($completed, ['QUEUED', 'X', 'Y']));
sort($completed);
echo implode(',', $completed), "\n";
gearman_test_stop_worker($child);
?>
--EXPECTF--
Warning: GearmanClient::runTasks(): %s(GEARMAN_LOST_CONNECTION) %s in %s on line %d
prompt: yes
bool(false)
int(14)
array(0) {
}
bool(true)
bool(false)
int(26)
prompt: yes
bool(true)
int(0)
prompt: yes
QUEUED,X,Y
