--TEST--
GearmanClient::doHighBackground() returns a job handle and the worker runs the job
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
$client = gearman_test_client();
$handle = $client->doHighBackground($fn, 'payload high_background');
var_dump($handle);
var_dump($client->returnCode());

$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        gearman_test_report($job->handle() . " " . $job->workload());
        return "ignored";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);
gearman_test_end_worker($child);
echo str_replace($handle, '<handle>', gearman_test_worker_output($child));
?>
--EXPECTF--
string(%d) "H:%s:%d"
int(0)
worker: ok
<handle> payload high_background
