--TEST--
runTasks() against a server that never answers returns at setTimeout() with GEARMAN_TIMEOUT
--DESCRIPTION--
A local socket accepts the connection but never replies to SUBMIT_JOB.
runTasks() must honour the client timeout (500 ms): a warning naming
GEARMAN_TIMEOUT, false, returnCode() GEARMAN_TIMEOUT (47), well before 2 s.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$name = stream_socket_get_name($server, false);
$port = (int) substr($name, strrpos($name, ':') + 1);
$client = new GearmanClient();
$client->addServer('127.0.0.1', $port, false);
$client->setTimeout(500);
$client->setCompleteCallback(function () { echo "complete?\n"; });
$client->addTask('f', 'w');
$start = microtime(true);
var_dump($client->runTasks());
$elapsed = microtime(true) - $start;
var_dump($client->returnCode() === GEARMAN_TIMEOUT);
var_dump($elapsed >= 0.4, $elapsed < 2.0);
?>
--EXPECTF--
Warning: GearmanClient::runTasks(): gearman_wait(GEARMAN_TIMEOUT) timeout reached%s in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
