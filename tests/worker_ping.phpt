--TEST--
GearmanWorker::ping() and gearman_worker_ping(): true against a live server, false with a warning when it cannot be reached
--DESCRIPTION--
ping() sends ECHO_REQ with the given workload and waits for gearmand's echo.
A live server answers: true, returnCode() GEARMAN_SUCCESS, also for a workload
larger than a packet buffer and for one holding a NUL byte. An empty workload
is refused by libgearman before any I/O (GEARMAN_INVALID_ARGUMENT, 49). A
closed port gives GEARMAN_COULD_NOT_CONNECT (26) and a worker without servers
GEARMAN_NO_SERVERS (13), each with a warning carrying libgearman's message.
Same as PECL 2.1.0.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
echo "-- live server\n";
$worker = gearman_test_worker();
var_dump($worker->ping('hello'), $worker->returnCode());
var_dump(gearman_worker_ping($worker, str_repeat('0123456789', 10000)), gearman_worker_return_code($worker));
var_dump($worker->ping("a\0b"), $worker->returnCode());
var_dump($worker->ping(''), $worker->returnCode());
/* The worker is still usable after the refused ping. */
var_dump($worker->ping('again'), $worker->returnCode());

echo "-- closed port\n";
$dead = new GearmanWorker();
try {
    $dead->addServer('127.0.0.1', gearman_test_closed_port());
} catch (GearmanException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($dead->ping('hello'), $dead->returnCode());
var_dump(gearman_worker_ping($dead, 'hello'), gearman_worker_return_code($dead));

echo "-- no server\n";
$none = new GearmanWorker();
var_dump($none->ping('hello'), $none->returnCode());
?>
--EXPECTF--
-- live server
bool(true)
int(0)
bool(true)
int(0)
bool(true)
int(0)

Warning: GearmanWorker::ping(): echo(GEARMAN_INVALID_ARGUMENT) workload_size was 0 -> %s in %s on line %d
bool(false)
int(49)
bool(true)
int(0)
-- closed port
Failed to set exception option

Warning: GearmanWorker::ping(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)
int(26)

Warning: gearman_worker_ping(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
bool(false)
int(26)
-- no server

Warning: GearmanWorker::ping(): gearman_echo(GEARMAN_NO_SERVERS) no servers provided -> %s in %s on line %d
bool(false)
int(13)
