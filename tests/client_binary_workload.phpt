--TEST--
A workload with NUL and high bytes reaches the worker intact and its result comes back intact
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
        gearman_test_report(bin2hex($job->workload()) . " " . $job->workloadSize());
        return "\0" . $job->workload() . "\0";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$workload = "a\0b\0\0c\xff\x80\n\r\0";
$client = gearman_test_client();
$result = $client->doNormal($fn, $workload);
var_dump(bin2hex($result));
var_dump($result === "\0$workload\0");
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
string(26) "00610062000063ff800a0d0000"
bool(true)
worker: ok
610062000063ff800a0d00 11
