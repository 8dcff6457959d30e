--TEST--
A GearmanJob kept after its worker function returned no longer reaches the job: getters are empty, sends warn
--DESCRIPTION--
PECL kept the freed libgearman job: getters read freed memory and sends
reported success for a job that had ended.
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
    $kept = null;
    $worker->addFunction($args["fn"], function (GearmanJob $job) use (&$kept) {
        $kept = $job;
        $job->setReturn(GEARMAN_SUCCESS);
        return "done";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
    foreach (["returnCode", "workload", "workloadSize", "handle", "functionName", "unique"] as $getter) {
        gearman_test_report("$getter(): " . var_export($kept->$getter(), true));
    }
    gearman_test_report("sendData(): " . var_export(@$kept->sendData("late"), true) . " " . error_get_last()["message"]);
    gearman_test_report("sendComplete(): " . var_export(@$kept->sendComplete("late"), true) . ", returnCode() " . $kept->returnCode());
', ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'workload'));
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
string(4) "done"
worker: ok
returnCode(): 0
workload(): ''
workloadSize(): 0
handle(): false
functionName(): false
unique(): false
sendData(): false GearmanJob::sendData(): No job: a GearmanJob is usable only inside its worker function or after grabJob()
sendComplete(): false, returnCode() 49
