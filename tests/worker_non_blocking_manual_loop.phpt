--TEST--
The PHP manual's non-blocking worker loop (work() / wait() with GEARMAN_WORKER_NON_BLOCKING) serves every job and stops after N
--DESCRIPTION--
The loop from the manual's GearmanWorker::work() page, as users copy it:
work() returns true only for GEARMAN_SUCCESS and stays silent for
GEARMAN_IO_WAIT and GEARMAN_NO_JOBS, and wait() blocks until gearmand has
something for the worker. Two jobs arrive one at a time (the worker goes idle
in between and must be woken by gearmand's NOOP), then three at once through
runTasks(); the client gets every result. The loop never has to sleep for
GEARMAN_NO_ACTIVE_FDS and nothing is written to stderr.
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
    $w = gearman_test_worker();
    $w->addFunction($args["fn"], function (GearmanJob $job) {
        return "reversed " . strrev($job->workload());
    });
    $w->addOptions(GEARMAN_WORKER_NON_BLOCKING);
    gearman_test_ready();
    $done = 0;
    $sleeps = 0;
    while (@$w->work() || $w->returnCode() == GEARMAN_IO_WAIT || $w->returnCode() == GEARMAN_NO_JOBS) {
        if ($w->returnCode() == GEARMAN_SUCCESS) {
            if (++$done == 5) {
                break;
            }
            continue;
        }
        if (!@$w->wait()) {
            if ($w->returnCode() == GEARMAN_NO_ACTIVE_FDS) {
                $sleeps++;
                sleep(1);
            }
        }
    }
    gearman_test_report("loop ended: done $done, returnCode() " . $w->returnCode() . ", sleeps $sleeps");
', ['fn' => $fn]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'one'));
var_dump($client->doNormal($fn, 'two'));
$results = [];
$client->setCompleteCallback(function (GearmanTask $task) use (&$results) {
    $results[] = $task->data();
});
foreach (['three', 'four', 'five'] as $workload) {
    $client->addTask($fn, $workload);
}
var_dump($client->runTasks());
sort($results);
print_r($results);
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
string(12) "reversed eno"
string(12) "reversed owt"
bool(true)
Array
(
    [0] => reversed eerht
    [1] => reversed evif
    [2] => reversed ruof
)
worker: ok
loop ended: done 5, returnCode() 0, sleeps 0
