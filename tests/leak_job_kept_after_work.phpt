--TEST--
Jobs kept after work() returned, beside grabbed jobs in the same list, are freed by the end of the script
--DESCRIPTION--
A job kept after its worker function returned no longer reaches its
libgearman job and holds nothing; kept in the list the worker's own
function fills, beside jobs grabJob() returned, the list used to close a
cycle through the grabbed jobs, which kept their worker object alive, that
the end of the script never freed (--valgrind: definitely lost). Asserted:
the kept jobs answer as finished jobs (empty workload, a send fails with a
warning), the grabbed one as a live job; the list, the function and the
worker are still alive at the end of the script.
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
$kept = [];
$worker->addFunction($fn, function (GearmanJob $job) use (&$kept) {
    $kept[] = $job;
    return strtoupper($job->workload());
});
foreach (['a', 'b', 'c'] as $workload) {
    $client->doBackground($fn, $workload);
}
var_dump($worker->work(), $worker->work());
$kept[] = $worker->grabJob();
foreach ($kept as $job) {
    echo var_export($job->workload(), true), " ", var_export(@$job->sendStatus(1, 2), true), "\n";
}
echo "end of script\n";
?>
--EXPECT--
bool(true)
bool(true)
'' false
'' false
'c' true
end of script
