--TEST--
Crash class: clone and unserialize(serialize()) of live GearmanClient, GearmanWorker, GearmanTask and GearmanJob objects, then every method called on each copy
--DESCRIPTION--
PECL's clones shared (or copied garbage into) their libgearman structures:
a cloned worker or job crashed at shutdown, a cloned client or task read
garbage, an unserialized client crashed when used. client_clone.phpt,
client_serialize.phpt, task_clone.phpt, task_serialize.phpt,
worker_clone_unserialize.phpt and job_without_job.phpt check values on
some methods; here copies are taken of objects in use (a client with a
server, callbacks, a context and a task pending; a worker with a server and
functions; a task before and after runTasks(); a job inside its worker
function, where the clone and the unserialized copy are also used after the
function returned) and every public method of the class (the list is checked
against Reflection, so a new method must be added here) is called on each
copy with valid arguments. Asserted: the type of each result (warnings are
silenced, a thrown Error is shown by class), the originals still working
afterwards, and no crash at shutdown.
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
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return "R:" . $job->workload(); });
    gearman_test_ready();
    while (true) {
        $worker->work();
    }
', ['fn' => $fn]);
$unserved = gearman_test_function_name('unserved');
$cb = function () { return GEARMAN_SUCCESS; };

$calls = [
    'GearmanClient' => [
        'returnCode' => [], 'error' => [], 'getErrno' => [], 'options' => [], 'timeout' => [],
        'setTimeout' => [400], 'setSSL' => [false], 'setOptions' => [GEARMAN_CLIENT_FREE_TASKS], 'addOptions' => [GEARMAN_CLIENT_NON_BLOCKING],
        'removeOptions' => [GEARMAN_CLIENT_NON_BLOCKING], 'context' => [], 'setContext' => ['ctx'],
        'setWorkloadCallback' => [$cb], 'setCreatedCallback' => [$cb], 'setDataCallback' => [$cb],
        'setWarningCallback' => [$cb], 'setStatusCallback' => [$cb], 'setCompleteCallback' => [$cb],
        'setExceptionCallback' => [$cb], 'setFailCallback' => [$cb],
        'doNormal' => [$fn, 'n'], 'doHigh' => [$fn, 'h'], 'doLow' => [$fn, 'l'],
        'doBackground' => [$unserved, 'b'], 'doHighBackground' => [$unserved, 'b'], 'doLowBackground' => [$unserved, 'b'],
        'doJobHandle' => [], 'doStatus' => [], 'jobStatus' => ['H:nohost:1'], 'ping' => ['p'],
        'addTask' => [$fn, 't'], 'addTaskHigh' => [$fn, 't'], 'addTaskLow' => [$fn, 't'],
        'addTaskBackground' => [$unserved, 't'], 'addTaskHighBackground' => [$unserved, 't'],
        'addTaskLowBackground' => [$unserved, 't'], 'addTaskStatus' => ['H:nohost:1'],
        'runTasks' => [], 'wait' => [], 'clearCallbacks' => [], 'enableExceptionHandler' => [],
        'addServer' => [gearman_test_host(), gearman_test_port()], 'addServers' => [gearman_test_server()],
        'jobStatusByUniqueKey' => ['no-such-unique'], '__destruct' => [], '__construct' => [],
    ],
    'GearmanWorker' => [
        'returnCode' => [], 'error' => [], 'getErrno' => [], 'options' => [], 'timeout' => [],
        /* setOptions() drops GEARMAN_WORKER_TIMEOUT_RETURN, which setTimeout() sets: in this order. */
        'setOptions' => [GEARMAN_WORKER_GRAB_UNIQ], 'addOptions' => [GEARMAN_WORKER_NON_BLOCKING],
        'removeOptions' => [GEARMAN_WORKER_NON_BLOCKING], 'setTimeout' => [300], 'setSSL' => [false], 'setId' => ['copy-id'],
        'addFunction' => ["$unserved-w", fn (GearmanJob $job) => 'copy'], 'register' => ["$unserved-r"],
        'unregister' => ["$unserved-r"], 'work' => [], 'grabJob' => [], 'wait' => [], 'ping' => ['p'],
        'unregisterAll' => [], 'enableExceptionHandler' => [],
        'addServer' => [gearman_test_host(), gearman_test_port()], 'addServers' => [gearman_test_server()],
        'stop' => [], '__destruct' => [], '__construct' => [],
    ],
    'GearmanTask' => [
        'returnCode' => [], 'functionName' => [], 'unique' => [], 'jobHandle' => [], 'isKnown' => [],
        'isRunning' => [], 'taskNumerator' => [], 'taskDenominator' => [], 'data' => [], 'dataSize' => [],
        'recvData' => [8], 'sendWorkload' => ['more'], '__construct' => [],
    ],
    'GearmanJob' => [
        'returnCode' => [], 'workload' => [], 'workloadSize' => [], 'handle' => [], 'functionName' => [],
        'unique' => [], 'sendData' => ['d'], 'sendWarning' => ['w'], 'sendStatus' => [1, 2],
        'sendException' => ['e'], 'sendFail' => [], 'sendComplete' => ['c'], 'setReturn' => [GEARMAN_SUCCESS],
        '__destruct' => [],
    ],
];
foreach ($calls as $class => $methods) {
    $declared = array_map(fn ($m) => $m->getName(), (new ReflectionClass($class))->getMethods(ReflectionMethod::IS_PUBLIC));
    $missing = array_diff($declared, array_keys($methods));
    $unknown = array_diff(array_keys($methods), $declared);
    echo "$class: ", $missing || $unknown ? 'methods not called: ' . implode(',', $missing) . ' unknown: ' . implode(',', $unknown) : 'every method', "\n";
}

