--TEST--
GearmanWorker::unregisterAll(): gearmand stops handing over the jobs once the worker has told it, and addFunction() afterwards works again
--DESCRIPTION--
libgearman 1.1.20 sends the RESET_ABILITIES of unregisterAll() (like the
CANT_DO of unregister()) only at the start of a grab cycle, that is after the
worker last went idle: right after a job, the next work() grabs again at
once, so a job already queued is still handed over and run by the old PHP
function; the following work() finds the queue empty and times out, and
only the one after that tells gearmand, then fails with
GEARMAN_NO_REGISTERED_FUNCTIONS. From then on gearmand's admin "status"
counts no worker for the function and its jobs stay queued. addFunction()
then registers it again and the job is run by the new PHP function.

libgearman 1.1.20 bug, also in PECL 2.1.0: unregisterAll() (or unregister())
followed by addFunction() for the same name before the change reached
gearmand makes libgearman send CAN_DO and then RESET_ABILITIES (it prepends
new functions to the list it sends from), so gearmand ends up with no
function for the worker while the worker believes it has one: work() times
out and the jobs wait for another worker. Ours notices the unsent removal
(GEARMAN_WORKER_CHANGE) and gives the worker a fresh libgearman handle
before its next work(), registering exactly the functions it has: the job
is run by the new PHP function, and gearmand counts one worker for it.
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
$id = gearman_test_function_name('id');
/*
 * The admin protocol's lines about this test's function or worker. The
 * worker's ping() first: gearmand answers it after the packets the worker
 * sent before (a WORK_COMPLETE, a RESET_ABILITIES), whereas the admin
 * connection could overtake them.
 */
function admin(string $command): string
{
    global $fn, $id, $worker;
    $worker->ping('sync');
    $admin = fsockopen(gearman_test_host(), gearman_test_port(), $errno, $errstr, 5);
    if (!$admin) {
        die("cannot reach the admin port: $errstr\n");
    }
    fwrite($admin, "$command\n");
    $out = '';
    while (($line = fgets($admin)) !== false && $line !== ".\n") {
        if (strpos($line, $fn) !== false || strpos($line, $id) !== false) {
            $out .= "  $command: " . str_replace([$fn, $id, "\t"], ['<fn>', '<id>', ' '], preg_replace('/^\d+ \S+ /', '', $line));
        }
    }
    fclose($admin);
    return $line === ".\n" ? $out : "  $command: no final \".\" line\n";
}
function work(GearmanWorker $worker): void
{
    $ok = @$worker->work();
    echo "work(): ", var_export($ok, true), ", returnCode() ", $worker->returnCode(), "\n";
}
$client = gearman_test_client();
$worker = gearman_test_worker();
$worker->setId($id);
$worker->setTimeout(300);
$worker->addFunction($fn, function (GearmanJob $job) { echo "first function: ", $job->workload(), "\n"; });
$client->doBackground($fn, 'one');
work($worker);

echo "-- unregisterAll() right after a job\n";
var_dump($worker->unregisterAll());
echo admin('status');
$client->doBackground($fn, 'two');
work($worker);
work($worker);
echo admin('status');
work($worker);
echo admin('status'), admin('workers');

echo "-- gearmand no longer hands the function's jobs to this worker\n";
$client->doBackground($fn, 'three');
echo admin('status');
work($worker);

echo "-- addFunction() again\n";
var_dump($worker->addFunction($fn, function (GearmanJob $job) { echo "second function: ", $job->workload(), "\n"; }));
work($worker);
echo admin('status'), admin('workers');

echo "-- unregisterAll() then addFunction() before the next work()\n";
work($worker);
var_dump($worker->unregisterAll());
var_dump($worker->addFunction($fn, function (GearmanJob $job) { echo "third function: ", $job->workload(), "\n"; }));
$client->doBackground($fn, 'four');
work($worker);
echo admin('status');
?>
--EXPECT--
first function: one
work(): true, returnCode() 0
-- unregisterAll() right after a job
bool(true)
  status: <fn> 0 0 1
first function: two
work(): true, returnCode() 0
work(): false, returnCode() 47
  status: <fn> 0 0 1
work(): false, returnCode() 34
  status: <fn> 0 0 0
  workers: <id> :
-- gearmand no longer hands the function's jobs to this worker
  status: <fn> 1 0 0
work(): false, returnCode() 34
-- addFunction() again
bool(true)
second function: three
work(): true, returnCode() 0
  status: <fn> 0 0 1
  workers: <id> : <fn>
-- unregisterAll() then addFunction() before the next work()
work(): false, returnCode() 47
bool(true)
bool(true)
third function: four
work(): true, returnCode() 0
  status: <fn> 0 0 1
