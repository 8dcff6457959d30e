--TEST--
GearmanWorker::addFunction() returns true and work() returns true after serving a job
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
    $added = $worker->addFunction($args["fn"], function (GearmanJob $job) {
        return "served " . $job->workload();
    });
    gearman_test_ready();
    gearman_test_report("addFunction: " . var_export($added, true));
    for ($i = 0; $i < 2; $i++) {
        gearman_test_report("work: " . var_export($worker->work(), true) . ", returnCode: " . $worker->returnCode()
            . ", error: " . var_export($worker->error(), true) . ", errno: " . $worker->getErrno());
    }
', ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'one'));
var_dump($client->doBackground($fn, 'two'));
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECTF--
string(10) "served one"
string(%d) "H:%s:%d"
worker: ok
addFunction: true
work: true, returnCode: 0, error: %s, errno: 0
work: true, returnCode: 0, error: %s, errno: 0
