--TEST--
A callback exception stops runTasks() before another task's JOB_CREATED was read: that task is running, not resubmitted
--DESCRIPTION--
The ordering behind client_callback_exception_then_do_normal's failures on
a loaded machine, forced by a fake gearmand: both tasks are submitted, then
the first job's WORK_COMPLETE arrives before the second job's JOB_CREATED
(gearmand does so when its worker is quick and the client's second
submission is late). The complete callback throws on the first result.

The second task has no job handle yet, but the server holds its job. Before
the fix the client counted only tasks with a job handle as running: it
started afresh, submitted the second task again on a new connection, and
the next doNormal() ran that task's callback inside itself and warned
GEARMAN_UNKNOWN_STATE. Now the client says to call runTasks() first, that
runTasks() finishes the task on the connection that submitted it, and each
job is submitted once.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fake_gearmand.inc';
$fake = fake_gearmand_start();
$client = new GearmanClient();
$client->addServer('127.0.0.1', $fake->ports[0]);
$client->setTimeout(30000);
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

/* libgearman submits the newest task first. */
$client->addTask('other', 'other');
$client->addTask('fn', 'throw');
run($client);
foreach (['doNormal', 'doBackground'] as $method) {
    try {
        $client->$method('fn', 'two');
    } catch (GearmanException $e) {
        echo "  ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
run($client);
var_dump($client->doNormal('fn', 'three'), $client->returnCode());
/* What the server was sent, without the generated unique keys. */
echo preg_replace('/\\\\u0000[0-9a-f-]{36}\\\\u0000/', ' ', fake_gearmand_log($fake));
?>
--EXPECT--
  complete: THROW
  runTasks() threw: from the complete callback
  GearmanException: GearmanClient::doNormal(): the last runTasks() was stopped by an exception while tasks were still running; call runTasks() to finish them first
  GearmanException: GearmanClient::doBackground(): the last runTasks() was stopped by an exception while tasks were still running; call runTasks() to finish them first
  complete: OTHER
bool(true)
string(5) "THREE"
int(0)
port 0 connection 1: connected
port 0 connection 1: OPTION_REQ "exceptions"
port 0 connection 1: SUBMIT_JOB "fn throw"
port 0 connection 1: SUBMIT_JOB "other other"
port 0 connection 1: SUBMIT_JOB "fn three"
