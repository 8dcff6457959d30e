--TEST--
SIGINT to a client blocked in doNormal() on a slow job: a handler that throws ends the call at once with its exception, the client works afterwards; a handler that does nothing leaves the call waiting for its result
--EXTENSIONS--
gearman
pcntl
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        $job->sendData("<data>");
        usleep($job->workload() === "slow" ? 1500000 : 400000);
        return $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 3);
', ['fn' => $fn]);

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
$start = microtime(true);
try {
    var_dump($client->doNormal($fn, 'slow'));
} catch (RuntimeException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "long before the job's end: ", var_export(microtime(true) - $start < 1.2, true), "\n";

/* The worker finishes the slow job, then serves this one. */
var_dump($client->doNormal($fn, 'again'), $client->returnCode());
gearman_test_end_worker($child);
?>
--EXPECT--
no-op handler: '<data>quick', returnCode() 0, handler ran: true
RuntimeException: interrupted
long before the job's end: true
string(11) "<data>again"
int(0)
worker: ok
