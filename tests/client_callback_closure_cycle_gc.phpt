--TEST--
A complete callback capturing its own client is collected by gc_collect_cycles()
--DESCRIPTION--
$client->setCompleteCallback(function () use ($client) {...}) makes a cycle
client -> closure -> client. The client must expose its callbacks (and task
contexts) to the cycle collector: after unset() and gc_collect_cycles() a
WeakReference to the client is empty. Checked for a client that only set the
callback, and for one that also ran a task through it.
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return "R:" . $job->workload(); });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = new GearmanClient();
$client->setCompleteCallback(function (GearmanTask $task) use ($client) {
    return $client->returnCode();
});
$ref = WeakReference::create($client);
unset($client);
var_dump($ref->get() instanceof GearmanClient);
gc_collect_cycles();
var_dump($ref->get());

$client = gearman_test_client();
$client->setTimeout(3000);
$client->setCompleteCallback(function (GearmanTask $task) use ($client) {
    echo "complete: ", $task->data(), " rc=", $client->returnCode(), "\n";
});
$client->setDataCallback([$client, 'returnCode']);
$client->addTask($fn, 'x', $client);
var_dump($client->runTasks());
$ref = WeakReference::create($client);
unset($client);
gc_collect_cycles();
var_dump($ref->get());
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
NULL
complete: R:x rc=0
bool(true)
NULL
worker: ok
