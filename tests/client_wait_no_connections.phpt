--TEST--
GearmanClient::wait() with nothing to wait for warns GEARMAN_NO_ACTIVE_FDS and returns false
--DESCRIPTION--
A client with no open connection has no file descriptor to poll: wait()
returns false at once with a warning, and returnCode() is
GEARMAN_NO_ACTIVE_FDS (7). gearman_client_wait() does the same.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = new GearmanClient();
$client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
$start = microtime(true);
var_dump($client->wait());
var_dump($client->returnCode() === GEARMAN_NO_ACTIVE_FDS);
var_dump($client->error());
var_dump(gearman_client_wait($client));
var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
Warning: GearmanClient::wait(): gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s in %s on line %d
bool(false)
bool(true)
string(%d) "gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s"

Warning: gearman_client_wait(): gearman_wait(GEARMAN_NO_ACTIVE_FDS) no active file descriptors -> %s in %s on line %d
bool(false)
bool(true)
