--TEST--
exit() inside a worker function, with jobs grabbed from the same worker kept, frees the worker and its jobs
--DESCRIPTION--
exit() unwinds out of work() while the function's job is attached and a
job grabbed earlier sits in the list the function captures. The grabbed
job used to keep its worker object alive, and the worker (through its
function) the job, in a cycle the end of the script never freed
(--valgrind: definitely lost). Asserted: nothing after exit() runs, and a
shutdown function still sees both jobs: the grabbed one live, the running
one finished.
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
    echo "running ", $job->workload(), "\n";
    exit(0);
}, new ArrayObject());
$client->doBackground($fn, 'grabbed');
$client->doBackground($fn, 'worked');
$jobs[] = $worker->grabJob();
register_shutdown_function(function () use (&$jobs) {
    echo "shutdown: ", var_export($jobs[0]->workload(), true), " ", var_export($jobs[1]->workload(), true), "\n";
});
$worker->work();
echo "not reached\n";
?>
--EXPECT--
running worked
shutdown: 'grabbed' ''
