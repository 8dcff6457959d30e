--TEST--
GearmanClient::addServers() and gearman_client_add_servers() take a "host:port,host:port" list
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$live = gearman_test_server();
$dead = '127.0.0.1:' . gearman_test_closed_port();
$fn = gearman_test_function_name();

$client = new GearmanClient();
var_dump($client->addServers("$live,$live"));
var_dump($client->returnCode());
// Submitting goes through a client of its own: after the exception round
// trip to two connections, libgearman 1.1.20 can read the wrong connection
// and wait for ever (README, known libgearman defects), which a slow run
// such as valgrind's hits every time.
$client = new GearmanClient();
var_dump($client->addServers("$live,$live", false));
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
bool(true)
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
