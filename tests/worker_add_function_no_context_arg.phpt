--TEST--
Without a context the worker function still gets a second argument, null
--DESCRIPTION--
This is what the running reference (PECL gearman 2.1.0) does, though
REFERENCE.md says the context is passed "only when one was given": the
running reference wins for compatibility. An explicit null context looks the
same.
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
$fnNull = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $show = function () {
        $arguments = func_get_args();
        $arguments[0] = get_class($arguments[0]);
        return json_encode($arguments);
    };
    $worker->addFunction($args["fn"], $show);
    $worker->addFunction($args["fnNull"], $show, null);
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn, 'fnNull' => $fnNull]);

$client = gearman_test_client();
echo $client->doNormal($fn, 'x'), "\n";
echo $client->doNormal($fnNull, 'x'), "\n";
gearman_test_end_worker($child);
?>
--EXPECT--
["GearmanJob",null]
["GearmanJob",null]
worker: ok
