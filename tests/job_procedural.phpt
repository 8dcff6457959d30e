--TEST--
The procedural gearman_job_*() functions inside a worker function
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
        $seen = [
            "workload" => gearman_job_workload($job),
            "workload_size" => gearman_job_workload_size($job),
            "handle" => gearman_job_handle($job) === $job->handle() && gearman_job_handle($job) !== false,
            "function_name" => gearman_job_function_name($job) === $args["fn"],
            "unique" => gearman_job_unique($job) === $args["unique"],
            "return_code" => gearman_job_return_code($job),
        ];
        switch (gearman_job_workload($job)) {
        case "status":
            $seen["send_status"] = gearman_job_send_status($job, 1, 2);
            break;
        case "data":
            $seen["send_data"] = gearman_job_send_data($job, "[data]");
            break;
        case "complete":
            $seen["send_complete"] = gearman_job_send_complete($job, json_encode($seen));
            return "not sent";
        case "fail":
            gearman_test_report("send_fail: " . var_export(gearman_job_send_fail($job), true));
            gearman_test_report("return_code: " . gearman_job_return_code($job));
            return "not sent";
        }
        return json_encode($seen);
    });
    gearman_test_ready();
    gearman_test_work($worker, 4);
', ['fn' => $fn, 'unique' => $unique]);

$client = gearman_test_client();
foreach (['status', 'data', 'complete', 'fail'] as $workload) {
    var_dump($client->doNormal($fn, $workload, $unique));
    var_dump($client->returnCode());
}
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
string(123) "{"workload":"status","workload_size":6,"handle":true,"function_name":true,"unique":true,"return_code":0,"send_status":true}"
int(0)
string(125) "[data]{"workload":"data","workload_size":4,"handle":true,"function_name":true,"unique":true,"return_code":0,"send_data":true}"
int(0)
string(106) "{"workload":"complete","workload_size":8,"handle":true,"function_name":true,"unique":true,"return_code":0}"
int(0)
string(0) ""
int(24)
worker: ok
send_fail: true
return_code: 0
