--TEST--
After sendComplete() the worker function's return value is not sent
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
        gearman_test_report("sendComplete: " . var_export($job->sendComplete("completed " . $job->workload()), true));
        gearman_test_report("returnCode: " . $job->returnCode());
        return "returned";
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'one'));
var_dump($client->returnCode());
/* The worker goes on serving jobs after that. */
var_dump($client->doNormal($fn, 'two'));
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
string(13) "completed one"
int(0)
string(13) "completed two"
worker: ok
sendComplete: true
returnCode: 0
sendComplete: true
returnCode: 0