function call_every(string $label, object $copy, array $methods): void
{
    $out = [];
    foreach ($methods as $method => $args) {
        try {
            $out[] = $method . '=' . get_debug_type(@$copy->$method(...$args));
        } catch (Throwable $e) {
            $out[] = $method . '=' . get_class($e);
        }
    }
    echo "$label:\n  ", wordwrap(implode(' ', $out), 100, "\n  "), "\n";
}

$client = gearman_test_client();
$client->setTimeout(2000);
$client->setContext('the context');
$client->setCompleteCallback(function (GearmanTask $task) { echo "original complete: ", $task->data(), "\n"; });
$pending = $client->addTask($fn, 'pending');
$clientCopies = ['clone' => clone $client, 'unserialized' => unserialize(serialize($client))];

$worker = gearman_test_worker();
$worker->setTimeout(2000);
$jobCopies = [];
$worker->addFunction("$fn-job", function (GearmanJob $job) use (&$jobCopies, $calls) {
    $jobCopies = ['clone' => clone $job, 'unserialized' => unserialize(serialize($job))];
    foreach ($jobCopies as $how => $copy) {
        call_every("job $how, inside the function", $copy, $calls['GearmanJob']);
    }
    return 'job done';
});
$workerCopies = ['clone' => clone $worker, 'unserialized' => unserialize(serialize($worker))];

$taskCopies = ['clone before run' => clone $pending, 'unserialized before run' => unserialize(serialize($pending))];
var_dump($client->runTasks());
$taskCopies += ['clone after run' => clone $pending, 'unserialized after run' => unserialize(serialize($pending))];

foreach ($clientCopies as $how => $copy) {
    call_every("client $how", $copy, $calls['GearmanClient']);
}
foreach ($taskCopies as $how => $copy) {
    call_every("task $how", $copy, $calls['GearmanTask']);
}
foreach ($workerCopies as $how => $copy) {
    call_every("worker $how", $copy, $calls['GearmanWorker']);
}
$client->doBackground("$fn-job", 'for the original');
var_dump($worker->work());
foreach ($jobCopies as $how => $copy) {
    call_every("job $how, after the function", $copy, $calls['GearmanJob']);
}
echo "original client: ", $client->doNormal($fn, 'still works'), "\n";
gearman_test_stop_worker($child);
echo "end\n";
?>
--EXPECT--
GearmanClient: every method
GearmanWorker: every method
GearmanTask: every method
GearmanJob: every method
original complete: R:pending
bool(true)
client clone:
  returnCode=int error=bool getErrno=int options=int timeout=int setTimeout=bool setSSL=bool
  setOptions=bool addOptions=bool removeOptions=bool context=string setContext=bool
  setWorkloadCallback=bool setCreatedCallback=bool setDataCallback=bool setWarningCallback=bool
  setStatusCallback=bool setCompleteCallback=bool setExceptionCallback=bool setFailCallback=bool
  doNormal=string doHigh=string doLow=string doBackground=string doHighBackground=string
  doLowBackground=string doJobHandle=string doStatus=array jobStatus=array ping=bool
  addTask=GearmanTask addTaskHigh=GearmanTask addTaskLow=GearmanTask addTaskBackground=GearmanTask
  addTaskHighBackground=GearmanTask addTaskLowBackground=GearmanTask addTaskStatus=GearmanTask
  runTasks=bool wait=bool clearCallbacks=bool enableExceptionHandler=bool addServer=bool
  addServers=bool jobStatusByUniqueKey=array __destruct=null __construct=null
