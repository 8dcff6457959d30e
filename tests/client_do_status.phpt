--TEST--
GearmanClient::doStatus() is [0, 0] outside a job in flight
--DESCRIPTION--
doStatus() returns [numerator, denominator] of the do*() job in flight. With
none (before any job, after a doBackground(), after a doNormal() whose worker
sent status 1/2 and 2/5 but completed) it is [0, 0]. gearman_client_do_status()
is the twin.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        $job->sendStatus(1, 2);
        usleep(50000);
        $job->sendStatus(2, 5);
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
echo json_encode($client->doStatus()), "\n";
$client->doBackground(gearman_test_function_name('queued'), 'w');
echo json_encode($client->doStatus()), "\n";
var_dump($client->doNormal($fn, 'dn'));
echo json_encode($client->doStatus()), "\n";
echo json_encode(gearman_client_do_status($client)), "\n";
gearman_test_end_worker($child);
?>
--EXPECT--
[0,0]
[0,0]
string(4) "R:dn"
[0,0]
[0,0]
worker: ok
