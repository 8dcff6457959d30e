--TEST--
GearmanWorker methods and functions enforce their declared parameter types and counts
--DESCRIPTION--
A non-string function name is in worker_add_function_name_type_error.phpt (PECL differs there).
--EXTENSIONS--
gearman
--FILE--
<?php
$worker = new GearmanWorker();
$calls = [
    fn() => $worker->addFunction('f'),
    fn() => $worker->addFunction('f', 'strlen', null, 'soon'),
    fn() => $worker->addServer('127.0.0.1', 'not a port'),
    fn() => gearman_worker_work(new GearmanClient()),
    fn() => gearman_worker_add_function('notaworker', 'f', 'strlen'),
    fn() => gearman_worker_return_code(),
];
foreach ($calls as $call) {
    try {
        var_dump($call());
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
ArgumentCountError: GearmanWorker::addFunction() expects at least 2 arguments, 1 given
TypeError: GearmanWorker::addFunction(): Argument #4 ($timeout) must be of type int, string given
TypeError: GearmanWorker::addServer(): Argument #2 ($port) must be of type int, string given
TypeError: gearman_worker_work(): Argument #1 ($obj) must be of type GearmanWorker, GearmanClient given
TypeError: gearman_worker_add_function(): Argument #1 ($obj) must be of type GearmanWorker, string given
ArgumentCountError: gearman_worker_return_code() expects exactly 1 argument, 0 given
