--TEST--
exit() inside a client callback ends the process cleanly with its status; a child forked in a client callback leaves the parent's runTasks() to complete every task
--DESCRIPTION--
PECL 2.2.1 parity (issue 22). A client process whose complete callback calls
exit(4) with more tasks running: its shutdown function runs, it exits with
4, prints nothing on stderr, and the gearmand and worker it talked to go on
serving (nothing half-sent broke them). Then this process forks in its own
complete callback: the child's exit() neither runs the parent's callbacks
nor ends its tasks, the parent's runTasks() completes all three, and a
method called on the inherited client in the child throws.
Under valgrind: the forked child ends inside a client callback by a bailout
(the child must not return into its parent's libgearman loop). PHP itself
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
$worker = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $served = 0;
    $worker->addFunction($args["fn"], function (GearmanJob $job) use (&$served) {
        /* The exiting client\'s tasks are 1 to 3 jobs: gearmand drops the
         * ones not yet taken when that client goes. */
        $served += in_array($job->workload(), ["d", "e", "f"], true);
        return strtoupper($job->workload());
    });
    gearman_test_ready();
    while ($served < 3) {
        $worker->work();
    }
', ['fn' => $fn]);

$exiting = gearman_test_start_worker('
    register_shutdown_function(function () { gearman_test_report("shutdown function ran"); });
    $client = gearman_test_client();
    $client->setTimeout(20000);
    $client->setCompleteCallback(function (GearmanTask $task) {
        gearman_test_report("complete " . $task->data() . ", exit(4)");
        exit(4);
    });
    gearman_test_ready();
    $client->addTask($args["fn"], "a");
    $client->addTask($args["fn"], "b");
    $client->addTask($args["fn"], "c");
    $client->runTasks();
    gearman_test_report("not reached");
', ['fn' => $fn]);
echo "exiting client: exit code ", var_export(gearman_test_wait_worker($exiting), true), "\n";
echo gearman_test_worker_output($exiting);
echo "stderr: ", var_export(gearman_test_worker_stderr($exiting), true), "\n";

$client = gearman_test_client();
$client->setTimeout(20000);
$forked = false;
$client->setCompleteCallback(function (GearmanTask $task) use (&$forked, $client) {
    echo "complete ", $task->data(), "\n";
    if ($forked) {
        return;
    }
    $forked = true;
    $pid = pcntl_fork();
    if ($pid === 0) {
        try {
            $client->doBackground('x', 'y');
        } catch (Error $e) {
            echo "child: ", get_class($e), ": ", preg_replace('/process \d+/', 'process N', $e->getMessage()), "\n";
        }
        exit(9);
    }
    pcntl_waitpid($pid, $status);
    echo "child exit status ", pcntl_wexitstatus($status), "\n";
});
foreach (['d', 'e', 'f'] as $workload) {
    $client->addTask($fn, $workload);
}
var_dump($client->runTasks(), $client->returnCode());
gearman_test_end_worker($worker);
?>
--EXPECTF--
exiting client: exit code 4
complete %s, exit(4)
shutdown function ran
stderr: ''
complete %s
child: Error: GearmanClient::doBackground(): this GearmanClient was created in process N; a forked child must create its own GearmanClient
child exit status 9
complete %s
complete %s
bool(true)
int(0)
worker: ok
