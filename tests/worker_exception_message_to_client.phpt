--TEST--
A worker function's exception reaches the client with its own message: as WORK_EXCEPTION from a worker that asked for exceptions (PECL 2.2.1), as WORK_WARNING then WORK_FAIL from one that did not
--DESCRIPTION--
PECL 2.2.1 parity (issue 22; PECL's #21): PECL before 2.2.1 sent the fixed
text "Unable to add worker function". A worker made with addServer(...,
false) keeps WORK_WARNING + WORK_FAIL: gearmand 1.1.20 ends the job on
WORK_EXCEPTION but tells only clients that asked for exceptions, so a client
that did not (addServer(..., false), other languages' clients) would wait for
ever; this one gets the failure and the message as a warning.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$code = '
    $worker = new GearmanWorker();
    $worker->addServer(gearman_test_host(), gearman_test_port(), $args["exceptions"]);
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        throw new RuntimeException("the message of " . $job->workload());
    });
    gearman_test_ready();
    try {
        $worker->work();
    } catch (RuntimeException $e) {
        gearman_test_report("work() threw: " . $e->getMessage());
    }
';
foreach ([true, false] as $exceptions) {
    $fn = gearman_test_function_name();
    $child = gearman_test_start_worker($code, ['fn' => $fn, 'exceptions' => $exceptions]);
    $client = new GearmanClient();
    $client->addServer(gearman_test_host(), gearman_test_port(), $exceptions);
    $client->setTimeout(20000);
    foreach (['Exception', 'Warning', 'Fail', 'Complete'] as $kind) {
        $client->{"set{$kind}Callback"}(function (GearmanTask $task) use ($kind) {
            echo "  ", strtolower($kind), " callback: ", var_export($task->data(), true), "\n";
        });
    }
    echo "worker exceptions ", var_export($exceptions, true), ":\n";
    $client->addTask($fn, $exceptions ? 'one' : 'two');
    var_dump($client->runTasks());
    gearman_test_wait_worker($child);
    echo gearman_test_worker_output($child);
}
?>
--EXPECT--
worker exceptions true:
  exception callback: 'the message of one'
bool(true)
work() threw: the message of one
worker exceptions false:
  warning callback: 'the message of two'
  fail callback: ''
bool(true)
work() threw: the message of two
