--TEST--
clone of a GearmanWorker is independent and keeps its functions; an unserialized worker is fresh and usable; a worker function cannot re-enter work()
--DESCRIPTION--
PECL crashed at shutdown after cloning a worker. Calling work(), grabJob()
or wait() from inside one of the worker's own functions would corrupt
libgearman's state machine: it is an Error there.
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
$original = gearman_test_worker();
$original->setTimeout(2000);
$original->addFunction($fn, function (GearmanJob $job, $context) {
    return "$context:" . $job->workload();
}, 'ctx');
$reentrant = gearman_test_worker();
$reentrant->addFunction($fn . '_reentrant', function (GearmanJob $job) use (&$reentrant) {
    foreach (['work', 'grabJob', 'wait'] as $method) {
        try {
            $reentrant->$method();
        } catch (Error $e) {
            echo "  ", $e->getMessage(), "\n";
        }
    }
    try {
        gearman_worker_work($reentrant);
    } catch (Error $e) {
        echo "  ", $e->getMessage(), "\n";
    }
    return 'ok';
});
$client->doBackground($fn . '_reentrant', 'x');
var_dump($reentrant->work());
$copy = clone $original;
var_dump($copy->timeout());

$client->doBackground($fn, 'one');
var_dump($copy->work(), $copy->returnCode());
unset($copy);
$client->doBackground($fn, 'two');
var_dump($original->work(), $original->returnCode());

$fresh = unserialize(serialize($original));
var_dump(get_class($fresh), $fresh->timeout(), $fresh->options());
var_dump(@$fresh->work(), $fresh->returnCode() == GEARMAN_NO_SERVERS);
$fresh->addServer(gearman_test_host(), gearman_test_port());
$fresh->addFunction($fn, fn(GearmanJob $job) => 'fresh');
$client->doBackground($fn, 'three');
var_dump($fresh->work(), $fresh->returnCode());
/* The script's own cycle (a closure that captures what holds it), freed
 * before exit: PHP frees no cycle at exit, plain objects' included. */
unset($reentrant);
gc_collect_cycles();
?>
--EXPECT--
  GearmanWorker::work(): cannot be called from inside one of this worker's functions
  GearmanWorker::grabJob(): cannot be called from inside one of this worker's functions
  GearmanWorker::wait(): cannot be called from inside one of this worker's functions
  gearman_worker_work(): cannot be called from inside one of this worker's functions
bool(true)
int(2000)
bool(true)
int(0)
bool(true)
int(0)
string(13) "GearmanWorker"
int(-1)
int(644)
bool(false)
bool(true)
bool(true)
int(0)
