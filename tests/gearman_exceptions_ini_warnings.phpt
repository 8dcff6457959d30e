--TEST--
gearman.exceptions=1: every warning path throws a GearmanException with the warning's message and returnCode() as its code, and raises no warning
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';

var_dump(ini_get('gearman.exceptions'));
var_dump(ini_set('gearman.exceptions', '1'), (bool) ini_get('gearman.exceptions'));

/* Runs $call; prints what came out, whether its code is what $code() says
 * (returnCode()), and any warning that slipped through. */
function attempt(string $what, callable $call, ?callable $code = null): void
{
    $warning = null;
    set_error_handler(function (int $no, string $message) use (&$warning) {
        $warning = $message;
        return true;
    });
    try {
        $result = $call();
        echo "$what: returned ", var_export($result, true);
    } catch (GearmanException $e) {
        echo "$what: GearmanException(", $e->getCode(), ") ", $e->getMessage();
        if ($code) {
            echo $code() === $e->getCode() ? ", = returnCode()" : ", returnCode() " . $code();
        }
    } finally {
        restore_error_handler();
    }
    echo $warning === null ? '' : ", WARNING: $warning", "\n";
}

$dead = gearman_test_closed_port();
$fn = gearman_test_function_name();

echo "-- client, dead server\n";
$client = new GearmanClient();
$client->addServer('127.0.0.1', $dead, false);
$rc = fn () => $client->returnCode();
attempt('doNormal', fn () => $client->doNormal($fn, 'x'), $rc);
attempt('doHigh', fn () => $client->doHigh($fn, 'x'), $rc);
attempt('doLow', fn () => $client->doLow($fn, 'x'), $rc);
attempt('doBackground', fn () => $client->doBackground($fn, 'x'), $rc);
attempt('doHighBackground', fn () => $client->doHighBackground($fn, 'x'), $rc);
attempt('doLowBackground', fn () => $client->doLowBackground($fn, 'x'), $rc);
attempt('jobStatus', fn () => $client->jobStatus('H:nowhere:1'), $rc);
attempt('jobStatusByUniqueKey', fn () => $client->jobStatusByUniqueKey('nowhere'), $rc);
attempt('ping', fn () => $client->ping('x'), $rc);
$client->addTask($fn, 'x');
attempt('runTasks', fn () => $client->runTasks(), $rc);
attempt('gearman_client_do_normal', fn () => gearman_client_do_normal($client, $fn, 'x'), $rc);

echo "-- client, bad arguments and state\n";
$client = gearman_test_client();
$rc = fn () => $client->returnCode();
attempt('doNormal with an empty workload', fn () => $client->doNormal($fn, ''), $rc);
attempt('addTask with an empty workload', fn () => $client->addTask($fn, ''), $rc);
attempt('wait without connections', fn () => (new GearmanClient())->wait());

echo "-- worker, dead server\n";
$worker = new GearmanWorker();
$worker->addServer('127.0.0.1', $dead, false);
$worker->addFunction($fn, fn () => 'x');
$rc = fn () => $worker->returnCode();
attempt('work', fn () => $worker->work(), $rc);
attempt('ping', fn () => $worker->ping('x'), $rc);
attempt('grabJob', fn () => $worker->grabJob(), $rc);

echo "-- worker, bad arguments and state\n";
$worker = gearman_test_worker();
$rc = fn () => $worker->returnCode();
attempt('work without functions', fn () => $worker->work(), $rc);
attempt('wait without connections', fn () => $worker->wait(), $rc);
attempt('unregister of an unknown function', fn () => $worker->unregister('nothing'), $rc);
attempt('unregisterAll without functions', fn () => $worker->unregisterAll(), $rc);
attempt('ping with an empty workload', fn () => $worker->ping(''), $rc);
attempt('gearman_worker_unregister', fn () => gearman_worker_unregister($worker, 'nothing'), $rc);

