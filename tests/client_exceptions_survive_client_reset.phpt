--TEST--
Exception forwarding survives the client reset after jobStatusByUniqueKey() and a clone
--DESCRIPTION--
jobStatusByUniqueKey() leaves a libgearman 1.1.20 client blocked, so ours
swaps it for a fresh copy; a clone has fresh connections too. Servers forward
WORK_EXCEPTION only to connections that asked for it, so both must ask again:
otherwise gearmand drops the exception and the client waits until its timeout.
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        $job->sendException("boom: " . $job->workload());
        return "";
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$client->setExceptionCallback(function (GearmanTask $task) {
    echo "exception: ", $task->data(), "\n";
});
var_dump($client->jobStatusByUniqueKey('no-such-key-' . $fn));
$client->addTask($fn, 'after-unique-status');
var_dump($client->runTasks(), $client->returnCode());

$copy = clone $client;
$copy->addTask($fn, 'in-clone');
var_dump($copy->runTasks(), $copy->returnCode());
gearman_test_end_worker($child);
?>
--EXPECT--
array(4) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
exception: boom: after-unique-status
bool(true)
int(0)
exception: boom: in-clone
bool(true)
int(0)
worker: ok
