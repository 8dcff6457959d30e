--TEST--
addFunction()'s context reaches the worker function as its second argument, as a copy
--DESCRIPTION--
Scalars and arrays arrive as copies: changes inside one job are not seen by the
next. An object context is the same object every time. Several jobs per function
also cover PECL's crash on the second job with an array or object context.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fns = [
    'string' => gearman_test_function_name(),
    'int' => gearman_test_function_name(),
    'array' => gearman_test_function_name(),
    'object' => gearman_test_function_name(),
];
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $show = function (GearmanJob $job, $context) {
        $before = json_encode($context);
        if (is_array($context)) {
            $context[] = $job->workload();
        } elseif (is_object($context)) {
            $context->seen[] = $job->workload();
        }
        return $before . " " . func_num_args();
    };
    $object = new stdClass();
    $object->seen = [];
    $worker->addFunction($args["fns"]["string"], $show, "some context");
    $worker->addFunction($args["fns"]["int"], $show, 42);
    $worker->addFunction($args["fns"]["array"], $show, ["a" => 1, "list" => [1, 2]]);
    $worker->addFunction($args["fns"]["object"], $show, $object);
    gearman_test_ready();
    gearman_test_work($worker, 8);
    gearman_test_report("object after the jobs: " . json_encode($object));
', ['fns' => $fns]);

$client = gearman_test_client();
foreach ($fns as $kind => $fn) {
    foreach (['first', 'second'] as $workload) {
        echo "$kind/$workload: ", $client->doNormal($fn, $workload), "\n";
    }
}
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
string/first: "some context" 2
string/second: "some context" 2
int/first: 42 2
int/second: 42 2
array/first: {"a":1,"list":[1,2]} 2
array/second: {"a":1,"list":[1,2]} 2
object/first: {"seen":[]} 2
object/second: {"seen":["first"]} 2
worker: ok
object after the jobs: {"seen":["first","second"]}
