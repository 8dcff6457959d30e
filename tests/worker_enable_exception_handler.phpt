--TEST--
GearmanWorker::enableExceptionHandler(): true against a live server, GearmanException when no server can be asked
--DESCRIPTION--
PECL 2.1.5 surface, absent from the 2.1.0 reference (which always makes this
round trip in addServer() and throws "Failed to set exception option" when it
fails). enableExceptionHandler() makes the same round trip later, so it is
what a worker added with addServer(..., false) calls: against a live server it
returns true, can be repeated, and the worker then runs jobs as usual.
Against a closed port, and on a worker without any server, it throws
GearmanException "Failed to set exception option" like addServer() does.
error() names the cause. returnCode() is GEARMAN_COULD_NOT_CONNECT (26) for
the closed port; for the worker without a server it is 26 too although
error() says GEARMAN_NO_SERVERS (libgearman's worker API has no error-code
getter), so it is not asserted there.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
echo "-- live server, addServer(..., false)\n";
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = new GearmanWorker();
    $worker->addServer(gearman_test_host(), gearman_test_port(), false);
    gearman_test_report("enableExceptionHandler(): " . var_export($worker->enableExceptionHandler(), true)
        . ", returnCode() " . $worker->returnCode());
    gearman_test_report("again: " . var_export($worker->enableExceptionHandler(), true)
        . ", gearman_worker_enable_exception_handler(): " . var_export(gearman_worker_enable_exception_handler($worker), true));
    $worker->addFunction($args["fn"], fn(GearmanJob $job) => strtoupper($job->workload()));
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);
var_dump(gearman_test_client()->doNormal($fn, 'still works'));
gearman_test_end_worker($child);
/* Reported before "ready", so read the whole output. */
echo file_get_contents($child->stdoutFile);

echo "-- live server, addServer() already did it\n";
$worker = gearman_test_worker();
var_dump($worker->enableExceptionHandler(), $worker->returnCode());

echo "-- closed port\n";
$dead = new GearmanWorker();
var_dump($dead->addServer('127.0.0.1', gearman_test_closed_port(), false));
try {
    var_dump($dead->enableExceptionHandler());
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($dead->returnCode(), $dead->error());
try {
    var_dump(gearman_worker_enable_exception_handler($dead));
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

echo "-- no server\n";
$none = new GearmanWorker();
try {
    var_dump($none->enableExceptionHandler());
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($none->error());
?>
--EXPECTF--
-- live server, addServer(..., false)
string(11) "STILL WORKS"
worker: ok
enableExceptionHandler(): true, returnCode() 0
again: true, gearman_worker_enable_exception_handler(): true
ready
-- live server, addServer() already did it
bool(true)
int(0)
-- closed port
bool(true)
GearmanException: Failed to set exception option
int(26)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
GearmanException: Failed to set exception option
-- no server
GearmanException: Failed to set exception option
string(%d) "gearman_server_option(GEARMAN_NO_SERVERS) no servers provided -> %s"
