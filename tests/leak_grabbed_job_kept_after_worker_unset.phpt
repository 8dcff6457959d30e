--TEST--
A job from grabJob() kept after its worker was unset still answers, and the worker goes at once
--DESCRIPTION--
A grabbed job lives in its worker's libgearman handle. It used to keep the
GearmanWorker object alive for that: a job the worker itself held (in the
list its own function fills, or in a function's context) made a cycle the
end of the script never freed (--valgrind: worker, job, closure definitely
lost). Now the job keeps only the handle: after unset($worker) the worker
object is gone at once (WeakReference empty, without the cycle collector),
and the kept jobs still send their status and result to gearmand.
Under scripts/test --valgrind, memory definitely lost at exit fails the
test (LEAK).
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$fn = gearman_test_function_name();
$client = gearman_test_client();
$worker = gearman_test_worker();
$worker->setTimeout(5000);
$jobs = [];
$worker->addFunction($fn, function (GearmanJob $job) use (&$jobs) {
    $jobs[] = $job;
    return 'done';
}, ['kept' => &$jobs]);
foreach (['a', 'b', 'c'] as $workload) {
    $client->doBackground($fn, $workload);
}
var_dump($worker->work());
$jobs[] = $worker->grabJob();
$jobs[] = $worker->grabJob();
$ref = WeakReference::create($worker);
gc_disable();
unset($worker);
var_dump($ref->get());
gc_enable();
foreach ($jobs as $i => $job) {
    echo "job $i: ", $job->workload(), "\n";
}
var_dump($jobs[1]->sendStatus(1, 2), $jobs[1]->sendComplete('late'), $jobs[2]->sendData('x'));
echo "end of script\n";
?>
--EXPECT--
bool(true)
NULL
job 0: 
job 1: b
job 2: c
bool(true)
bool(true)
bool(true)
end of script
