--TEST--
A forked child that calls methods on an inherited GearmanClient, GearmanWorker or GearmanJob gets an Error naming the owner; freeing them, at once or at its exit from a destructor, sends nothing on the parent's connections
--DESCRIPTION--
PECL 2.2.1 parity (issue 22). The child shares the parent's sockets: before,
its calls wrote into the parent's streams, and freeing the objects at its
exit shut the shared sockets down (libgearman closes with shutdown()), so
the parent's next calls failed. Asserted: every call in the child throws
before any I/O; after the child, the parent completes the job it grabbed,
grabs the next one and submits more on the same connections.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
if (!function_exists('pcntl_fork')) die('skip pcntl_fork() is not available');
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
final class Holder
{
    public function __construct(public array $objects) {}
    public function __destruct() { echo "child: destructor, ", count($this->objects), " objects\n"; }
}
$fn = gearman_test_function_name();
$client = gearman_test_client();
$worker = gearman_test_worker();
$worker->setTimeout(10000);
$worker->register($fn);
$client->doBackground($fn, 'first');
$client->doBackground($fn, 'second');
$job = $worker->grabJob();
echo "parent grabbed ", $job->workload(), "\n";

$parent = (string) getmypid();
$pid = pcntl_fork();
if ($pid === 0) {
    $calls = [
        'GearmanClient::doBackground' => fn () => $client->doBackground($fn, 'from the child'),
        'GearmanClient::error' => fn () => $client->error(),
        'GearmanWorker::grabJob' => fn () => $worker->grabJob(),
        'GearmanWorker::unregisterAll' => fn () => $worker->unregisterAll(),
        'GearmanJob::sendComplete' => fn () => $job->sendComplete('from the child'),
        'gearman_job_send_fail' => fn () => gearman_job_send_fail($job),
    ];
    foreach ($calls as $name => $call) {
        try {
            $call();
            echo "child: $name: no error\n";
        } catch (Error $e) {
            echo "child: $name: ", get_class($e), ": ", str_replace($parent, 'PARENT', $e->getMessage()), "\n";
        }
    }
    /* What a child may do: read what the objects hold. */
    echo "child: workload ", $job->workload(), ", returnCode ", $client->returnCode(), "\n";
    /* A clone is the child's own. */
    $mine = clone $client;
    var_dump($mine->doBackground($fn, 'third') !== '');
    $GLOBALS['holder'] = new Holder([$client, $worker, $job]);
    unset($client, $worker, $job);
    exit(0);
}
pcntl_waitpid($pid, $status);
echo "child exit status ", pcntl_wexitstatus($status), "\n";
var_dump($job->sendComplete('from the parent'));
unset($job);
$next = $worker->grabJob();
echo "parent grabbed ", $next ? $next->workload() : 'nothing', "\n";
var_dump($next->sendComplete('done'));
$third = $worker->grabJob();
echo "parent grabbed ", $third ? $third->workload() : 'nothing', "\n";
var_dump($client->doBackground($fn . '-nobody', 'x') !== '', $client->returnCode());
?>
--EXPECT--
parent grabbed first
child: GearmanClient::doBackground: Error: GearmanClient::doBackground(): this GearmanClient was created in process PARENT; a forked child must create its own GearmanClient
child: GearmanClient::error: Error: GearmanClient::error(): this GearmanClient was created in process PARENT; a forked child must create its own GearmanClient
child: GearmanWorker::grabJob: Error: GearmanWorker::grabJob(): this GearmanWorker was created in process PARENT; a forked child must create its own GearmanWorker
child: GearmanWorker::unregisterAll: Error: GearmanWorker::unregisterAll(): this GearmanWorker was created in process PARENT; a forked child must create its own GearmanWorker
child: GearmanJob::sendComplete: Error: GearmanJob::sendComplete(): this GearmanJob was created in process PARENT; a forked child must create its own GearmanJob
child: gearman_job_send_fail: Error: gearman_job_send_fail(): this GearmanJob was created in process PARENT; a forked child must create its own GearmanJob
child: workload first, returnCode 0
bool(true)
child: destructor, 3 objects
child exit status 0
bool(true)
parent grabbed second
bool(true)
parent grabbed third
bool(true)
int(0)
