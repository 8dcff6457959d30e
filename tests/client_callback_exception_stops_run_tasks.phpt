--TEST--
An exception thrown in a callback stops runTasks() at once and surfaces from it unchanged
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, which ignores the pending exception and
keeps running tasks: here a second task waits for a function no worker
serves, so PECL's runTasks() only returns at the client timeout (1.5 s, with a
GEARMAN_TIMEOUT warning) before the exception shows. Ours stops runTasks()
right after the throwing complete callback, without a warning, and the very
exception object thrown is what runTasks() throws.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/client_task.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return "R:" . $job->workload(); });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$calls = 0;
$thrown = null;
$client->setCompleteCallback(function (GearmanTask $task) use (&$calls, &$thrown) {
    $calls++;
    $thrown = new RuntimeException('thrown from complete ' . $task->data());
    throw $thrown;
});
$client->addTask(gearman_test_function_name('nobody'), 'never served');
$client->addTask($fn, 'a');
$start = microtime(true);
try {
    var_dump($client->runTasks());
    echo "no exception\n";
} catch (RuntimeException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    var_dump($e === $thrown);
}
var_dump($calls);
var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
gearman_test_end_worker($child);
?>
--EXPECT--
RuntimeException: thrown from complete R:a
bool(true)
int(1)
bool(true)
worker: ok
