--TEST--
Function timeouts (addFunction()'s and register()'s $timeout, in milliseconds) make gearmand requeue a job that overruns them
--DESCRIPTION--
Both calls send CAN_DO_TIMEOUT. gearmand 1.1.20 reads the value as
milliseconds and raises anything below 1000 to 1000 (measured: a timeout of 3
requeued a 1.5 s job, a timeout of 2500 did not). A job within its timeout
completes as usual. A job that overruns it is put back in the queue: the
client hears nothing and doNormal() returns only through the client's own
setTimeout() (GEARMAN_TIMEOUT, 47); the late WORK_COMPLETE is answered with
an ERROR packet, which the worker's next work() or grabJob() reports as
GEARMAN_UNEXPECTED_PACKET (11) with a warning; the grab after that hands over
the same job again. PECL 2.1.0 gives the same. Each function has its own
worker process because of a gearmand 1.1.20 bug: one timer per worker
connection, bound to the first job it timed and dropped only when the worker
sleeps, so a worker taking two timed jobs back to back can get the wrong job
requeued (seen under load when one worker served both). Margins: the jobs take 1.8 s
against a 1 s function timeout, and the client waits 2.8 s, which a job that
was not requeued would beat by a second.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$names = ['slow' => gearman_test_function_name('slow'), 'quick' => gearman_test_function_name('quick'),
          'grabbed' => gearman_test_function_name('grabbed')];
/* One worker process per function (see the description). */
$quick = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["quick"], function (GearmanJob $job) {
        usleep(200000);
        return "quick done";
    }, null, 3000);
    gearman_test_ready();
    gearman_test_work($worker, 1);
', $names);
$work = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["slow"], function (GearmanJob $job) {
        gearman_test_report("slow job started: " . $job->workload());
        usleep(1800000);
        return "slow done";
    }, null, 1000);
    gearman_test_ready();
    for ($i = 0; $i < 3; $i++) {
        $ok = @$worker->work();
        $warning = error_get_last()["message"] ?? "";
        error_clear_last();
        gearman_test_report("work(): " . var_export($ok, true) . ", returnCode() " . $worker->returnCode()
            . ($warning === "" ? "" : ", warning: " . preg_replace("/ -> .*/", "", $warning)));
    }
', $names);
/* register() with a timeout, jobs taken with grabJob(). */
$grab = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->register($args["grabbed"], 1000);
    gearman_test_ready();
    $handle = null;
    for ($i = 0; $i < 3; $i++) {
        /* grabJob() does not wait for a job: poll while there is none. */
        while (!($job = @$worker->grabJob()) && $worker->returnCode() == GEARMAN_NO_JOBS) {
            error_clear_last();
            usleep(20000);
        }
        $warning = error_get_last()["message"] ?? "";
        error_clear_last();
        if (!$job) {
            gearman_test_report("grabJob(): false, returnCode() " . $worker->returnCode()
                . ", warning: " . preg_replace("/ -> .*/", "", $warning));
            continue;
        }
        gearman_test_report("grabJob(): " . $job->workload() . ($handle === null ? "" : ", same handle: "
            . var_export($job->handle() === $handle, true)));
        if ($handle !== null) {
            break;
        }
        $handle = $job->handle();
        usleep(1800000);
        gearman_test_report("sendComplete(): " . var_export($job->sendComplete("grabbed done"), true));
    }
', $names);

$client = gearman_test_client();
var_dump($client->doNormal($names['quick'], 'within'), $client->returnCode());
gearman_test_end_worker($quick);
var_dump($client->doBackground($names['grabbed'], 'grabbed job') !== '');
$client->setTimeout(2800);
var_dump(@$client->doNormal($names['slow'], 'overrunning'), $client->returnCode());
echo "-- addFunction() worker\n";
gearman_test_end_worker($work);
echo gearman_test_worker_output($work);
echo "-- register() worker\n";
gearman_test_end_worker($grab);
echo gearman_test_worker_output($grab);
?>
--EXPECT--
string(10) "quick done"
int(0)
worker: ok
bool(true)
string(0) ""
int(47)
-- addFunction() worker
worker: ok
slow job started: overrunning
work(): true, returnCode() 0
work(): false, returnCode() 11, warning: GearmanWorker::work(): gearman_worker_grab_job(GEARMAN_UNEXPECTED_PACKET) unexpected packet:GEARMAN_ERROR
slow job started: overrunning
work(): true, returnCode() 0
-- register() worker
worker: ok
grabJob(): grabbed job
sendComplete(): true
grabJob(): false, returnCode() 11, warning: GearmanWorker::grabJob(): gearman_worker_grab_job(GEARMAN_UNEXPECTED_PACKET) unexpected packet:GEARMAN_ERROR
grabJob(): grabbed job, same handle: true
