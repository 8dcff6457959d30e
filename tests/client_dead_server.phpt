--TEST--
GearmanClient calls against a closed port warn, return empty results and fail fast
--DESCRIPTION--
doLow() is in client_do_low_dead_server_warning.phpt: PECL names it "dolow" in warnings.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$port = gearman_test_closed_port();
$client = new GearmanClient();
var_dump($client->addServer('127.0.0.1', $port, false));
$start = microtime(true);

foreach (['doNormal', 'doHigh', 'doBackground', 'doHighBackground', 'doLowBackground'] as $method) {
    echo "-- $method\n";
    var_dump($client->$method('f', 'workload'));
    var_dump($client->returnCode(), $client->error());
}
echo "-- jobStatus\n";
var_dump($client->jobStatus('H:localhost:1'));
var_dump($client->returnCode(), $client->error());
var_dump(is_int($client->getErrno()));

var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
bool(true)
-- doNormal

Warning: GearmanClient::doNormal(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
-- doHigh

Warning: GearmanClient::doHigh(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
-- doBackground

Warning: GearmanClient::doBackground(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
-- doHighBackground

Warning: GearmanClient::doHighBackground(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
-- doLowBackground

Warning: GearmanClient::doLowBackground(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
-- jobStatus

Warning: GearmanClient::jobStatus(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
array(4) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
int(26)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
bool(true)
bool(true)
