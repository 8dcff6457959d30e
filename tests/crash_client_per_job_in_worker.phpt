--TEST--
Crash class: a worker function that makes a new GearmanClient for every job and submits a background job with it, over several jobs
--DESCRIPTION--
PECL crashed after a few jobs of a worker that created a GearmanClient per
job and called doBackground() with it. The worker runs in the test process
(so --valgrind sees it) for 8 jobs; each job makes a client, adds the server,
submits a background job to a second function and (for even jobs) keeps the
client in a list while odd ones free it when the function returns. Asserted:
each doBackground() returns a job handle, jobStatus() on the fresh client
knows it, every job succeeds, and a second worker then runs all 8 background
jobs with the workloads that were submitted.
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
$worker = gearman_test_worker();
$worker->setTimeout(5000);
$kept = [];
$worker->addFunction("$fn-outer", function (GearmanJob $job) use ($fn, &$kept) {
    $client = new GearmanClient();
    $client->addServer(gearman_test_host(), gearman_test_port());
    $client->setTimeout(3000);
    $handle = $client->doBackground("$fn-inner", 'inner ' . $job->workload());
    $status = $client->jobStatus($handle);
    echo "  job ", $job->workload(), ": handle ", preg_match('/^H:.+:\d+$/', $handle) ? 'ok' : var_export($handle, true),
        ", known ", var_export($status[0], true), ", rc ", $client->returnCode(), "\n";
    if ((int) $job->workload() % 2 === 0) {
        $kept[] = $client;
    }
    return 'outer ' . $job->workload();
});
$inner = [];
/* A second worker for the inner jobs: gearmand promises no order across functions. */
$innerWorker = gearman_test_worker();
$innerWorker->setTimeout(5000);
$innerWorker->addFunction("$fn-inner", function (GearmanJob $job) use (&$inner) {
    $inner[] = $job->workload();
    return 'ok';
});

$submitter = gearman_test_client();
for ($i = 1; $i <= 8; $i++) {
    $submitter->doBackground("$fn-outer", (string) $i);
}
for ($i = 1; $i <= 8; $i++) {
    if (!$worker->work()) {
        echo "outer work() $i: ", $worker->returnCode(), "\n";
    }
}
echo "clients kept: ", count($kept), "\n";
for ($i = 1; $i <= 8; $i++) {
    if (!$innerWorker->work()) {
        echo "inner work() $i: ", $innerWorker->returnCode(), "\n";
    }
}
sort($inner, SORT_NATURAL);
echo implode(', ', $inner), "\n";
unset($kept);
echo "end\n";
?>
--EXPECT--
  job 1: handle ok, known true, rc 0
  job 2: handle ok, known true, rc 0
  job 3: handle ok, known true, rc 0
  job 4: handle ok, known true, rc 0
  job 5: handle ok, known true, rc 0
  job 6: handle ok, known true, rc 0
  job 7: handle ok, known true, rc 0
  job 8: handle ok, known true, rc 0
clients kept: 4
inner 1, inner 2, inner 3, inner 4, inner 5, inner 6, inner 7, inner 8
end
