--TEST--
GearmanClient::doJobHandle() is the handle of the last doBackground(); doNormal() does not set it
--DESCRIPTION--
Before any job, doJobHandle() is "". After doBackground() it equals the handle
that call returned (a later doBackground() moves it on). doNormal() never sets
it: "" after a doNormal() on a fresh client, and the last background handle
after a doNormal() that follows doBackground() calls.
gearman_client_do_job_handle() is the twin.
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
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return "done"; });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
var_dump($client->doJobHandle());
var_dump($client->doNormal($fn, 'x'));
var_dump($client->doJobHandle());
$first = $client->doBackground($queued, 'one');
var_dump((bool) preg_match('/^H:.+:\d+$/', $first));
var_dump($client->doJobHandle() === $first);
var_dump(gearman_client_do_job_handle($client) === $first);
$second = $client->doBackground($queued, 'two');
var_dump($second !== $first, $client->doJobHandle() === $second);
var_dump($client->doNormal($fn, 'x'));
var_dump($client->doJobHandle() === $second);
gearman_test_end_worker($child);
?>
--EXPECT--
string(0) ""
string(4) "done"
string(0) ""
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(4) "done"
bool(true)
worker: ok
