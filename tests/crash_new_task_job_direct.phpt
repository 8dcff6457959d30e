--TEST--
Crash class: new GearmanTask() / new GearmanJob() used directly, and objects made without their constructor, every method and procedural twin
--DESCRIPTION--
A GearmanTask or GearmanJob made with new has no libgearman task or job
behind it; PECL's methods dereferenced it anyway ("(null)" warnings, crashes
on the sends and on recvData()/sendWorkload()). job_without_job.phpt checks
the GearmanJob methods' values; this calls every method and every
gearman_task_* / gearman_job_* function on new GearmanTask(), new
GearmanJob(), on objects of subclasses whose constructor does not call the
parent's, and on GearmanClient / GearmanWorker / GearmanTask objects made by
ReflectionClass::newInstanceWithoutConstructor() (the constructor never
ran). Asserted: the result types (warnings are silenced: how loud each
call is belongs to other tests), no crash, and the objects are freed
cleanly. PECL 2.1.0 survives the task and job part; its client made without
constructor ignores setTimeout() until __construct() runs.
--EXTENSIONS--
gearman
--FILE--
<?php
class MyTask extends GearmanTask
{
    public function __construct() { /* parent::__construct() not called */ }
}
class MyJob extends GearmanJob
{
    public function __construct() { /* GearmanJob declares no constructor */ }
}

function call_all(string $label, object $object, array $calls): void
{
    $out = [];
    set_error_handler(fn () => true);
    foreach ($calls as $name => $args) {
        try {
            $result = is_callable([$object, $name]) ? $object->$name(...$args) : $name($object, ...$args);
            $out[] = "$name=" . get_debug_type($result);
        } catch (Throwable $e) {
            $out[] = "$name=" . get_class($e);
        }
    }
    restore_error_handler();
    echo "$label:\n  ", wordwrap(implode(' ', $out), 100, "\n  "), "\n";
}

$taskCalls = [
    '__construct' => [], 'returnCode' => [], 'functionName' => [], 'unique' => [], 'jobHandle' => [],
    'isKnown' => [], 'isRunning' => [], 'taskNumerator' => [], 'taskDenominator' => [], 'data' => [],
    'dataSize' => [], 'recvData' => [1024], 'sendWorkload' => ['workload'],
    'gearman_task_return_code' => [], 'gearman_task_function_name' => [], 'gearman_task_unique' => [],
    'gearman_task_job_handle' => [], 'gearman_task_is_known' => [], 'gearman_task_is_running' => [],
    'gearman_task_numerator' => [], 'gearman_task_denominator' => [], 'gearman_task_data' => [],
    'gearman_task_data_size' => [], 'gearman_task_recv_data' => [1024], 'gearman_task_send_workload' => ['w'],
];
$jobCalls = [
    '__destruct' => [], 'returnCode' => [], 'workload' => [], 'workloadSize' => [], 'handle' => [],
    'functionName' => [], 'unique' => [], 'sendData' => ['d'], 'sendWarning' => ['w'],
    'sendStatus' => [1, 2], 'sendException' => ['e'], 'sendFail' => [], 'sendComplete' => ['c'],
    'setReturn' => [GEARMAN_WORK_FAIL],
    'gearman_job_return_code' => [], 'gearman_job_workload' => [], 'gearman_job_workload_size' => [],
    'gearman_job_handle' => [], 'gearman_job_function_name' => [], 'gearman_job_unique' => [],
    'gearman_job_send_data' => ['d'], 'gearman_job_send_warning' => ['w'], 'gearman_job_send_status' => [1, 2],
    'gearman_job_send_exception' => ['e'], 'gearman_job_send_fail' => [], 'gearman_job_send_complete' => ['c'],
    'gearman_job_set_return' => [GEARMAN_SUCCESS],
];
foreach ([GearmanTask::class => $taskCalls, GearmanJob::class => $jobCalls] as $class => $calls) {
    $methods = array_map(fn ($m) => $m->getName(), (new ReflectionClass($class))->getMethods());
    $functions = array_filter(get_extension_funcs('gearman'),
        fn ($f) => str_starts_with($f, $class === GearmanTask::class ? 'gearman_task_' : 'gearman_job_'));
    $missing = array_diff(array_merge($methods, $functions), array_keys($calls));
    echo "$class: ", $missing ? 'not called: ' . implode(',', $missing) : 'every method and function', "\n";
}

call_all('new GearmanTask()', new GearmanTask(), $taskCalls);
call_all('new MyTask()', new MyTask(), $taskCalls);
call_all('GearmanTask without constructor', (new ReflectionClass(GearmanTask::class))->newInstanceWithoutConstructor(), $taskCalls);
call_all('new GearmanJob()', new GearmanJob(), $jobCalls);
call_all('new MyJob()', new MyJob(), $jobCalls);
call_all('GearmanJob without constructor', (new ReflectionClass(GearmanJob::class))->newInstanceWithoutConstructor(), $jobCalls);

