--TEST--
Crash class: __destruct() called by hand on GearmanClient, GearmanWorker and GearmanJob, then the objects used; GearmanTask has no __destruct()
--DESCRIPTION--
PECL 2.1.0's __destruct() freed the libgearman object, so calling it by hand
and then using the object (or letting PHP destroy it again) corrupted the
heap. GearmanClient, GearmanWorker and GearmanJob declare __destruct() (it
is part of PECL's surface); here it releases nothing, resources go with the
object itself. Asserted: __destruct() returns null, twice in a row; the
client then submits jobs and runs a task, the worker runs jobs, a job
inside its worker function sends data and completes after
$job->__destruct(); a subclass whose __destruct() calls
parent::__destruct() first and then uses the object works at unset() and at
shutdown; GearmanTask has no __destruct, so calling it is an Error.
On PECL 2.1.0 this script aborts right after the worker's __destruct()
("malloc(): unsorted double linked list corrupted").
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';

class MyClient extends GearmanClient
{
    public function __destruct()
    {
        parent::__destruct();
        echo "MyClient::__destruct after parent: timeout ", $this->timeout(), "\n";
    }
}
class MyWorker extends GearmanWorker
{
    public function __destruct()
    {
        parent::__destruct();
        echo "MyWorker::__destruct after parent: timeout ", $this->timeout(), "\n";
    }
}

foreach (['GearmanClient', 'GearmanWorker', 'GearmanJob', 'GearmanTask'] as $class) {
    echo $class, " declares __destruct: ", var_export(method_exists($class, '__destruct'), true), "\n";
}

$fn = gearman_test_function_name();
$client = gearman_test_client();
var_dump($client->__destruct(), $client->__destruct());
$client->setTimeout(3000);

$worker = gearman_test_worker();
var_dump($worker->__destruct());
$worker->setTimeout(3000);
$worker->addFunction($fn, function (GearmanJob $job) {
    var_dump($job->__destruct(), $job->__destruct());
    var_dump($job->workload(), $job->sendData('data after __destruct'), $job->sendStatus(1, 1));
    return 'result after __destruct';
});
var_dump($worker->__destruct());

$handle = $client->doBackground($fn, 'background');
var_dump(is_string($handle) && $handle !== '');
var_dump($worker->work());

$job = new GearmanJob();
$job->__destruct();
var_dump($job->returnCode(), $job->workload());

$task = $client->addTaskBackground($fn, 'task');
try {
    $task->__destruct();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($client->runTasks(), $task->functionName() === $fn);
var_dump($worker->work());
$client->__destruct();
$worker->__destruct();
var_dump(gearman_client_timeout($client), gearman_worker_timeout($worker));

$myClient = new MyClient();
$myClient->setTimeout(111);
$myClient->__destruct();
$myClient->addServer(gearman_test_host(), gearman_test_port());
$myWorker = new MyWorker();
$myWorker->setTimeout(222);
unset($myClient);
echo "end\n";
?>
--EXPECT--
GearmanClient declares __destruct: true
GearmanWorker declares __destruct: true
GearmanJob declares __destruct: true
GearmanTask declares __destruct: false
NULL
NULL
NULL
NULL
bool(true)
NULL
NULL
string(10) "background"
bool(true)
bool(true)
bool(true)
int(0)
string(0) ""
Error: Call to undefined method GearmanTask::__destruct()
bool(true)
bool(true)
NULL
NULL
string(4) "task"
bool(true)
bool(true)
bool(true)
int(3000)
int(3000)
MyClient::__destruct after parent: timeout 111
MyClient::__destruct after parent: timeout 111
end
MyWorker::__destruct after parent: timeout 222
