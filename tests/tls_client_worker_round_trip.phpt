--TEST--
TLS: a client and a worker given setSSL() talk to a gearmand --ssl: doNormal(), doBackground() with jobStatus() progress, and runTasks() with three tasks
--DESCRIPTION--
The worker runs in a child process with the certificates scripts/test-tls
made; gearmand only speaks TLS on that port (tls_refused.phpt shows a plain
client failing there), so every answer below crossed TLS.
--EXTENSIONS--
gearman
--SKIPIF--
<?php require __DIR__ . '/tls_skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/worker.inc';
require __DIR__ . '/tls.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    require $args["tls"];
    $worker = gearman_tls_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        if ($job->workload() === "slow") {
            $job->sendStatus(1, 2);
            /* Held until the client has seen the status. */
            while (!file_exists($job->unique())) {
                usleep(10000);
            }
            $job->sendStatus(2, 2);
        }
        return strrev($job->workload());
    });
    gearman_test_ready();
    gearman_test_work($worker, 5);
', ['fn' => $fn, 'tls' => __DIR__ . '/tls.inc']);

$client = gearman_tls_client();
var_dump($client->doNormal($fn, 'over tls'), $client->returnCode() === GEARMAN_SUCCESS);

$flag = tempnam(sys_get_temp_dir(), 'gearman-test-tls-');
unlink($flag);
$handle = $client->doBackground($fn, 'slow', $flag);
$deadline = microtime(true) + GEARMAN_TEST_HANG;
do {
    $status = $client->jobStatus($handle);
    usleep(10000);
} while ($status[2] !== 1 && microtime(true) < $deadline);
echo 'jobStatus while running: ', json_encode($status), "\n";
touch($flag);
do {
    $status = $client->jobStatus($handle);
    usleep(10000);
} while ($status[0] && microtime(true) < $deadline);
echo 'jobStatus when done: ', json_encode($status), "\n";
unlink($flag);

$results = [];
$client->setCompleteCallback(function (GearmanTask $task) use (&$results) {
    $results[] = $task->data();
});
foreach (['one', 'two', 'three'] as $workload) {
    $client->addTask($fn, $workload);
}
var_dump($client->runTasks());
sort($results);
echo implode(' ', $results), "\n";
gearman_test_end_worker($child);
?>
--EXPECT--
string(8) "slt revo"
bool(true)
jobStatus while running: [true,true,1,2]
jobStatus when done: [false,false,0,0]
bool(true)
eerht eno owt
worker: ok
