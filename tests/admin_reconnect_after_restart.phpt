--TEST--
GearmanAdmin outlives gearmand restarts: a call while the server is down throws GEARMAN_COULD_NOT_CONNECT, and the same object works again once it is back, also when the restart happened between two calls
--DESCRIPTION--
One connection per object, opened by the first call and again by the first
call after it was lost. A restart between two calls leaves the object with
a connection the old server closed; the next call sees that before it sends
anything and opens a new one, so it simply works. close() drops the
connection by hand; the next call opens a new one.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
$server = fault_gearmand_start();
$admin = new GearmanAdmin('127.0.0.1', $server->port, 2000);
$pid = $admin->serverPid();
var_dump($pid === $server->pid);

echo "-- restarted between two calls\n";
fault_gearmand_restart($server);
var_dump($admin->serverPid() === $server->pid, $server->pid !== $pid);

echo "-- down\n";
fault_gearmand_kill($server);
$start = microtime(true);
try {
    $admin->status();
} catch (GearmanException $e) {
    var_dump($e->getCode() === GEARMAN_COULD_NOT_CONNECT);
    echo preg_replace('/:\d+,/', ':PORT,', $e->getMessage()), "\n";
}
fault_prompt(microtime(true) - $start, 2.0);

echo "-- back\n";
fault_gearmand_launch($server);
var_dump($admin->serverPid() === $server->pid);
var_dump($admin->status());

echo "-- close()\n";
$admin->close();
$admin->close();
var_dump($admin->serverPid() === $server->pid);
?>
--EXPECT--
bool(true)
-- restarted between two calls
bool(true)
bool(true)
-- down
bool(true)
GearmanAdmin: 127.0.0.1:PORT, "status": could not connect: Connection refused
prompt: yes
-- back
bool(true)
array(0) {
}
-- close()
bool(true)
