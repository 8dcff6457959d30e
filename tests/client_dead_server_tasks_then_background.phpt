--TEST--
A client holding tasks it has not run, after status requests failed against a dead server: doHighBackground() fails at once, and the tasks run once the server is back
--DESCRIPTION--
libgearman 1.1.20 leaves a client's task counters off after a failed
jobStatusByUniqueKey() and jobStatus(); the next doHighBackground() then
spun for ever at full CPU inside libgearman (PECL 2.1.0 too; found by
hostile_calls_fuzz). The client used to be swapped for a fresh libgearman
handle only when it held no task of its own; now its tasks that no server
accepted move to the fresh handle with it. max_execution_time ends the
test if it spins again.
--INI--
max_execution_time=20
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
$server = fault_gearmand_start();
$fn = gearman_test_function_name();
fault_gearmand_stop($server);

$client = new GearmanClient();
$client->addServer('127.0.0.1', $server->port, false);
$client->setTimeout(500);
$task = $client->addTaskBackground($fn, 'pending');
var_dump(@$client->jobStatusByUniqueKey('u1')[0], $client->returnCode() === GEARMAN_COULD_NOT_CONNECT);
var_dump(@$client->jobStatus('H:nowhere:1')[0], $client->returnCode() === GEARMAN_COULD_NOT_CONNECT);
$start = microtime(true);
var_dump(@$client->doHighBackground($fn, 'x'), $client->returnCode() === GEARMAN_COULD_NOT_CONNECT);
fault_prompt(microtime(true) - $start, 2.0);

fault_gearmand_launch($server);
var_dump($client->runTasks(), $client->returnCode());
var_dump(str_starts_with($task->jobHandle(), 'H:'), $task->returnCode());
var_dump(str_starts_with($client->doHighBackground($fn, 'y'), 'H:'));
$status = (new GearmanAdmin('127.0.0.1', $server->port))->status();
var_dump($status[$fn]['queued']);
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(true)
string(0) ""
bool(true)
prompt: yes
bool(true)
int(0)
bool(true)
int(0)
bool(true)
int(2)