/* The same for the classes whose constructor does the set-up. */
foreach ([GearmanClient::class, GearmanWorker::class] as $class) {
    $object = (new ReflectionClass($class))->newInstanceWithoutConstructor();
    $object->setTimeout(100);
    var_dump($object->timeout(), $object->returnCode(), @$object->addServer('127.0.0.1', 1, false), $object->options() > 0);
    $object->__construct();
    echo get_class($object), " constructed late: ", $object->timeout(), "\n";
}
$task = new GearmanTask();
$task->__construct();
$task->__construct();
var_dump($task->returnCode(), $task->functionName());
echo "end\n";
?>
--EXPECT--
GearmanTask: every method and function
GearmanJob: every method and function
new GearmanTask():
  __construct=null returnCode=int functionName=bool unique=bool jobHandle=bool isKnown=bool
  isRunning=bool taskNumerator=bool taskDenominator=bool data=bool dataSize=bool recvData=bool
  sendWorkload=bool gearman_task_return_code=int gearman_task_function_name=bool
  gearman_task_unique=bool gearman_task_job_handle=bool gearman_task_is_known=bool
  gearman_task_is_running=bool gearman_task_numerator=bool gearman_task_denominator=bool
  gearman_task_data=bool gearman_task_data_size=bool gearman_task_recv_data=bool
  gearman_task_send_workload=bool
new MyTask():
  __construct=null returnCode=int functionName=bool unique=bool jobHandle=bool isKnown=bool
  isRunning=bool taskNumerator=bool taskDenominator=bool data=bool dataSize=bool recvData=bool
  sendWorkload=bool gearman_task_return_code=int gearman_task_function_name=bool
  gearman_task_unique=bool gearman_task_job_handle=bool gearman_task_is_known=bool
  gearman_task_is_running=bool gearman_task_numerator=bool gearman_task_denominator=bool
  gearman_task_data=bool gearman_task_data_size=bool gearman_task_recv_data=bool
  gearman_task_send_workload=bool
GearmanTask without constructor:
  __construct=null returnCode=int functionName=bool unique=bool jobHandle=bool isKnown=bool
  isRunning=bool taskNumerator=bool taskDenominator=bool data=bool dataSize=bool recvData=bool
  sendWorkload=bool gearman_task_return_code=int gearman_task_function_name=bool
  gearman_task_unique=bool gearman_task_job_handle=bool gearman_task_is_known=bool
  gearman_task_is_running=bool gearman_task_numerator=bool gearman_task_denominator=bool
  gearman_task_data=bool gearman_task_data_size=bool gearman_task_recv_data=bool
  gearman_task_send_workload=bool
new GearmanJob():
  __destruct=null returnCode=int workload=string workloadSize=int handle=bool functionName=bool
  unique=bool sendData=bool sendWarning=bool sendStatus=bool sendException=bool sendFail=bool
  sendComplete=bool setReturn=bool gearman_job_return_code=int gearman_job_workload=string
  gearman_job_workload_size=int gearman_job_handle=bool gearman_job_function_name=bool
  gearman_job_unique=bool gearman_job_send_data=bool gearman_job_send_warning=bool
  gearman_job_send_status=bool gearman_job_send_exception=bool gearman_job_send_fail=bool
  gearman_job_send_complete=bool gearman_job_set_return=bool
new MyJob():
  __destruct=null returnCode=int workload=string workloadSize=int handle=bool functionName=bool
  unique=bool sendData=bool sendWarning=bool sendStatus=bool sendException=bool sendFail=bool
  sendComplete=bool setReturn=bool gearman_job_return_code=int gearman_job_workload=string
  gearman_job_workload_size=int gearman_job_handle=bool gearman_job_function_name=bool
  gearman_job_unique=bool gearman_job_send_data=bool gearman_job_send_warning=bool
  gearman_job_send_status=bool gearman_job_send_exception=bool gearman_job_send_fail=bool
  gearman_job_send_complete=bool gearman_job_set_return=bool
GearmanJob without constructor:
  __destruct=null returnCode=int workload=string workloadSize=int handle=bool functionName=bool
  unique=bool sendData=bool sendWarning=bool sendStatus=bool sendException=bool sendFail=bool
  sendComplete=bool setReturn=bool gearman_job_return_code=int gearman_job_workload=string
  gearman_job_workload_size=int gearman_job_handle=bool gearman_job_function_name=bool
  gearman_job_unique=bool gearman_job_send_data=bool gearman_job_send_warning=bool
  gearman_job_send_status=bool gearman_job_send_exception=bool gearman_job_send_fail=bool
  gearman_job_send_complete=bool gearman_job_set_return=bool
int(100)
int(0)
bool(true)
bool(true)
GearmanClient constructed late: 100
int(100)
int(0)
bool(true)
bool(true)
GearmanWorker constructed late: 100
int(0)
bool(false)
end
