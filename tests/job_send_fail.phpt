--TEST--
sendFail() makes doNormal() return "" with GEARMAN_WORK_FAIL and no warning
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
        if ($job->workload() === "fail") {
            gearman_test_report("sendFail: " . var_export($job->sendFail(), true));
            gearman_test_report("returnCode: " . $job->returnCode());
            return "returned";
        }
        return "ok";
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'fail'));
var_dump($client->returnCode() === GEARMAN_WORK_FAIL);
var_dump($client->error());
/* The next job on the same client is unaffected. */
var_dump($client->doNormal($fn, 'next'));
var_dump($client->returnCode());
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
string(0) ""
bool(true)
string(17) "GEARMAN_WORK_FAIL"
string(2) "ok"
int(0)
worker: ok
sendFail: true
returnCode: 0
