--TEST--
An exception thrown by a worker function fails the job for the client, surfaces from work(), and the same worker runs the next job
--DESCRIPTION--
PECL segfaulted on this for years (an uncaught exception in a closure
worker inside while (true) { $w->work(); }). The worker asked for exceptions
(addServer()'s default), so the client is told WORK_EXCEPTION, carrying the
exception's message as PECL 2.2.1 does (worker_exception_message_to_client
shows the message and the addServer(..., false) case). Also covers
sendComplete() followed by a throw in the same function.
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
        case "throw": throw new RuntimeException("the message");
        case "complete then throw": $job->sendComplete("completed"); throw new LogicException("late");
        default: return "good " . $job->workload();
        }
    });
    gearman_test_ready();
    for ($i = 0; $i < 5; $i++) {
        try {
            $ok = $worker->work();
            gearman_test_report("work(): " . var_export($ok, true) . ", returnCode() " . $worker->returnCode());
        } catch (Exception $e) {
            gearman_test_report("work() threw " . get_class($e) . ": " . $e->getMessage() . ", returnCode() " . $worker->returnCode());
        }
    }
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setWarningCallback(function (GearmanTask $task) { echo "  warning: ", $task->data(), "\n"; });
foreach (['throw', 'next', 'complete then throw', 'throw', 'last'] as $workload) {
    $result = $client->doNormal($fn, $workload);
    echo "$workload: ", var_export($result, true), ", client returnCode() ", $client->returnCode(), "\n";
}
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
throw: '', client returnCode() 23
next: 'good next', client returnCode() 0
complete then throw: 'completed', client returnCode() 0
throw: '', client returnCode() 23
last: 'good last', client returnCode() 0
worker: ok
work() threw RuntimeException: the message, returnCode() 23
work(): true, returnCode() 0
work() threw LogicException: late, returnCode() 23
work() threw RuntimeException: the message, returnCode() 23
work(): true, returnCode() 0
