--TEST--
Queued background jobs run high first, then normal, then low
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
/* Queued before any worker exists, in the reverse of the order they run in. */
$client->doLowBackground($fn, 'low');
$client->doBackground($fn, 'normal');
$client->doHighBackground($fn, 'high');
$client->doLowBackground($fn, 'low 2');
$client->doBackground($fn, 'normal 2');
$client->doHighBackground($fn, 'high 2');

$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        gearman_test_report($job->workload());
    });
    gearman_test_ready();
    gearman_test_work($worker, 6);
', ['fn' => $fn]);
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
worker: ok
high
high 2
normal
normal 2
low
low 2
