--TEST--
A worker survives a gearmand stop and start on the same port: work() reports the lost server, a later work() reconnects and runs the job
--DESCRIPTION--
As in PECL: the first work() after the stop notices the closed connection
and returns false with GEARMAN_TIMEOUT (setTimeout() is set), the next ones
GEARMAN_COULD_NOT_CONNECT with a warning, and once the server is back the
same GearmanWorker re-registers its functions and works.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
$server = fault_gearmand_start();
$fn = gearman_test_function_name();
$worker = new GearmanWorker();
$worker->addServer('127.0.0.1', $server->port);
$worker->setTimeout(1000);
$worker->addFunction($fn, function (GearmanJob $job) { echo "  ran: ", $job->workload(), "\n"; });
$client = new GearmanClient();
$client->addServer('127.0.0.1', $server->port);
$client->doBackground($fn, 'before the restart');
var_dump($worker->work());

fault_gearmand_stop($server);
for ($i = 0; $i < 2; $i++) {
    $start = microtime(true);
    $ok = $worker->work();
    echo 'work(): ', var_export($ok, true), ', returnCode() ', $worker->returnCode(), ', prompt: ',
        var_export(microtime(true) - $start < GEARMAN_TEST_HANG, true), "\n";
}

fault_gearmand_launch($server);
$client = new GearmanClient();
$client->addServer('127.0.0.1', $server->port);
$client->doBackground($fn, 'after the restart');
/* A job queued before the worker reconnects may need one timeout's wait. */
for ($i = 0; $i < 3 && !($ok = $worker->work()); $i++) {
    echo 'work(): ', var_export($ok, true), ', returnCode() ', $worker->returnCode(), "\n";
}
var_dump($ok, $worker->returnCode());
?>
--EXPECTF--
  ran: before the restart
bool(true)
work(): false, returnCode() 47, prompt: true

Warning: GearmanWorker::work(): %s(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
work(): false, returnCode() 26, prompt: true
  ran: after the restart
bool(true)
int(0)
