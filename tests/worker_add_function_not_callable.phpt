--TEST--
addFunction() and gearman_worker_add_function() with a non-callable throw TypeError
--DESCRIPTION--
Deliberate difference from PECL gearman 2.1.0: it declares `callable` but only
warns "Function 'no_such_function' is not a valid callback" and returns false
(REFERENCE.md, "Declared types are not enforced"). Here the declared type holds.
--EXTENSIONS--
gearman
--FILE--
<?php
$worker = new GearmanWorker();
$calls = [
    fn() => $worker->addFunction('f', 'no_such_function'),
    fn() => gearman_worker_add_function($worker, 'f', 'no_such_function'),
    fn() => $worker->addFunction('f', [new stdClass(), 'nope']),
    fn() => $worker->addFunction('f', 42),
];
foreach ($calls as $call) {
    try {
        var_dump($call());
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: GearmanWorker::addFunction(): Argument #2 ($function) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: gearman_worker_add_function(): Argument #3 ($function) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: GearmanWorker::addFunction(): Argument #2 ($function) must be a valid callback, class stdClass does not have a method "nope"
TypeError: GearmanWorker::addFunction(): Argument #2 ($function) must be a valid callback, no array or string given
