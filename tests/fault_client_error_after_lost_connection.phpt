--TEST--
After doNormal() loses its server, error() describes the same failure as the warning and returnCode() (GEARMAN_LOST_CONNECTION)
--DESCRIPTION--
The reference's error() repeats the warning's text. A client that goes on to
try anything else behind the caller's back (a reconnect to ask for
exceptions again) must not let that attempt's message replace the one
describing what the call returned.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
$server = fault_gearmand_start();
$client = new GearmanClient();
$client->addServer('127.0.0.1', $server->port);
$client->setTimeout(3000);
fault_gearmand_kill_after($server, 0.3);
$start = microtime(true);
@$client->doNormal(gearman_test_function_name(), 'lost');
fault_prompt(microtime(true) - $start, 2.5);
var_dump($client->returnCode());
echo error_get_last()['message'], "\n";
echo $client->error(), "\n";
var_dump(fault_gearmand_wait_gone($server));
?>
--EXPECTF--
prompt: yes
int(14)
GearmanClient::doNormal(): recv_socket(GEARMAN_LOST_CONNECTION) lost connection to server (EOF) -> %s
recv_socket(GEARMAN_LOST_CONNECTION) lost connection to server (EOF) -> %s
bool(true)
