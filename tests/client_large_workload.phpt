--TEST--
A 2 MiB binary workload and a 2 MiB result cross gearmand intact
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
        gearman_test_report($job->workloadSize() . " " . strlen($job->workload()) . " " . md5($job->workload()));
        return strrev($job->workload());
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$workload = random_bytes(2 * 1024 * 1024);
$client = gearman_test_client();
$result = $client->doNormal($fn, $workload);
var_dump($client->returnCode());
var_dump(strlen($result));
var_dump(md5($result) === md5(strrev($workload)));
gearman_test_end_worker($child);
var_dump(gearman_test_worker_output($child) === "2097152 2097152 " . md5($workload) . "\n");
?>
--EXPECT--
int(0)
int(2097152)
bool(true)
worker: ok
bool(true)
