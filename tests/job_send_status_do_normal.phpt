--TEST--
sendStatus() from a job run by doNormal() returns true and leaves the result alone
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
        gearman_test_report("sendStatus: " . var_export($job->sendStatus(1, 3), true));
        usleep(50000);
        gearman_test_report("sendStatus: " . var_export($job->sendStatus(3, 3), true));
        return "result";
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
string(6) "result"
int(0)
worker: ok
sendStatus: true
sendStatus: true