client unserialized:
  returnCode=int error=bool getErrno=int options=int timeout=int setTimeout=bool setSSL=bool
  setOptions=bool addOptions=bool removeOptions=bool context=string setContext=bool
  setWorkloadCallback=bool setCreatedCallback=bool setDataCallback=bool setWarningCallback=bool
  setStatusCallback=bool setCompleteCallback=bool setExceptionCallback=GearmanException
  setFailCallback=bool doNormal=string doHigh=string doLow=string doBackground=string
  doHighBackground=string doLowBackground=string doJobHandle=string doStatus=array jobStatus=array
  ping=bool addTask=GearmanTask addTaskHigh=GearmanTask addTaskLow=GearmanTask
  addTaskBackground=GearmanTask addTaskHighBackground=GearmanTask addTaskLowBackground=GearmanTask
  addTaskStatus=GearmanTask runTasks=bool wait=bool clearCallbacks=bool
  enableExceptionHandler=GearmanException addServer=bool addServers=bool jobStatusByUniqueKey=array
  __destruct=null __construct=null
task clone before run:
  returnCode=int functionName=string unique=string jobHandle=bool isKnown=bool isRunning=bool
  taskNumerator=bool taskDenominator=bool data=bool dataSize=bool recvData=bool sendWorkload=bool
  __construct=null
task unserialized before run:
  returnCode=int functionName=bool unique=bool jobHandle=bool isKnown=bool isRunning=bool
  taskNumerator=bool taskDenominator=bool data=bool dataSize=bool recvData=bool sendWorkload=bool
  __construct=null
task clone after run:
  returnCode=int functionName=string unique=string jobHandle=string isKnown=bool isRunning=bool
  taskNumerator=bool taskDenominator=bool data=string dataSize=bool recvData=bool sendWorkload=bool
  __construct=null
task unserialized after run:
  returnCode=int functionName=bool unique=bool jobHandle=bool isKnown=bool isRunning=bool
  taskNumerator=bool taskDenominator=bool data=bool dataSize=bool recvData=bool sendWorkload=bool
  __construct=null
worker clone:
  returnCode=int error=bool getErrno=int options=int timeout=int setOptions=bool addOptions=bool
  removeOptions=bool setTimeout=bool setSSL=bool setId=bool addFunction=bool register=bool
  unregister=bool work=bool grabJob=bool wait=bool ping=bool unregisterAll=bool
  enableExceptionHandler=bool addServer=bool addServers=bool stop=null __destruct=null
  __construct=null
worker unserialized:
  returnCode=int error=bool getErrno=int options=int timeout=int setOptions=bool addOptions=bool
  removeOptions=bool setTimeout=bool setSSL=bool setId=bool addFunction=bool register=bool
  unregister=bool work=bool grabJob=bool wait=bool ping=bool unregisterAll=bool
  enableExceptionHandler=GearmanException addServer=bool addServers=bool stop=null __destruct=null
  __construct=null
job clone, inside the function:
  returnCode=int workload=string workloadSize=int handle=bool functionName=bool unique=bool
  sendData=bool sendWarning=bool sendStatus=bool sendException=bool sendFail=bool sendComplete=bool
  setReturn=bool __destruct=null
job unserialized, inside the function:
  returnCode=int workload=string workloadSize=int handle=bool functionName=bool unique=bool
  sendData=bool sendWarning=bool sendStatus=bool sendException=bool sendFail=bool sendComplete=bool
  setReturn=bool __destruct=null
bool(true)
job clone, after the function:
  returnCode=int workload=string workloadSize=int handle=bool functionName=bool unique=bool
  sendData=bool sendWarning=bool sendStatus=bool sendException=bool sendFail=bool sendComplete=bool
  setReturn=bool __destruct=null
job unserialized, after the function:
  returnCode=int workload=string workloadSize=int handle=bool functionName=bool unique=bool
  sendData=bool sendWarning=bool sendStatus=bool sendException=bool sendFail=bool sendComplete=bool
  setReturn=bool __destruct=null
original client: R:still works
end
