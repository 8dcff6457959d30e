--TEST--
A whole task round trip through gearman_client_* functions only
--DESCRIPTION--
gearman_client_create(), gearman_client_add_server(), set_timeout, every
gearman_client_set_*_callback() (warning included), add_task_high(),
run_tasks(), return_code(), clear_callbacks(): the procedural API on its
own, against a worker that sends data, a warning and a status.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/client_task.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        $job->sendData("d");
        $job->sendWarning("w");
        $job->sendStatus(2, 2);
        return "R:" . $job->workload();
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

$client = gearman_client_create();
var_dump(gearman_client_add_server($client, gearman_test_host(), gearman_test_port()));
var_dump(gearman_client_set_timeout($client, 3000));
$log = function (string $event) {
    return function (GearmanTask $task, $context) use ($event) {
        echo $event, ": ", var_export(gearman_task_data($task), true), " ctx=", $context, "\n";
    };
};
var_dump(gearman_client_set_workload_callback($client, $log('workload')));
var_dump(gearman_client_set_created_callback($client, $log('created')));
var_dump(gearman_client_set_data_callback($client, $log('data')));
var_dump(gearman_client_set_warning_callback($client, $log('warning')));
var_dump(gearman_client_set_status_callback($client, $log('status')));
var_dump(gearman_client_set_complete_callback($client, $log('complete')));
var_dump(gearman_client_set_exception_callback($client, $log('exception')));
var_dump(gearman_client_set_fail_callback($client, $log('fail')));
echo get_class(gearman_client_add_task_high($client, $fn, 'one', 'C1')), "\n";
var_dump(gearman_client_run_tasks($client));
var_dump(gearman_client_return_code($client));
var_dump(gearman_client_clear_callbacks($client));
gearman_client_add_task_low($client, $fn, 'two', 'C2');
var_dump(gearman_client_run_tasks($client));
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
GearmanTask
created: '' ctx=C1
data: 'd' ctx=C1
warning: 'w' ctx=C1
status: '' ctx=C1
complete: 'R:one' ctx=C1
bool(true)
int(0)
bool(true)
bool(true)
worker: ok
