--TEST--
GearmanWorker::grabJob() returns a GearmanJob the caller answers, false with GEARMAN_NO_JOBS when none is queued, and never crashes
--DESCRIPTION--
PECL declared grabJob(): GearmanWorker|false; it returns a GearmanJob. A
grab after one that found a job and one that found none crashed PECL (a
libgearman 1.1.20 state machine bug); non-blocking, PECL returned an empty
GearmanJob. The grabbed job keeps its worker's libgearman handle alive.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$fn = gearman_test_function_name();
$client = gearman_test_client();
$worker = gearman_test_worker();
var_dump($worker->register($fn, 5));
var_dump((string) (new ReflectionMethod('GearmanWorker', 'grabJob'))->getReturnType());

$client->doBackground($fn, 'first', 'unique-1');
$job = $worker->grabJob();
var_dump(get_class($job), $worker->returnCode(), $job->workload(), $job->unique(), $job->functionName() === $fn);
var_dump($job->sendStatus(1, 2), $job->sendComplete('done'));
for ($i = 0; $i < 3; $i++) {
    var_dump($worker->grabJob(), $worker->returnCode());
}
$client->doBackground($fn, 'second');
$job = gearman_worker_grab_job($worker);
var_dump($job->workload(), $job->sendFail());
$worker->addOptions(GEARMAN_WORKER_NON_BLOCKING);
var_dump($worker->grabJob(), $worker->returnCode());
$worker->removeOptions(GEARMAN_WORKER_NON_BLOCKING);

$client->doBackground($fn, 'third');
$job = $worker->grabJob();
unset($worker);
var_dump($job->workload(), $job->sendComplete('after the worker variable went away'));
unset($job);
echo "done\n";
?>
--EXPECT--
bool(true)
string(16) "GearmanJob|false"
string(10) "GearmanJob"
int(0)
string(5) "first"
string(8) "unique-1"
bool(true)
bool(true)
bool(true)
bool(false)
int(35)
bool(false)
int(35)
bool(false)
int(35)
string(6) "second"
bool(true)
bool(false)
int(35)
string(5) "third"
bool(true)
done
