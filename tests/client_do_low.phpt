--TEST--
GearmanClient::doLow() round trip: the worker's result comes back
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
        return strrev($job->workload()) . " (" . $job->functionName() . ")";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$result = $client->doLow($fn, 'hello low');
var_dump(str_replace($fn, '<fn>', $result));
var_dump($client->returnCode());
gearman_test_end_worker($child);
?>
--EXPECT--
string(16) "wol olleh (<fn>)"
int(0)
worker: ok
