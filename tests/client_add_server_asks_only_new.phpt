--TEST--
addServer() with the exception round trip asks only the new server(s), once each; a dead one still throws
--DESCRIPTION--
Each addServer() / addServers() with $setupExceptionHandler = true used to
ask every server added so far again (gearman_client_set_server_option()
asks every connection), and libgearman queued the option once more for each
later connection: N servers cost O(N^2) round trips. Now, once the client's
servers forward exceptions, only the new servers are asked, through a
short-lived copy of the client, and the client's own connection to each
asks once, by libgearman, before its first job. Fake gearmand servers count
what each connection was sent. (When the second server comes, the client's
own connection makes two throw-away status requests: the first server's
round trip left read marks that would hang a later blocking call, see
client_two_servers_blocking_calls.)
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fake_gearmand.inc';
$fake = fake_gearmand_start(3);
$client = new GearmanClient();
$client->setTimeout(30000);
foreach ($fake->ports as $port) {
    var_dump($client->addServer('127.0.0.1', $port));
}
echo "-- three addServer() calls\n", fake_gearmand_log($fake);
file_put_contents($fake->log, '');
var_dump($client->addServers("127.0.0.1:{$fake->ports[0]},127.0.0.1:{$fake->ports[1]}"));
echo "-- addServers() with two\n", fake_gearmand_log($fake);
file_put_contents($fake->log, '');
var_dump($client->doBackground('fn', 'one'));
echo "-- a job: on the newest connection, which asks first\n";
/* Without the unique key, and without the other connections libgearman
 * opens meanwhile, in an order of its own. */
$log = preg_replace('/\\\\u0000[0-9a-f-]{36}\\\\u0000/', ' ', fake_gearmand_log($fake));
echo preg_replace('/^.*: connected\n/m', '', $log);

echo "-- a dead server added later\n";
$closed = gearman_test_closed_port();
try {
    $client->addServer('127.0.0.1', $closed);
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(str_contains($client->error(), "127.0.0.1:$closed"), $client->returnCode() === GEARMAN_COULD_NOT_CONNECT);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
-- three addServer() calls
port 0 connection 1: connected
port 0 connection 1: OPTION_REQ "exceptions"
port 1 connection 1: connected
port 1 connection 1: OPTION_REQ "exceptions"
port 1 connection 2: connected
port 1 connection 2: OPTION_REQ "exceptions"
port 1 connection 2: GET_STATUS "H:consume-stale-reads:0"
port 1 connection 2: GET_STATUS "H:consume-stale-reads:0"
port 2 connection 1: connected
port 2 connection 1: OPTION_REQ "exceptions"
bool(true)
-- addServers() with two
port 1 connection 3: connected
port 1 connection 3: OPTION_REQ "exceptions"
port 0 connection 2: connected
port 0 connection 2: OPTION_REQ "exceptions"
string(8) "H:fake:1"
-- a job: on the newest connection, which asks first
port 1 connection 4: OPTION_REQ "exceptions"
port 1 connection 4: SUBMIT_JOB_BG "fn one"
-- a dead server added later
GearmanException: Failed to set exception option
bool(true)
bool(true)
