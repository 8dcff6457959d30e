--TEST--
GearmanClient::doLow() against a closed port warns under its declared name
--DESCRIPTION--
Deliberate difference from PECL gearman 2.1.0: it registers the method as "dolow",
so its warnings say "GearmanClient::dolow()" (REFERENCE.md, "Surface slips").
Here the warning names GearmanClient::doLow().
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = new GearmanClient();
$client->addServer('127.0.0.1', gearman_test_closed_port(), false);
var_dump($client->doLow('f', 'workload'));
var_dump($client->returnCode());
$method = new ReflectionMethod('GearmanClient', 'doLow');
var_dump($method->getName());
?>
--EXPECTF--
Warning: GearmanClient::doLow(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
string(5) "doLow"
