--TEST--
runTasks() after a failed jobStatus() on a dead server returns instead of spinning
--DESCRIPTION--
Deliberate difference from PECL 2.1.0: after jobStatus() fails against a
closed port, runTasks() on the same client spins forever at full CPU. Ours
must return promptly with false and a warning. The scenario runs in a child
PHP process (tests/worker.inc) so that a hang ends with the child killed (after
GEARMAN_TEST_HANG seconds) instead of stalling the suite.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$child = gearman_test_start_worker('
    gearman_test_ready();
    $client = new GearmanClient();
    $client->addServer("127.0.0.1", gearman_test_closed_port(), false);
    $client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
    $status = @$client->jobStatus("H:nowhere:1");
    gearman_test_report("jobStatus: " . json_encode($status) . " rc=" . $client->returnCode());
    $client->addTask("f", "w");
    $start = microtime(true);
    $result = @$client->runTasks();
    gearman_test_report("runTasks: " . var_export($result, true) . " error=" . ($client->error() !== "" ? "set" : "empty"));
    gearman_test_report("prompt: " . var_export(microtime(true) - $start < GEARMAN_TEST_HANG, true));
');
$code = gearman_test_wait_worker($child);
echo $code === null ? "child killed\n" : "child exit code $code\n";
echo gearman_test_worker_output($child);
echo gearman_test_worker_stderr($child);
?>
--EXPECT--
child exit code 0
jobStatus: [false,false,0,0] rc=26
runTasks: false error=set
prompt: true
