--TEST--
jobStatus() follows a background job: queued, running with progress, then unknown
--DESCRIPTION--
The worker reports 1/4 .. 4/4 with pauses; the client polls. Timing decides which
steps the client sees, so the test asserts only what must hold: the queued
status, at least one running status out of 4, progress that never goes back, and
the job becoming unknown once done, all within a bounded time.
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
$handle = $client->doBackground($fn, 'progress');
echo "queued: ", json_encode($client->jobStatus($handle)), "\n";

$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        for ($i = 1; $i <= 4; $i++) {
            $job->sendStatus($i, 4);
            usleep(100000);
        }
        return "done";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$deadline = microtime(true) + 5;
$running = 0;
$last = 0;
$backwards = false;
$ended = false;
while (microtime(true) < $deadline) {
    $status = $client->jobStatus($handle);
    if ($client->returnCode() !== GEARMAN_SUCCESS) {
        echo "jobStatus failed: ", $client->returnCode(), "\n";
        break;
    }
    [$known, $isRunning, $numerator, $denominator] = $status;
    if (!$known) {
        $ended = true;
        echo "done: ", json_encode($status), "\n";
        break;
    }
    if ($isRunning && $denominator === 4) {
        $running++;
        if ($numerator < $last || $numerator < 0 || $numerator > 4) {
            $backwards = true;
        }
        $last = $numerator;
    }
    usleep(20000);
}
var_dump($ended, $running > 0, $backwards);
gearman_test_end_worker($child);
?>
--EXPECT--
queued: [true,false,0,0]
done: [false,false,0,0]
bool(true)
bool(true)
bool(false)
worker: ok
