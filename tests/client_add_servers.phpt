--TEST--
GearmanClient::addServers() and gearman_client_add_servers() take a "host:port,host:port" list
--DESCRIPTION--
The first client asks both connections (the same server twice) for
exceptions and then submits. libgearman 1.1.20 leaves connections it waited
on during that round trip marked ready, and the blocking doBackground() then
read such a stale connection and waited on it for ever while the answer sat
on the other one: every time under valgrind, now and then otherwise, in PECL
too. Ours consumes the marks after the round trip (a throw-away status
request run without blocking). The timeout only bounds a regression.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$live = gearman_test_server();
$dead = '127.0.0.1:' . gearman_test_closed_port();
$fn = gearman_test_function_name();

$client = new GearmanClient();
var_dump($client->addServers("$live,$live"));
var_dump($client->returnCode());
$client->setTimeout(10000);
var_dump($client->doBackground($fn, 'workload'));

$client = gearman_client_create();
var_dump(gearman_client_add_servers($client, $live));
var_dump(gearman_client_do_background($client, $fn, 'workload'));

echo "-- a dead server in the list\n";
$client = new GearmanClient();
try {
    var_dump($client->addServers("$live,$dead"));
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($client->error());

echo "-- without the exception round trip\n";
$client = new GearmanClient();
var_dump($client->addServers($dead, false));
var_dump($client->returnCode());
$client = gearman_client_create();
var_dump(gearman_client_add_servers($client, $dead, false));
?>
--EXPECTF--
bool(true)
int(0)
string(%d) "H:%s:%d"
bool(true)
string(%d) "H:%s:%d"
-- a dead server in the list
GearmanException: Failed to set exception option
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
-- without the exception round trip
bool(true)
int(0)
bool(true)
