--TEST--
Crash class: an exception thrown in each client callback (created, data, warning, status, complete, exception, fail) during runTasks()
--DESCRIPTION--
PECL ignored an exception pending from a callback and went on calling into
PHP with it pending, a crash class of its own. The existing tests throw only
from the complete callback; here each callback throws in turn, with a second
task still in flight and a context object on the task. Asserted for each:
runTasks() throws that very exception, no other callback runs after the
throw, the task objects stay safe to call, the tasks left in flight finish under
the next runTasks() (true) and the same client then runs a doNormal() job. The workload callback cannot be made to fire through
addTask() (client_workload_callback.phpt): it is set to a throwing closure
throughout and must never throw. Deliberate difference from PECL 2.1.0, which
keeps running the tasks and shows the exception only after runTasks()
returns (see client_callback_exception_stops_run_tasks.phpt).
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
        switch ($job->workload()) {
        case "exception": $job->sendException("worker exception"); return "";
        case "fail": $job->sendFail(); return "";
        case "plain": return "plain";
        }
        /* Both tasks of a round are created before the first data packet,
         * even when the client is slow (valgrind). */
        usleep(300000);
        $job->sendData("some data");
        $job->sendWarning("a warning");
        $job->sendStatus(1, 2);
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 21);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(5000);
$client->setWorkloadCallback(function () {
    throw new LogicException('the workload callback fired');
});
$events = ['Created' => 'normal', 'Data' => 'normal', 'Warning' => 'normal', 'Status' => 'normal',
           'Complete' => 'normal', 'Exception' => 'exception', 'Fail' => 'fail'];
foreach ($events as $event => $workload) {
    $log = [];
    $thrown = null;
    foreach (array_keys($events) as $other) {
        $client->{"set{$other}Callback"}(function (GearmanTask $task, $context) use ($event, $other, &$log, &$thrown) {
            $log[] = strtolower($other);
            $context->calls++;
            if ($other === $event) {
                $thrown = new RuntimeException("thrown in $other");
                throw $thrown;
            }
        });
    }
    $context = new stdClass();
    $context->calls = 0;
    $tasks = [$client->addTask($fn, $workload, $context), $client->addTask($fn, $workload, $context)];
    try {
        $result = $client->runTasks();
        echo "$event: runTasks() returned ", var_export($result, true), "\n";
    } catch (RuntimeException $e) {
        echo "$event: ", $e->getMessage(), ", same object ", var_export($e === $thrown, true),
            ", calls before: ", implode(' ', $log), "\n";
    }
    foreach ($tasks as $task) {
        $task->functionName(); $task->unique(); $task->jobHandle(); $task->data(); $task->dataSize();
        $task->isKnown(); $task->isRunning(); $task->taskNumerator(); $task->taskDenominator(); $task->returnCode();
    }
    var_dump($context->calls === count($log));
    $client->clearCallbacks();
    /* The tasks left in flight finish under the next runTasks(). */
    $client->setCompleteCallback(function (GearmanTask $task) { echo "  later complete: ", $task->data(), "\n"; });
    var_dump($client->runTasks());
    var_dump($client->doNormal($fn, "plain"));
}
gearman_test_end_worker($child);
?>
--EXPECT--
Created: thrown in Created, same object true, calls before: created
bool(true)
  later complete: R:normal
  later complete: R:normal
bool(true)
string(5) "plain"
Data: thrown in Data, same object true, calls before: created created data
bool(true)
  later complete: R:normal
  later complete: R:normal
bool(true)
string(5) "plain"
Warning: thrown in Warning, same object true, calls before: created created data warning
bool(true)
  later complete: R:normal
  later complete: R:normal
bool(true)
string(5) "plain"
Status: thrown in Status, same object true, calls before: created created data warning status
bool(true)
  later complete: R:normal
  later complete: R:normal
bool(true)
string(5) "plain"
Complete: thrown in Complete, same object true, calls before: created created data warning status complete
bool(true)
  later complete: R:normal
bool(true)
string(5) "plain"
Exception: thrown in Exception, same object true, calls before: created created exception
bool(true)
bool(true)
string(5) "plain"
Fail: thrown in Fail, same object true, calls before: created created fail
bool(true)
bool(true)
string(5) "plain"
worker: ok
