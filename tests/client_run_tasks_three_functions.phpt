--TEST--
runTasks() runs tasks for three functions at once, each result reaching its own task
--DESCRIPTION--
One worker child serves three functions (upper-case, reverse, length). Nine
tasks, three per function, are added before one runTasks(); every complete
callback gets the result of its own function and workload, told apart by the
context.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/client_task.inc';
$fns = [
    'upper' => gearman_test_function_name('upper'),
    'rev' => gearman_test_function_name('rev'),
    'len' => gearman_test_function_name('len'),
];
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fns"]["upper"], function (GearmanJob $job) { return strtoupper($job->workload()); });
    $worker->addFunction($args["fns"]["rev"], function (GearmanJob $job) { return strrev($job->workload()); });
    $worker->addFunction($args["fns"]["len"], function (GearmanJob $job) { return strlen($job->workload()); });
    gearman_test_ready();
    gearman_test_work($worker, 9);
', ['fns' => $fns]);

$client = gearman_test_client();
$client->setTimeout(3000);
$results = [];
$client->setCompleteCallback(function (GearmanTask $task, $context) use (&$results, $fns) {
    $results[$context] = array_search($task->functionName(), $fns, true) . ' -> ' . $task->data();
});
foreach (['alpha', 'beta', 'gamma'] as $word) {
    foreach ($fns as $name => $fn) {
        $client->addTask($fn, $word, "$name($word)");
    }
}
var_dump($client->runTasks());
ksort($results);
foreach ($results as $context => $result) {
    echo "$context: $result\n";
}
gearman_test_end_worker($child);
?>
--EXPECT--
bool(true)
len(alpha): len -> 5
len(beta): len -> 4
len(gamma): len -> 5
rev(alpha): rev -> ahpla
rev(beta): rev -> ateb
rev(gamma): rev -> ammag
upper(alpha): upper -> ALPHA
upper(beta): upper -> BETA
upper(gamma): upper -> GAMMA
worker: ok
