--TEST--
addFunction() with an array as function name throws TypeError
--DESCRIPTION--
Deliberate difference from PECL gearman 2.1.0: it declares `string $function_name`
but warns "Function name must be a string" and returns false instead
(REFERENCE.md, "Declared types are not enforced"). Here the declared type holds.
--EXTENSIONS--
gearman
--FILE--
<?php
$worker = new GearmanWorker();
try {
    var_dump($worker->addFunction([], 'strlen'));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    var_dump(gearman_worker_add_function($worker, [], 'strlen'));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
TypeError: GearmanWorker::addFunction(): Argument #1 ($function_name) must be of type string, array given
TypeError: gearman_worker_add_function(): Argument #2 ($function_name) must be of type string, array given
