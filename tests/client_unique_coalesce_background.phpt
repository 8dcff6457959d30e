--TEST--
Two background submissions with the same unique key share one job and one handle
--DESCRIPTION--
The first job is still queued when the second arrives, so gearmand coalesces them:
same handle, first workload, run once. A later job with another key proves the
worker got no second copy.
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
$unique = gearman_test_function_name('unique');
$client = gearman_test_client();
$first = $client->doBackground($fn, 'first', $unique);
$second = $client->doBackground($fn, 'second', $unique);
$other = $client->doBackground($fn, 'sentinel', gearman_test_function_name('unique'));
var_dump($first === $second, $first !== $other);

$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) use ($args) {
        gearman_test_report($job->workload() . ($job->unique() === $args["unique"] ? " (same key)" : ""));
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn, 'unique' => $unique]);
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
bool(true)
bool(true)
worker: ok
first (same key)
sentinel
