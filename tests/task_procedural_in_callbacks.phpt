--TEST--
gearman_task_* functions inside callbacks answer like the GearmanTask methods
--DESCRIPTION--
In the created, status, data and complete callbacks each gearman_task_*
function returns exactly what its method returns, and the values follow the
task: data and its size, the status fraction, known/running, the handle.
recvData() in the data callback gives [0, ""] (the data was already read into
the task) and gearman_task_recv_data() the same.
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
        $job->sendStatus(3, 7);
        $job->sendData("chunk");
        return "RESULT";
    });
    gearman_test_ready();
    gearman_test_work($worker, 1);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(3000);
$check = function (string $event, GearmanTask $task) use ($fn) {
    $twins = [
        'functionName' => 'gearman_task_function_name', 'unique' => 'gearman_task_unique',
        'jobHandle' => 'gearman_task_job_handle', 'isKnown' => 'gearman_task_is_known',
        'isRunning' => 'gearman_task_is_running', 'taskNumerator' => 'gearman_task_numerator',
        'taskDenominator' => 'gearman_task_denominator', 'data' => 'gearman_task_data',
        'dataSize' => 'gearman_task_data_size', 'returnCode' => 'gearman_task_return_code',
    ];
    $same = true;
    foreach ($twins as $method => $function) {
        if ($task->$method() !== $function($task)) {
            $same = false;
            echo "$event: $method differs\n";
        }
    }
    printf("%s: same=%s fn=%s handle=%s data=%s size=%d status=%d/%d known=%s running=%s\n",
        $event, var_export($same, true), gearman_task_function_name($task) === $fn ? 'FN' : 'other',
        gearman_test_handle_label(gearman_task_job_handle($task)), var_export(gearman_task_data($task), true),
        gearman_task_data_size($task), gearman_task_numerator($task), gearman_task_denominator($task),
        var_export(gearman_task_is_known($task), true), var_export(gearman_task_is_running($task), true));
};
gearman_client_set_created_callback($client, function ($task) use ($check) { $check('created', $task); });
gearman_client_set_status_callback($client, function ($task) use ($check) { $check('status', $task); });
gearman_client_set_data_callback($client, function ($task) use ($check) {
    $check('data', $task);
    echo json_encode($task->recvData(16)), " ", json_encode(gearman_task_recv_data($task, 16)), "\n";
});
gearman_client_set_complete_callback($client, function ($task) use ($check) { $check('complete', $task); });
$client->addTask($fn, 'x');
var_dump(gearman_client_run_tasks($client));
gearman_test_end_worker($child);
?>
--EXPECT--
created: same=true fn=FN handle=H data='' size=0 status=0/0 known=true running=false
status: same=true fn=FN handle=H data='' size=0 status=3/7 known=true running=false
data: same=true fn=FN handle=H data='chunk' size=5 status=3/7 known=true running=true
[0,""] [0,""]
complete: same=true fn=FN handle=H data='RESULT' size=6 status=3/7 known=false running=false
bool(true)
worker: ok
