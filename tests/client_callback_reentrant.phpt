--TEST--
addTask(), runTasks() and clearCallbacks() called from inside a callback work or throw an Error, never crash
--DESCRIPTION--
Inside the complete callback of the first task the callback adds a task,
runs tasks and clears the callbacks on the same client. The nested
runTasks() is refused with an Error naming the class and method. Each call either
works (GearmanTask, bool, true) or throws an Error; afterwards the outer
runTasks() returns and the client still runs doNormal(). PECL 2.1.0 crashes
at shutdown after the nested runTasks().
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
    $worker->addFunction($args["fn"], function (GearmanJob $job) { return "R:" . $job->workload(); });
    gearman_test_ready();
    gearman_test_work($worker, 3);
', ['fn' => $fn]);

$client = gearman_test_client();
$client->setTimeout(2000);
$nested = false;
$report = [];
$client->setCompleteCallback(function (GearmanTask $task) use ($client, $fn, &$nested, &$report) {
    if ($nested) {
        return;
    }
    $nested = true;
    try {
        $report[] = 'addTask: ' . get_class($client->addTask($fn, 'inner'));
    } catch (Error $e) {
        $report[] = 'addTask: Error';
    }
    try {
        $report[] = 'runTasks: ' . gettype(@$client->runTasks());
    } catch (Error $e) {
        $report[] = 'runTasks: Error';
        $report[] = 'message: ' . $e->getMessage();
    }
    try {
        $report[] = 'clearCallbacks: ' . var_export($client->clearCallbacks(), true);
    } catch (Error $e) {
        $report[] = 'clearCallbacks: Error';
    }
});
$client->addTask($fn, 'outer');
try {
    $result = @$client->runTasks();
    echo "outer runTasks: ", gettype($result), "\n";
} catch (Error $e) {
    echo "outer runTasks: Error\n";
}
foreach ($report as $line) {
    echo preg_replace('/: (GearmanTask|boolean|true|Error)$/', ': fine', $line), "\n";
}
$client->setTimeout(3000);
var_dump($client->doNormal($fn, 'after'));
gearman_test_stop_worker($child);
echo "end\n";
?>
--EXPECT--
outer runTasks: boolean
addTask: fine
runTasks: fine
message: GearmanClient::runTasks(): cannot be called from inside one of this client's callbacks
clearCallbacks: fine
string(7) "R:after"
end
