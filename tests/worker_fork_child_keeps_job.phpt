--TEST--
A worker function that forks: whatever the child does with what it inherited, the parent's job completes with the parent's result (5 of 5)
--DESCRIPTION--
PECL 2.2.1 parity (issue 22; PECL's #40). The forked child shares the
worker's socket: before, its exit() sent WORK_FAIL for the parent's job and
libgearman's close shut the shared socket down, so the client got "" with
GEARMAN_WORK_FAIL, 0 of 5. Now, in the child: exit() at once ends it with its
status; freeing the inherited GearmanJob, GearmanWorker and GearmanClient
(also from a destructor) sends nothing; calling a method on them throws an
Error naming the owning process; returning from, or throwing out of, the
worker function it inherited is a fatal error in the child only. The parent
reports each child's exit status and still uses its client afterwards.
Under valgrind: the forked children end inside the worker function: by
exit(), which the extension turns into a bailout there (the child must not
return into its parent's libgearman loop), or by a fatal error. PHP itself
loses memory on such a bailout (op arrays of the running script, reported
definitely lost with USE_ZEND_ALLOC=0: a plain PHP 8.2 script that dies of
E_USER_ERROR inside array_map() inside an included file shows the same), so
the valgrind pass's leak check is off here; memory errors still fail it.
--ENV--
VALGRIND_OPTS=--leak-check=no
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
if (!function_exists('pcntl_fork')) die('skip pcntl_fork() is not available');
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    final class Holder
    {
        public function __construct(public array $objects) {}
        public function __destruct() { gearman_test_report("  destructor in the child, " . count($this->objects) . " objects"); }
    }
    $worker = gearman_test_worker();
    $client = gearman_test_client();
    /* A live connection for the child to inherit. */
    $client->doBackground($args["fn"] . "-nobody", "x");
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        $mode = $job->workload();
        $parent = (string) getmypid();
        $pid = pcntl_fork();
        if ($pid === 0) {
            switch ($mode) {
            case "exit":
                exit(7);
            case "free":
                $holder = new Holder([$job, $GLOBALS["worker"], $GLOBALS["client"]]);
                unset($job, $GLOBALS["worker"], $GLOBALS["client"], $holder);
                gearman_test_report("  freed in the child");
                exit(0);
            case "call":
                $calls = [
                    "sendStatus" => fn () => $job->sendStatus(1, 2),
                    "sendComplete" => fn () => $job->sendComplete("from the child"),
                    "work" => fn () => $GLOBALS["worker"]->work(),
                    "doNormal" => fn () => $GLOBALS["client"]->doNormal("x", "y"),
                ];
                foreach ($calls as $name => $call) {
                    try {
                        $call();
                        gearman_test_report("  $name: no error");
                    } catch (Error $e) {
                        gearman_test_report("  $name: " . get_class($e) . ": " . str_replace($parent, "PARENT", $e->getMessage()));
                    }
                }
                exit(0);
            case "return":
                return "from the child";
            case "throw":
                throw new RuntimeException("thrown in the child");
            }
        }
        pcntl_waitpid($pid, $status);
        gearman_test_report("$mode: child exit status " . pcntl_wexitstatus($status));
        return "parent $mode";
    });
    gearman_test_ready();
    gearman_test_work($worker, 5);
    var_dump($client->doBackground($args["fn"] . "-nobody", "after") !== "", $client->returnCode());
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(20000);
foreach (['exit', 'free', 'call', 'return', 'throw'] as $mode) {
    $result = $client->doNormal($fn, $mode);
    echo "$mode: ", var_export($result, true), ", returnCode() ", $client->returnCode(), "\n";
}
gearman_test_end_worker($child, 10);
echo gearman_test_worker_output($child);
?>
--EXPECTF--
exit: 'parent exit', returnCode() 0
free: 'parent free', returnCode() 0
call: 'parent call', returnCode() 0
return: 'parent return', returnCode() 0
throw: 'parent throw', returnCode() 0
worker: exit code 0
worker stderr: Fatal error: A forked child returned from a GearmanWorker function that its parent process %d runs; the child must exit() there in %s on line %d
worker stderr: Fatal error: Uncaught RuntimeException: thrown in the child in %s
%A
worker stderr: Fatal error: A forked child returned from a GearmanWorker function that its parent process %d runs; the child must exit() there in %s on line %d
exit: child exit status 7
  destructor in the child, 3 objects
  freed in the child
free: child exit status 0
  sendStatus: Error: GearmanJob::sendStatus(): this GearmanJob was created in process PARENT; a forked child must create its own GearmanJob
  sendComplete: Error: GearmanJob::sendComplete(): this GearmanJob was created in process PARENT; a forked child must create its own GearmanJob
  work: Error: GearmanWorker::work(): this GearmanWorker was created in process PARENT; a forked child must create its own GearmanWorker
  doNormal: Error: GearmanClient::doNormal(): this GearmanClient was created in process PARENT; a forked child must create its own GearmanClient
call: child exit status 0
return: child exit status 255
throw: child exit status 255
bool(true)
int(0)
