--TEST--
clone of a GearmanTask is safe to use, before and after runTasks()
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, whose cloned GearmanTask reads garbage
(returnCode() of 1230127955). A clone taken before runTasks() answers like its
original (or false), the original still runs, and clones taken before and
after runTasks() are safe to call, returnCode() being a real gearman code.
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

$client = gearman_test_client();
$client->setTimeout(3000);
$client->setCompleteCallback(function (GearmanTask $task) { echo "complete: ", $task->data(), "\n"; });
$task = $client->addTask($fn, 'x', null, 'uk-' . $fn);
$copy = clone $task;
var_dump($copy instanceof GearmanTask, $copy !== $task);
$fnName = $copy->functionName();
var_dump($fnName === false || $fnName === $fn);
$unique = $copy->unique();
var_dump($unique === false || $unique === 'uk-' . $fn);
$rc = $copy->returnCode();
var_dump($rc >= 0 && $rc < 100);
var_dump($client->runTasks());
$after = clone $task;
foreach ([$copy, $after] as $t) {
    $rc = $t->returnCode();
    $data = $t->data();
    var_dump($rc >= 0 && $rc < 100, $data === false || is_string($data));
}
unset($client, $task);
var_dump(is_bool($copy->isKnown()));
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
complete: R:x
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
worker: ok
