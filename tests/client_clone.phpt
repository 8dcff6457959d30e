--TEST--
clone of a GearmanClient gives an independent client that keeps servers and settings and works
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, whose cloned GearmanClient reads
garbage and crashes at shutdown. The clone copies timeout and options
(libgearman clones a client with its servers; the context may be copied or
start empty), runs a job on its own,
and changing the clone leaves the original alone; both keep working.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return strrev($job->workload()); });
    gearman_test_ready();
    gearman_test_work($worker, 3);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(2500);
$client->setContext('orig-ctx');
$clone = clone $client;
var_dump($clone instanceof GearmanClient, $clone !== $client);
var_dump($clone->timeout(), $clone->options(), $clone->returnCode());
var_dump(in_array($clone->context(), ['orig-ctx', ''], true));
var_dump($clone->doNormal($fn, 'clone'));
$clone->setTimeout(1234);
$clone->setContext('changed');
$clone->addOptions(GEARMAN_CLIENT_GENERATE_UNIQUE);
var_dump($client->timeout(), $client->context(), $client->options());
var_dump($client->doNormal($fn, 'original'));
$clone->setCompleteCallback(function (GearmanTask $task) { echo "clone complete: ", $task->data(), "\n"; });
$clone->addTask($fn, 'task');
var_dump($clone->runTasks());
unset($client);
var_dump($clone->timeout(), $clone->options());
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
bool(true)
int(2500)
int(32)
int(0)
bool(true)
string(5) "enolc"
int(2500)
string(8) "orig-ctx"
int(32)
string(8) "lanigiro"
clone complete: ksat
bool(true)
int(1234)
int(96)
worker: ok
