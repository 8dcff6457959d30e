--TEST--
GearmanClient::enableExceptionHandler() against a live server returns true
--DESCRIPTION--
addServer(..., false) does no I/O; enableExceptionHandler() then makes the
round trip that switches on server-side exceptions. It can be repeated, and
gearman_client_enable_exception_handler() is its twin. It does not show up in
options().
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = new GearmanClient();
var_dump($client->addServer(gearman_test_host(), gearman_test_port(), false));
$client->setTimeout(2000);
var_dump($client->enableExceptionHandler());
var_dump($client->returnCode());
var_dump(gearman_client_enable_exception_handler($client));
var_dump($client->options());
?>
--EXPECT--
bool(true)
bool(true)
int(0)
bool(true)
int(32)
