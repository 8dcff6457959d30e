--TEST--
SIGINT to a client blocked in doNormal() on a slow job: a handler that throws ends the call at once with its exception, the client works afterwards; a handler that does nothing leaves the call waiting for its result
--EXTENSIONS--
gearman
pcntl
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$end = tempnam(sys_get_temp_dir(), 'gearman-test-end-');
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) use ($args) {
        $job->sendData("<data>");
        usleep($job->workload() === "slow" ? 2500000 : 300000);
        if ($job->workload() === "slow") {
            file_put_contents($args["end"], microtime(true));
        }
        return $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 3);
', ['fn' => $fn, 'end' => $end]);

/* Sends $signal to this process after $seconds, from a shell in the background. */
function signal_me_in(string $signal, float $seconds): void
{
    exec(sprintf('(sleep %.1f; kill -s %s %d) > /dev/null 2>&1 &', $seconds, $signal, getmypid()));
}

pcntl_async_signals(true);
pcntl_signal(SIGINT, function () { throw new RuntimeException('interrupted'); });
$chld = 0;
pcntl_signal(SIGCHLD, function () use (&$chld) { $chld++; });
$client = gearman_test_client();

signal_me_in('CHLD', 0.1);
$result = $client->doNormal($fn, 'quick');
echo "no-op handler: ", var_export($result, true), ", returnCode() ", $client->returnCode(), ", handler ran: ", var_export($chld > 0, true), "\n";

signal_me_in('INT', 0.3);
try {
    var_dump($client->doNormal($fn, 'slow'));
} catch (RuntimeException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$caught = microtime(true);

/* The worker finishes the slow job, then serves this one. */
var_dump($client->doNormal($fn, 'again'), $client->returnCode());
$jobEnd = (float) file_get_contents($end);
unlink($end);
echo "before the slow job ended: ", var_export($jobEnd > 1e9 && $caught < $jobEnd, true), "\n";
gearman_test_end_worker($child);
?>
--EXPECT--
no-op handler: '<data>quick', returnCode() 0, handler ran: true
RuntimeException: interrupted
string(11) "<data>again"
int(0)
before the slow job ended: true
worker: ok
