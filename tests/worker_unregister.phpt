--TEST--
GearmanWorker::unregister() and unregisterAll() stop gearmand from handing over those jobs; failures warn with the reason
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = gearman_test_client();
$a = gearman_test_function_name('a');
$b = gearman_test_function_name('b');
$worker = gearman_test_worker();
$worker->setTimeout(500);
$worker->addFunction($a, fn(GearmanJob $job) => "a:" . $job->workload());
$worker->addFunction($b, fn(GearmanJob $job) => "b:" . $job->workload());
var_dump($worker->unregister($a), $worker->returnCode());
$client->doBackground($a, 'to a');
$client->doBackground($b, 'to b');
var_dump($worker->work(), $worker->returnCode());
/* The job for $a stays queued. */
var_dump($worker->work(), $worker->returnCode());

var_dump($worker->unregister($a));
var_dump(gearman_worker_unregister($worker, 'never added'), $worker->returnCode() == GEARMAN_NO_REGISTERED_FUNCTION);
var_dump($worker->unregisterAll(), $worker->returnCode());
var_dump(gearman_worker_unregister_all($worker), $worker->returnCode() == GEARMAN_NO_REGISTERED_FUNCTIONS);
var_dump($worker->work(), $worker->returnCode() == GEARMAN_NO_REGISTERED_FUNCTIONS);

/* Another worker takes the job left for $a. */
$other = gearman_test_worker();
$other->addFunction($a, function (GearmanJob $job) { echo "other worker got: ", $job->workload(), "\n"; });
var_dump($other->work());
foreach (['', "a\0b"] as $bad) {
    try {
        $worker->register($bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    $worker->register('x', -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
int(0)
bool(true)
int(0)
bool(false)
int(47)

Warning: GearmanWorker::unregister(): GEARMAN_NO_REGISTERED_FUNCTION in %s on line %d
bool(false)

Warning: gearman_worker_unregister(): GEARMAN_NO_REGISTERED_FUNCTION in %s on line %d
bool(false)
bool(true)
bool(true)
int(0)

Warning: gearman_worker_unregister_all(): GEARMAN_NO_REGISTERED_FUNCTIONS in %s on line %d
bool(false)
bool(true)

Warning: GearmanWorker::work(): %s in %s on line %d
bool(false)
bool(true)
other worker got: to a
bool(true)
GearmanWorker::register(): Argument #1 ($function_name) cannot be empty
GearmanWorker::register(): Argument #1 ($function_name) must not contain any null bytes
GearmanWorker::register(): Argument #2 ($timeout) must be between 0 and 4294967295
