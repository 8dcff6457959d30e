--TEST--
GearmanJob::setReturn() decides the job's outcome, as the client sees it, and what work() returns
--DESCRIPTION--
GEARMAN_SUCCESS completes with the function's return value, GEARMAN_WORK_FAIL
fails the job, GEARMAN_WORK_EXCEPTION after sendException() reports the
exception, and any other code fails the job. work() returns false with the
code for every outcome but success, and the next work() runs the next job
(PECL's work() returned true once more without running anything).
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
$cases = ['success', 'fail', 'exception', 'exception code only', 'other code', 'warning', 'exception only', 'fail then data'];
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        switch ($job->workload()) {
        case "success": $set = $job->setReturn(GEARMAN_SUCCESS); break;
        case "fail": $set = $job->setReturn(GEARMAN_WORK_FAIL); break;
        case "exception": $job->sendException("boom"); $set = $job->setReturn(GEARMAN_WORK_EXCEPTION); break;
        case "exception code only": $set = $job->setReturn(GEARMAN_WORK_EXCEPTION); break;
        case "other code": $set = $job->setReturn(GEARMAN_TIMEOUT); break;
        case "warning": $set = $job->sendWarning("careful"); break;
        case "exception only": $set = $job->sendException("boom"); break;
        case "fail then data": $job->setReturn(GEARMAN_WORK_FAIL); $set = $job->sendData("data "); break;
        }
        gearman_test_report($job->workload() . ": " . var_export($set, true) . ", job returnCode() " . $job->returnCode());
        return "result";
    });
    gearman_test_ready();
    for ($i = 0; $i < count($args["cases"]); $i++) {
        $ok = $worker->work();
        gearman_test_report("  work(): " . var_export($ok, true) . ", returnCode() " . $worker->returnCode());
    }
', ['fn' => $fn, 'cases' => $cases]);

$client = gearman_test_client();
foreach ($cases as $case) {
    $result = $client->doNormal($fn, $case);
    echo $case, ': ', var_export($result, true), ', client returnCode() ', $client->returnCode(), "\n";
}
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
success: 'result', client returnCode() 0
fail: '', client returnCode() 24
exception: '', client returnCode() 23
exception code only: '', client returnCode() 24
other code: '', client returnCode() 24
warning: 'result', client returnCode() 0
exception only: '', client returnCode() 23
fail then data: 'data result', client returnCode() 0
worker: ok
success: true, job returnCode() 0
  work(): true, returnCode() 0
fail: true, job returnCode() 24
  work(): false, returnCode() 24
exception: true, job returnCode() 23
  work(): false, returnCode() 23
exception code only: true, job returnCode() 23
  work(): false, returnCode() 23
other code: true, job returnCode() 47
  work(): false, returnCode() 47
warning: true, job returnCode() 0
  work(): true, returnCode() 0
exception only: true, job returnCode() 0
  work(): true, returnCode() 0
fail then data: true, job returnCode() 0
  work(): true, returnCode() 0
