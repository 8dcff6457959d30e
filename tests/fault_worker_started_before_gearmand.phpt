--TEST--
A worker started before gearmand is up retries work() on GEARMAN_COULD_NOT_CONNECT, connects once gearmand comes up, and processes a job
--DESCRIPTION--
The worker is set up against a port where nothing listens yet (without the
exception-option round trip, which needs a server). A helper process starts
gearmand on that port 1 s later. Meanwhile work() returns false promptly
with GEARMAN_COULD_NOT_CONNECT and the loop sleeps briefly and retries. Once
work() stops failing to connect, a background job is submitted; the same
worker runs it. Everything is bounded: 15 s in all, 1 s worker timeout.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
$port = gearman_test_closed_port();
$fn = gearman_test_function_name();

$worker = new GearmanWorker();
var_dump($worker->addServer('127.0.0.1', $port, false));
$worker->setTimeout(1000);
$ran = [];
$worker->addFunction($fn, function (GearmanJob $job) use (&$ran) {
    $ran[] = $job->workload();
    return 'done';
});

$server = fault_gearmand_start_after(1.0, $port);
$deadline = microtime(true) + 15;
$codes = [];
$slowest = 0.0;
$submitted = false;
while (!$ran && microtime(true) < $deadline) {
    $start = microtime(true);
    $ok = @$worker->work();
    $slowest = max($slowest, microtime(true) - $start);
    $code = $worker->returnCode();
    $codes[$code] = ($codes[$code] ?? 0) + 1;
    if ($code === GEARMAN_COULD_NOT_CONNECT) {
        usleep(100000);
        continue;
    }
    if (!$submitted) {
        /* Connected: the server is up. */
        var_dump(fault_gearmand_adopt($server));
        $client = new GearmanClient();
        $client->addServer('127.0.0.1', $port);
        $client->setTimeout(3000);
        var_dump($client->doBackground($fn, 'hello') !== '');
        $submitted = true;
    }
}
var_dump($ran);
echo 'retried on COULD_NOT_CONNECT: ', ($codes[GEARMAN_COULD_NOT_CONNECT] ?? 0) >= 3 ? 'yes' : 'no', "\n";
ksort($codes);
echo 'codes: ', implode(',', array_keys($codes)), "\n";
/* Each failed attempt was quick; a successful one waited at most the worker timeout. */
fault_prompt($slowest, 1.5);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
array(1) {
  [0]=>
  string(5) "hello"
}
retried on COULD_NOT_CONNECT: yes
codes: %r0,26(,47)?%r
prompt: yes
