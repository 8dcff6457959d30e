--TEST--
GearmanClient::jobStatusByUniqueKey() reports a queued background job and leaves the client usable
--DESCRIPTION--
A background job with a unique key, queued with no worker for its function:
jobStatusByUniqueKey() returns [known, running, numerator, denominator] =
[true, false, 0, 0]; an unknown key gives [false, false, 0, 0].
Deliberate difference from PECL 2.1.0: after jobStatusByUniqueKey() every later
submission on that client blocks (until the client timeout: GEARMAN_TIMEOUT
warning, "" result) and error() says GEARMAN_UNKNOWN_STATE. Here the doNormal()
that follows on the same client must reach the worker and complete.
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
$queued = gearman_test_function_name('queued');
$unique = gearman_test_function_name('uniq');
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return strrev($job->workload()); });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(1000);
$handle = $client->doBackground($queued, 'waiting', $unique);
var_dump($client->returnCode());
echo json_encode($client->jobStatusByUniqueKey($unique)), "\n";
var_dump($client->returnCode());
echo json_encode(gearman_client_job_status_by_unique_key($client, $unique . '_unknown')), "\n";
var_dump($client->doNormal($fn, 'abc'));
var_dump($client->returnCode());
gearman_test_end_worker($child);
?>
--EXPECT--
int(0)
[true,false,0,0]
int(0)
[false,false,0,0]
string(3) "cba"
int(0)
worker: ok
