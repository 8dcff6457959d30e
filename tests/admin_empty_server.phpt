--TEST--
GearmanAdmin on a fresh gearmand: empty lists, the asking connection in workers(), serverVersion(), serverPid(), serverVerbose(), ping(), all on one connection
--DESCRIPTION--
A private gearmand (fault_gearmand.inc, --verbose=WARNING) with nothing on it:
status(), priorityStatus(), jobs() and uniqueJobs() are empty arrays;
workers() lists one connection, the admin's own, without id or functions.
serverVersion() is gearmand's version without the protocol's "OK " (never
hard-coded: 1.1.20+ds on Debian 12, 1.1.21 elsewhere), serverPid() the
process id, serverVerbose() the level it was started with. ping() sends a
binary ECHO_REQ on the same connection and returns the round trip in
seconds. Every call reuses the one connection: workers() shows the same
fd before and after the others.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
$server = fault_gearmand_start();
$admin = new GearmanAdmin('127.0.0.1', $server->port);

var_dump($admin->status(), $admin->priorityStatus(), $admin->jobs(), $admin->uniqueJobs());
$workers = $admin->workers();
var_dump(count($workers), array_keys($workers[0]), is_int($workers[0]['fd']), $workers[0]['ip'], $workers[0]['id'], $workers[0]['functions']);
$version = $admin->serverVersion();
var_dump(preg_match('/^1\.\d+\.\d+\S*$/', $version) === 1);
var_dump($admin->serverPid() === $server->pid);
var_dump($admin->serverVerbose());
$rtt = $admin->ping();
var_dump(is_float($rtt) && $rtt > 0 && $rtt < 5);
var_dump($admin->workers()[0]['fd'] === $workers[0]['fd']);
var_dump($admin->serverVersion() === $version);

echo "-- gearmand --version agrees\n";
$out = shell_exec(escapeshellarg(fault_gearmand_binary()) . ' --version 2>&1');
var_dump(str_contains((string) $out, $version));
?>
--EXPECT--
array(0) {
}
array(0) {
}
array(0) {
}
array(0) {
}
int(1)
array(4) {
  [0]=>
  string(2) "fd"
  [1]=>
  string(2) "ip"
  [2]=>
  string(2) "id"
  [3]=>
  string(9) "functions"
}
bool(true)
string(9) "127.0.0.1"
NULL
array(0) {
}
bool(true)
bool(true)
string(7) "WARNING"
bool(true)
bool(true)
bool(true)
-- gearmand --version agrees
bool(true)
