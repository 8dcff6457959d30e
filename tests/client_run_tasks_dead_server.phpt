--TEST--
runTasks() against a closed port warns GEARMAN_COULD_NOT_CONNECT and returns false at once
--DESCRIPTION--
addTask() still returns a GearmanTask (nothing is sent yet). runTasks() fails
on the connection: a warning with libgearman's message, false, returnCode()
GEARMAN_COULD_NOT_CONNECT (26), no callback fired. A second runTasks() does
the same, promptly, and gearman_client_run_tasks() too.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = new GearmanClient();
$client->addServer('127.0.0.1', gearman_test_closed_port(), false);
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
foreach (['Created', 'Complete', 'Fail', 'Data', 'Status'] as $event) {
    $client->{"set{$event}Callback"}(function () use ($event) { echo "$event callback\n"; });
}
echo get_class($client->addTask('f', 'w')), "\n";
$start = microtime(true);
var_dump($client->runTasks());
var_dump($client->returnCode());
var_dump($client->runTasks());
var_dump(gearman_client_run_tasks($client));
var_dump($client->returnCode());
var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
GearmanTask

Warning: GearmanClient::runTasks(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)
int(26)

Warning: GearmanClient::runTasks(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)

Warning: gearman_client_run_tasks(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)
int(26)
bool(true)
