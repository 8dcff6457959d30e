--TEST--
serialize()/unserialize() of a GearmanClient is quiet; the copy is fresh and works after addServer()
--DESCRIPTION--
PECL declares the classes serializable and serializes a client as an empty
object, O:13:"GearmanClient":0:{}. The unserialized client carries nothing
over (default options and timeout, no server). Deliberate difference from PECL
2.1.0, where using an unserialized client crashes: after addServer() it runs
a job.
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return strtoupper($job->workload()); });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(1234);
$serialized = serialize($client);
var_dump($serialized);
$copy = unserialize($serialized);
var_dump(get_class($copy), $copy !== $client);
var_dump($copy->options(), $copy->timeout(), $copy->context());
var_dump($copy->addServer(gearman_test_host(), gearman_test_port()));
$copy->setTimeout(3000);
var_dump($copy->doNormal($fn, 'fresh'));
var_dump($copy->returnCode());
gearman_test_end_worker($child);
?>
--EXPECT--
string(25) "O:13:"GearmanClient":0:{}"
string(13) "GearmanClient"
bool(true)
int(32)
int(-1)
string(0) ""
bool(true)
string(5) "FRESH"
int(0)
worker: ok
