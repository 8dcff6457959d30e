--TEST--
GearmanClient::timeout() is -1 until setTimeout() changes it
--DESCRIPTION--
The timeout is in milliseconds; -1 (no timeout) is the default and 0 is kept
as given. gearman_client_timeout() / gearman_client_set_timeout() are the
procedural twins.
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
var_dump($client->timeout());
var_dump($client->setTimeout(1500), $client->timeout());
var_dump($client->setTimeout(0), $client->timeout());
var_dump($client->setTimeout(-1), $client->timeout());
var_dump(gearman_client_set_timeout($client, 77), gearman_client_timeout($client));
var_dump($client->timeout());
?>
--EXPECT--
int(-1)
bool(true)
int(1500)
bool(true)
int(0)
bool(true)
int(-1)
bool(true)
int(77)
int(77)
