--TEST--
stop(): from inside a worker function, work() returns true for that job and then false at once; work(), grabJob() and wait() then return false with GEARMAN_SHUTDOWN and no warning
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) use ($worker) {
        var_dump($worker->stop());
        return strrev($job->workload());
    });
    gearman_test_ready();
    var_dump($worker->work(), $worker->returnCode());
    foreach (["work", "grabJob", "wait"] as $method) {
        var_dump($worker->$method(), $worker->returnCode() === GEARMAN_SHUTDOWN);
    }
    /* The function captures its worker: a cycle, which PHP frees only by
     * collecting it while the script runs, never at shutdown. */
    unset($worker);
    gc_collect_cycles();
', ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'abc'));
/* A second job stays queued: the stopped worker does not take it. */
$handle = $client->doBackground($fn, 'left');
echo "exit code: ", var_export(gearman_test_wait_worker($child), true), "\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
var_dump($client->jobStatus($handle)[1]);

/* Before any work(), and the procedural form. */
$worker = gearman_test_worker();
$worker->addFunction($fn, fn () => 'never');
gearman_worker_stop($worker);
var_dump(gearman_worker_work($worker), gearman_worker_return_code($worker) === GEARMAN_SHUTDOWN);
var_dump($client->jobStatus($handle)[1]);
?>
--EXPECT--
string(3) "cba"
exit code: 0
NULL
bool(true)
int(0)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
