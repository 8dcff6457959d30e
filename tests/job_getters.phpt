--TEST--
GearmanJob workload(), workloadSize(), handle(), functionName(), unique() and returnCode() inside the worker
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
$unique = gearman_test_function_name('unique');
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) use ($args) {
        return json_encode([
            "workload" => $job->workload(),
            "workloadSize" => $job->workloadSize(),
            "handle" => $job->handle(),
            "functionName" => $job->functionName() === $args["fn"] ? "<fn>" : $job->functionName(),
            "unique" => $job->unique() === $args["unique"] ? "<unique>" : $job->unique(),
            "returnCode" => $job->returnCode(),
        ]);
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn, 'unique' => $unique]);

$client = gearman_test_client();
echo $client->doNormal($fn, 'some workload', $unique), "\n";
/* Without a unique key libgearman makes one up (a UUID). */
$seen = json_decode($client->doNormal($fn, 'ü'), true);
var_dump($seen['workload'], $seen['workloadSize']);
var_dump((bool) preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/', $seen['unique']));
gearman_test_end_worker($child);
?>
--EXPECTF--
{"workload":"some workload","workloadSize":13,"handle":"H:%s:%d","functionName":"<fn>","unique":"<unique>","returnCode":0}
string(2) "ü"
int(2)
bool(true)
worker: ok
