--TEST--
GearmanWorker::wait(): GEARMAN_NO_ACTIVE_FDS with a warning when nothing is pending, true once gearmand answers, a quiet GEARMAN_TIMEOUT otherwise
--DESCRIPTION--
wait() polls the connections that libgearman is waiting on. A worker without
servers, a blocking worker between calls (even connected) and one whose only
server is down have none: false at once, warning, returnCode()
GEARMAN_NO_ACTIVE_FDS (7). In the non-blocking cycle it is true once gearmand
has answered (the reply to a grab, or the NOOP that wakes a sleeping worker
when a job arrives) and false with returnCode() GEARMAN_TIMEOUT (47) when
setTimeout() runs out first; like PECL 2.1.0 (and GearmanClient::wait()),
the timeout does not warn, since a loop with a timeout meets it every period.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
echo "-- no servers\n";
$none = new GearmanWorker();
var_dump($none->wait(), $none->returnCode(), $none->error());
var_dump(gearman_worker_wait($none), gearman_worker_return_code($none));

echo "-- connected, blocking, between calls\n";
$fn = gearman_test_function_name();
$worker = gearman_test_worker();
$worker->setTimeout(300);
$worker->addFunction($fn, function (GearmanJob $job) { echo "job: ", $job->workload(), "\n"; });
var_dump($worker->wait(), $worker->returnCode());

echo "-- non-blocking cycle\n";
$worker->addOptions(GEARMAN_WORKER_NON_BLOCKING);
/* GEARMAN_IO_WAIT until gearmand's NO_JOB is read (usually the first call
 * finds no answer yet); every wait() in between returns true. */
$waits = [];
for ($i = 0; $i < 10 && !@$worker->work() && $worker->returnCode() == GEARMAN_IO_WAIT; $i++) {
    $waits[] = $worker->wait();
}
var_dump($worker->returnCode() == GEARMAN_NO_JOBS, !in_array(false, $waits, true));
/* The worker has sent PRE_SLEEP: nothing comes until a job does. */
var_dump($worker->wait(), $worker->returnCode() == GEARMAN_TIMEOUT);
var_dump(gearman_worker_wait($worker), $worker->returnCode() == GEARMAN_TIMEOUT);
/* A job wakes the sleeping worker. */
gearman_test_client()->doBackground($fn, 'wake up');
var_dump($worker->wait(), $worker->returnCode());
$done = false;
for ($i = 0; $i < 5 && !$done; $i++) {
    $done = @$worker->work();
    if (!$done) {
        $worker->wait();
    }
}
var_dump($done);

echo "-- server down\n";
$dead = new GearmanWorker();
try {
    $dead->addServer('127.0.0.1', gearman_test_closed_port());
} catch (GearmanException $e) {
    echo $e->getMessage(), "\n";
}
$dead->setTimeout(300);
var_dump($dead->wait(), $dead->returnCode());
?>
--EXPECTF--
-- no servers

Warning: GearmanWorker::wait(): gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s in %s on line %d
bool(false)
int(7)
string(%d) "gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s"

Warning: gearman_worker_wait(): gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s in %s on line %d
bool(false)
int(7)
-- connected, blocking, between calls

Warning: GearmanWorker::wait(): gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s in %s on line %d
bool(false)
int(7)
-- non-blocking cycle
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
int(0)
job: wake up
bool(true)
-- server down
Failed to set exception option

Warning: GearmanWorker::wait(): gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s in %s on line %d
bool(false)
int(7)
