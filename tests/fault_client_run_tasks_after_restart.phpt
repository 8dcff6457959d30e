--TEST--
gearmand restarted between two runTasks(): the first call reports the lost connection, tasks no server accepted are sent again, accepted ones end with GEARMAN_LOST_CONNECTION
--DESCRIPTION--
A task is accepted by gearmand (job handle H:...:N) but never served; then
gearmand is killed and started again on the same port, so the client's
connection is dead without the client knowing. Two tasks added now are
written into the dead connection: runTasks() returns false with
GEARMAN_LOST_CONNECTION, as the reference does.

libgearman 1.1.20 keeps all three as they were and never sends them again:
the reference's next runTasks() fails with GEARMAN_NO_ACTIVE_FDS and the two
tasks never run (with tasks in flight it waits out the client timeout
instead), and a restarted gearmand reuses job handles, so an old task can
take a new job's results. Ours gives the client a fresh libgearman handle, submits the two
tasks again (no server had accepted them), and ends the accepted one with
GEARMAN_LOST_CONNECTION (its results went with its connection). The next
runTasks() runs the two, with their own objects and contexts, and returns
true at once.
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
$unserved = gearman_test_function_name();

$client = new GearmanClient();
$client->addServer('127.0.0.1', $server->port);
// The first runTasks() gives up waiting for the unserved job after 0.5 s.
$client->setTimeout(500);
$client->setCreatedCallback(function (GearmanTask $task, $context) {
    echo "created $context\n";
});
$client->setCompleteCallback(function (GearmanTask $task, $context) {
    echo "complete $context: ", $task->data(), "\n";
});
$accepted = $client->addTask($unserved, 'never served', 'accepted');
var_dump(@$client->runTasks(), $client->returnCode() === GEARMAN_TIMEOUT, $accepted->isKnown());
$client->setTimeout(3000);

fault_gearmand_kill($server);
var_dump(fault_gearmand_wait_gone($server));
fault_gearmand_restart($server);
$child = gearman_test_start_worker('
    $worker = new GearmanWorker();
    $worker->addServer("127.0.0.1", $args["port"]);
    $worker->setTimeout(5000);
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return strtoupper($job->workload()); });
    gearman_test_ready();
    for ($i = 0; $i < 2 && $worker->work(); $i++) {
    }
', ['fn' => $fn, 'port' => $server->port]);

$x = $client->addTask($fn, 'x', 'task x');
$y = $client->addTask($fn, 'y', 'task y');
$start = microtime(true);
var_dump($client->runTasks(), $client->returnCode());
fault_prompt(microtime(true) - $start, 2.5);
var_dump($accepted->returnCode() === GEARMAN_LOST_CONNECTION);

$start = microtime(true);
var_dump($client->runTasks(), $client->returnCode());
fault_prompt(microtime(true) - $start, 2.5);
var_dump($x->returnCode(), $y->returnCode(), $x->data(), $y->data());
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECTF--
created accepted
bool(false)
bool(true)
bool(true)
bool(true)

Warning: GearmanClient::runTasks(): %s(GEARMAN_LOST_CONNECTION) %s in %s on line %d
bool(false)
int(14)
prompt: yes
bool(true)
created task %s
created task %s
complete task %s: %s
complete task %s: %s
bool(true)
int(0)
prompt: yes
int(0)
int(0)
string(1) "X"
string(1) "Y"
worker: ok
