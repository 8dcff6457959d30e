--TEST--
doNormal() returns the worker's sendData() chunks followed by its result
--DESCRIPTION--
With libgearman 1.1 doNormal() does not return early on WORK_DATA: the data
chunks are collected and the call returns them in order, the final result
appended, with GEARMAN_SUCCESS. The pauses make the chunks arrive apart.
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
        gearman_test_report("sendData: " . var_export($job->sendData("<chunk 1>"), true));
        usleep(100000);
        $job->sendData("<chunk 2>");
        usleep(100000);
        gearman_test_report("returnCode: " . $job->returnCode());
        return "<result>";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'workload'));
var_dump($client->returnCode());
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
string(26) "<chunk 1><chunk 2><result>"
int(0)
worker: ok
sendData: true
returnCode: 0
