--TEST--
GearmanClient do*() with an empty workload, empty function or overlong unique key warn with GEARMAN_INVALID_ARGUMENT
--DESCRIPTION--
libgearman rejects these before any I/O; returnCode() is then 49
(GEARMAN_INVALID_ARGUMENT, a code PECL 2.1.5 declares no constant for).
A unique key of exactly 64 bytes is accepted.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = gearman_test_client();
$fn = gearman_test_function_name();

var_dump($client->doNormal($fn, ''));
var_dump($client->returnCode(), $client->error());
var_dump($client->doBackground($fn, ''));
var_dump($client->returnCode());
var_dump($client->doBackground('', 'workload'));
var_dump($client->returnCode());
var_dump($client->doBackground($fn, 'workload', str_repeat('u', 65)));
var_dump($client->returnCode());
var_dump($client->doBackground($fn, 'workload', str_repeat('u', 64)));
var_dump($client->returnCode());
?>
--EXPECTF--
Warning: GearmanClient::doNormal(): add_task(GEARMAN_INVALID_ARGUMENT) invalid workload -> %s in %s on line %d
string(0) ""
int(49)
string(%d) "add_task(GEARMAN_INVALID_ARGUMENT) invalid workload -> %s"

Warning: GearmanClient::doBackground(): add_task(GEARMAN_INVALID_ARGUMENT) invalid workload -> %s in %s on line %d
string(0) ""
int(49)

Warning: GearmanClient::doBackground(): _client_do_background(GEARMAN_INVALID_ARGUMENT) function argument was empty -> %s in %s on line %d
string(0) ""
int(49)

Warning: GearmanClient::doBackground(): add_task(GEARMAN_INVALID_ARGUMENT) unique name longer then GEARMAN_MAX_UNIQUE_SIZE -> %s in %s on line %d
string(0) ""
int(49)
string(%d) "H:%s:%d"
int(0)
