--TEST--
A GearmanTask whose client was destroyed answers false or a clear error, never a crash
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, where a task whose client was destroyed
reads freed memory and crashes when used. A task from a finished runTasks(), one
never run, and one of a client that was never stored outlive their client: every getter returns false
or its plain value, recvData()/sendWorkload() return false (or throw an Error
naming the problem), and nothing crashes at shutdown.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
function probe(string $label, GearmanTask $task): void
{
    $results = [];
    foreach (['functionName', 'unique', 'jobHandle', 'data'] as $m) {
        $v = $task->$m();
        $results[] = ($v === false || is_string($v)) ? 'ok' : "$m=" . var_export($v, true);
    }
    foreach (['isKnown', 'isRunning'] as $m) {
        $results[] = is_bool($task->$m()) ? 'ok' : "$m?";
    }
    foreach (['taskNumerator', 'taskDenominator', 'dataSize'] as $m) {
        $v = $task->$m();
        $results[] = ($v === false || is_int($v)) ? 'ok' : "$m=" . var_export($v, true);
    }
    $results[] = is_int($task->returnCode()) ? 'ok' : 'returnCode?';
    foreach (['recvData' => 8, 'sendWorkload' => 'more'] as $m => $arg) {
        try {
            $v = @$task->$m($arg);
            $results[] = $v === false ? 'ok' : "$m=" . var_export($v, true);
        } catch (Error $e) {
            $results[] = 'ok';
        }
    }
    $bad = array_filter($results, fn ($r) => $r !== 'ok');
    echo $label, ": ", $bad ? implode(', ', $bad) : 'safe', "\n";
}

$client = new GearmanClient();
$client->addServer(gearman_test_host(), gearman_test_port(), false);
$client->setTimeout(2000);
$finished = $client->addTaskBackground('queued_' . bin2hex(random_bytes(4)), 'w');
var_dump($client->runTasks());
$other = new GearmanClient();
$other->addServer(gearman_test_host(), gearman_test_port(), false);
$pending = $other->addTask('never_run_' . bin2hex(random_bytes(4)), 'w');
$unrun = (new GearmanClient())->addTask('f', 'w');
unset($client, $other);
probe('finished task', $finished);
probe('pending task', $pending);
probe('task of a temporary client', $unrun);
echo "end\n";
?>
--EXPECT--
bool(true)
finished task: safe
pending task: safe
task of a temporary client: safe
end
