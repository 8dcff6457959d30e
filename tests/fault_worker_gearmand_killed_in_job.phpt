--TEST--
gearmand killed while a worker is inside a job: work() reports the lost connection promptly, and the same GearmanWorker processes a new job after a restart
--DESCRIPTION--
The job function itself kills gearmand (SIGKILL), so the server is gone
exactly while the job runs. work() must return promptly: true if the kernel
still took the WORK_COMPLETE packet (the peer's reset arrives later), else
false with GEARMAN_LOST_CONNECTION. The next work() calls, with the server
down, return false at once too (GEARMAN_TIMEOUT when the dead connection is
noticed, then GEARMAN_COULD_NOT_CONNECT with a warning), well before
the 3 s worker timeout would end them. Once gearmand is back on the same port,
the same worker object re-registers its function and runs a new job without
a new GearmanWorker. (The client's idle connection died too: its first
submission after the restart may fail with GEARMAN_LOST_CONNECTION, as in
the reference, so the submission is retried once.)
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
$server = fault_gearmand_start();
$fn = gearman_test_function_name();

$worker = new GearmanWorker();
$worker->addServer('127.0.0.1', $server->port);
$worker->setTimeout(3000);
$ran = [];
$worker->addFunction($fn, function (GearmanJob $job) use (&$ran, $server) {
    $ran[] = $job->workload();
    if ($job->workload() === 'doomed') {
        fault_gearmand_kill($server);
    }
    return strrev($job->workload());
});

$client = new GearmanClient();
$client->addServer('127.0.0.1', $server->port);
$client->setTimeout(3000);
$client->doBackground($fn, 'doomed');

$start = microtime(true);
$ok = $worker->work();
fault_prompt(microtime(true) - $start, 2.5);
var_dump($ok || $worker->returnCode() === GEARMAN_LOST_CONNECTION, $ran);

$codes = [];
for ($i = 0; $i < 3; $i++) {
    $start = microtime(true);
    var_dump(@$worker->work());
    $codes[] = $worker->returnCode();
    fault_prompt(microtime(true) - $start, 2.5);
}
echo 'codes while down: ', implode(',', array_unique($codes)), "\n";

fault_gearmand_restart($server);
for ($i = 0; $i < 2 && @$client->doBackground($fn, 'reborn') === ''; $i++) {
}
var_dump($client->returnCode());
/* The first work() may have to reconnect and find the job on its next poll. */
$ok = false;
for ($i = 0; $i < 3 && !$ok; $i++) {
    $ok = @$worker->work();
}
var_dump($ok, $worker->returnCode(), $ran);
?>
--EXPECTF--
prompt: yes
bool(true)
array(1) {
  [0]=>
  string(6) "doomed"
}
bool(false)
prompt: yes
bool(false)
prompt: yes
bool(false)
prompt: yes
codes while down: %r(47,26|26|47)%r
int(0)
bool(true)
int(0)
array(2) {
  [0]=>
  string(6) "doomed"
  [1]=>
  string(6) "reborn"
}