echo "-- job and task without a job\n";
$job = new GearmanJob();
$rc = fn () => $job->returnCode();
attempt('sendData', fn () => $job->sendData('x'), $rc);
attempt('sendComplete', fn () => $job->sendComplete('x'), $rc);
attempt('gearman_job_send_fail', fn () => gearman_job_send_fail($job), $rc);
$task = new GearmanTask();
$rc = fn () => $task->returnCode();
attempt('sendWorkload', fn () => $task->sendWorkload('x'), $rc);
attempt('recvData', fn () => $task->recvData(10), $rc);

echo "-- functions\n";
attempt('gearman_verbose_name(-1)', fn () => gearman_verbose_name(-1));

echo "-- quiet outcomes stay quiet\n";
$worker = gearman_test_worker();
$worker->addFunction($fn, fn () => 'x');
$worker->setTimeout(200);
attempt('work() timeout', fn () => [$worker->work(), $worker->returnCode() === GEARMAN_TIMEOUT]);
$worker->addOptions(GEARMAN_WORKER_NON_BLOCKING);
attempt('non-blocking work()', fn () => [$worker->work(), in_array($worker->returnCode(), [GEARMAN_IO_WAIT, GEARMAN_NO_JOBS], true)]);
attempt('non-blocking grabJob()', fn () => [$worker->grabJob(), $worker->returnCode() === GEARMAN_NO_JOBS]);
$client = gearman_test_client();
attempt('runTasks() without tasks', fn () => $client->runTasks());

echo "-- off again\n";
ini_set('gearman.exceptions', '0');
var_dump(gearman_verbose_name(-1));
?>
--EXPECTF--
string(1) "0"
string(1) "0"
bool(true)
-- client, dead server
doNormal: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
doHigh: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
doLow: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
doBackground: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
doHighBackground: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
doLowBackground: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
jobStatus: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
jobStatusByUniqueKey: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
ping: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
runTasks: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
gearman_client_do_normal: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
-- client, bad arguments and state
doNormal with an empty workload: GearmanException(49) add_task(GEARMAN_INVALID_ARGUMENT) invalid workload -> %s, = returnCode()
addTask with an empty workload: GearmanException(49) add_task(GEARMAN_INVALID_ARGUMENT) invalid workload -> %s, = returnCode()
wait without connections: GearmanException(7) gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s
-- worker, dead server
work: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
ping: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
grabJob: GearmanException(26) %s(GEARMAN_COULD_NOT_CONNECT) %s, = returnCode()
-- worker, bad arguments and state
work without functions: GearmanException(34) gearman_worker_grab_job(GEARMAN_NO_REGISTERED_FUNCTIONS) no functions have been registered -> %s, = returnCode()
wait without connections: GearmanException(7) gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s, = returnCode()
unregister of an unknown function: GearmanException(33) GEARMAN_NO_REGISTERED_FUNCTION, = returnCode()
unregisterAll without functions: GearmanException(34) GEARMAN_NO_REGISTERED_FUNCTIONS, = returnCode()
ping with an empty workload: GearmanException(49) echo(GEARMAN_INVALID_ARGUMENT) workload_size was 0 -> %s, = returnCode()
gearman_worker_unregister: GearmanException(33) GEARMAN_NO_REGISTERED_FUNCTION, = returnCode()
-- job and task without a job
sendData: GearmanException(49) No job: a GearmanJob is usable only inside its worker function or after grabJob(), = returnCode()
sendComplete: GearmanException(49) No job: a GearmanJob is usable only inside its worker function or after grabJob(), = returnCode()
gearman_job_send_fail: GearmanException(49) No job: a GearmanJob is usable only inside its worker function or after grabJob(), = returnCode()
sendWorkload: GearmanException(49) The task is not running: call it from one of the task's callbacks, = returnCode()
recvData: GearmanException(49) The task is not running: call it from one of the task's callbacks, = returnCode()
-- functions
gearman_verbose_name(-1): GearmanException(49) Input must be an integer greater than 0.
-- quiet outcomes stay quiet
work() timeout: returned array (
  0 => false,
  1 => true,
)
non-blocking work(): returned array (
  0 => false,
  1 => true,
)
non-blocking grabJob(): returned array (
  0 => false,
  1 => true,
)
runTasks() without tasks: returned true
-- off again

Warning: gearman_verbose_name(): Input must be an integer greater than 0. in %s on line %d
NULL
