--TEST--
GearmanClient::setContext() keeps NUL bytes: "a\0b" reads back as "a\0b"
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, which is not binary-safe: it stores the
context as a C string, so setContext("a\0b") reads back as "a" (1 byte).
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
var_dump($client->setContext("a\0b"));
var_dump($client->context() === "a\0b", strlen($client->context()));
gearman_client_set_context($client, "\0\0x\0");
var_dump(bin2hex(gearman_client_context($client)));
?>
--EXPECT--
bool(true)
bool(true)
int(3)
string(8) "00007800"
