--TEST--
The procedural gearman_client_*() functions drive a full round trip
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
        return "<" . $job->workload() . ">";
    });
    gearman_test_ready();
    gearman_test_work($worker, 6);
', ['fn' => $fn]);

$client = gearman_client_create();
var_dump(gearman_client_add_server($client, gearman_test_host(), gearman_test_port()));
$other = gearman_client_create();
var_dump(gearman_client_add_servers($other, gearman_test_server()));

var_dump(gearman_client_do_normal($client, $fn, 'normal'));
var_dump(gearman_client_do_high($client, $fn, 'high'));
var_dump(gearman_client_do_low($other, $fn, 'low'));
var_dump(gearman_client_return_code($client), gearman_client_get_errno($client));

foreach (['gearman_client_do_background', 'gearman_client_do_high_background',
          'gearman_client_do_low_background'] as $function) {
    $handle = $function($client, $fn, $function);
    var_dump($handle);
    var_dump(gearman_client_job_status($client, $handle)[0]);
}
gearman_test_end_worker($child);

echo "-- a failure is reported through the same functions\n";
var_dump(gearman_client_do_normal($client, $fn, ''));
var_dump(gearman_client_return_code($client));
var_dump(gearman_client_error($client));
?>
--EXPECTF--
bool(true)
bool(true)
string(8) "<normal>"
string(6) "<high>"
string(5) "<low>"
int(0)
int(0)
string(%d) "H:%s:%d"
bool(%s)
string(%d) "H:%s:%d"
bool(%s)
string(%d) "H:%s:%d"
bool(%s)
worker: ok
-- a failure is reported through the same functions

Warning: gearman_client_do_normal(): add_task(GEARMAN_INVALID_ARGUMENT) invalid workload -> %s in %s on line %d
string(0) ""
int(49)
string(%d) "add_task(GEARMAN_INVALID_ARGUMENT) invalid workload -> %s"
