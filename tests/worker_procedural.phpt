--TEST--
The procedural gearman_worker_*() functions run a worker
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
$fn2 = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_worker_create();
    $results = [
        "create" => $worker instanceof GearmanWorker,
        "add_server" => gearman_worker_add_server($worker, gearman_test_host(), gearman_test_port()),
        "add_servers" => gearman_worker_add_servers($worker, gearman_test_server()),
        "add_function" => gearman_worker_add_function($worker, $args["fn"], function (GearmanJob $job) {
            return "plain " . $job->workload();
        }),
        "add_function_context" => gearman_worker_add_function($worker, $args["fn2"], function (GearmanJob $job, $context) {
            return $context . " " . $job->workload();
        }, "context"),
    ];
    gearman_test_ready();
    gearman_test_report(json_encode($results));
    for ($i = 0; $i < 2; $i++) {
        gearman_test_report("work: " . var_export(gearman_worker_work($worker), true)
            . ", return_code: " . gearman_worker_return_code($worker)
            . ", errno: " . gearman_worker_errno($worker)
            . ", error: " . gettype(gearman_worker_error($worker)));
    }
', ['fn' => $fn, 'fn2' => $fn2]);

$client = gearman_test_client();
var_dump($client->doNormal($fn, 'one'));
var_dump($client->doNormal($fn2, 'two'));
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECTF--
string(9) "plain one"
string(11) "context two"
worker: ok
{"create":true,"add_server":true,"add_servers":true,"add_function":true,"add_function_context":true}
work: true, return_code: 0, errno: 0, error: %s
work: true, return_code: 0, errno: 0, error: %s
