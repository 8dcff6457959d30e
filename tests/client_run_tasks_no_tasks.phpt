--TEST--
runTasks() with no task added returns true at once
--DESCRIPTION--
Nothing to run: runTasks() (and gearman_client_run_tasks()) return true with
returnCode() GEARMAN_SUCCESS, without needing a server.
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
var_dump($client->runTasks(), $client->returnCode());
var_dump(gearman_client_run_tasks($client));
$client->addServer('127.0.0.1', 1, false);
var_dump($client->runTasks(), $client->returnCode());
?>
--EXPECT--
bool(true)
int(0)
bool(true)
bool(true)
int(0)
