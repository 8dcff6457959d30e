--TEST--
GearmanClient::context() returns what setContext() stored, "" before
--DESCRIPTION--
The client context is a string; a later setContext() replaces it, "" clears
it. gearman_client_context() / gearman_client_set_context() are the
procedural twins and see the same value.
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
var_dump($client->context());
var_dump($client->setContext('first'), $client->context());
var_dump($client->setContext('second value'), $client->context());
var_dump(gearman_client_context($client));
var_dump(gearman_client_set_context($client, 'third'), $client->context());
var_dump($client->setContext(''), $client->context());
$other = new GearmanClient();
var_dump($other->context());
?>
--EXPECT--
string(0) ""
bool(true)
string(5) "first"
bool(true)
string(12) "second value"
string(12) "second value"
bool(true)
string(5) "third"
bool(true)
string(0) ""
string(0) ""
