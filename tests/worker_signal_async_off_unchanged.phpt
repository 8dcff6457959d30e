--TEST--
Without pcntl_async_signals(true) nothing changes: work() waits out its timeout and the handler runs at pcntl_signal_dispatch()
--EXTENSIONS--
gearman
pcntl
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$worker = gearman_test_worker();
$worker->addFunction(gearman_test_function_name(), fn () => 'never');
$worker->setTimeout(1500);
$ran = false;
pcntl_signal(SIGALRM, function () use (&$ran) { $ran = true; });
pcntl_alarm(1);
$start = microtime(true);
var_dump($worker->work(), $worker->returnCode() === GEARMAN_TIMEOUT);
echo "waited out the timeout: ", var_export(microtime(true) - $start >= 1.4, true), "\n";
var_dump($ran);
pcntl_signal_dispatch();
var_dump($ran);
?>
--EXPECT--
bool(false)
bool(true)
waited out the timeout: true
bool(false)
bool(true)
