--TEST--
After a callback exception stops runTasks(), doNormal() works at once, or, while tasks are still running, says to call runTasks() first
--DESCRIPTION--
An exception thrown by a callback stops runTasks() (a deliberate difference
from PECL, which runs on and reports the exception afterwards). libgearman
is then half-way through the packet that called the callback. Before this
was handled, a doNormal() on the same client resumed that packet, ran the
callbacks of other tasks inside doNormal(), and then waited for its own job,
which libgearman never sent: until the client timeout, or for ever.

Now, when no accepted task is still running, the client starts afresh and
doNormal() returns its result at once. While another task is still running
(its result would be lost by starting afresh), doNormal(), doBackground()
and jobStatus() throw a GearmanException that says to call runTasks()
first; runTasks() then finishes that task, with its callback, and the
client works as before.
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
$slow = gearman_test_function_name('slow');
/* Two workers, so that the fast job's callback throws while the slow job is
 * still running. */
$fast_child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], fn (GearmanJob $job) => strtoupper($job->workload()));
    gearman_test_ready();
    gearman_test_work($worker, 4);
', ['fn' => $fn]);
$slow_child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        usleep(1500000);
        return strtoupper($job->workload());
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $slow]);

$client = gearman_test_client();
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$client->setCompleteCallback(function (GearmanTask $task) {
    echo "  complete: ", $task->data(), "\n";
    if ($task->data() === 'THROW') {
        throw new RuntimeException('from the complete callback');
    }
});
function run(GearmanClient $client): void
{
    try {
        var_dump($client->runTasks());
    } catch (RuntimeException $e) {
        echo "  runTasks() threw: ", $e->getMessage(), "\n";
    }
}

echo "1. the throwing task was the last one running\n";
$client->addTask($fn, 'throw');
run($client);
$start = microtime(true);
var_dump($client->doNormal($fn, 'one'), $client->returnCode(), microtime(true) - $start < GEARMAN_TEST_HANG);

echo "2. another task still running\n";
$client->addTask($slow, 'slow');
$client->addTask($fn, 'throw');
run($client);
foreach (['doNormal', 'doBackground'] as $method) {
    try {
        $client->$method($fn, 'two');
    } catch (GearmanException $e) {
        echo "  ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    $client->jobStatus('H:nowhere:1');
} catch (GearmanException $e) {
    echo "  ", get_class($e), ": ", $e->getMessage(), "\n";
}
run($client);
var_dump($client->doNormal($fn, 'three'), $client->returnCode());
gearman_test_end_worker($fast_child);
gearman_test_end_worker($slow_child);
echo gearman_test_worker_output($fast_child), gearman_test_worker_output($slow_child);
?>
--EXPECT--
1. the throwing task was the last one running
  complete: THROW
  runTasks() threw: from the complete callback
string(3) "ONE"
int(0)
bool(true)
2. another task still running
  complete: THROW
  runTasks() threw: from the complete callback
  GearmanException: GearmanClient::doNormal(): the last runTasks() was stopped by an exception while tasks were still running; call runTasks() to finish them first
  GearmanException: GearmanClient::doBackground(): the last runTasks() was stopped by an exception while tasks were still running; call runTasks() to finish them first
  GearmanException: GearmanClient::jobStatus(): the last runTasks() was stopped by an exception while tasks were still running; call runTasks() to finish them first
  complete: SLOW
bool(true)
string(5) "THREE"
int(0)
worker: ok
worker: ok
