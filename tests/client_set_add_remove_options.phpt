--TEST--
GearmanClient::setOptions() replaces, addOptions() adds and removeOptions() removes GEARMAN_CLIENT_* flags
--DESCRIPTION--
setOptions() replaces the whole set (FREE_TASKS goes too), addOptions() ORs
flags in, removeOptions() clears them; each returns true. ALLOCATED is not a
flag a caller can set, so setOptions(GEARMAN_CLIENT_ALLOCATED) leaves 0.
64 is libgearman's GENERATE_UNIQUE, which PECL has no constant for.
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
var_dump($client->setOptions(GEARMAN_CLIENT_NON_BLOCKING), $client->options());
var_dump($client->addOptions(GEARMAN_CLIENT_UNBUFFERED_RESULT), $client->options());
var_dump($client->removeOptions(GEARMAN_CLIENT_NON_BLOCKING), $client->options());
var_dump($client->addOptions(GEARMAN_CLIENT_FREE_TASKS | 64), $client->options());
var_dump($client->removeOptions(GEARMAN_CLIENT_UNBUFFERED_RESULT | 64), $client->options());
var_dump($client->setOptions(0), $client->options());
var_dump($client->setOptions(GEARMAN_CLIENT_ALLOCATED), $client->options());
echo "-- procedural\n";
var_dump(gearman_client_set_options($client, GEARMAN_CLIENT_UNBUFFERED_RESULT));
var_dump(gearman_client_add_options($client, GEARMAN_CLIENT_FREE_TASKS));
var_dump(gearman_client_options($client));
var_dump(gearman_client_remove_options($client, GEARMAN_CLIENT_UNBUFFERED_RESULT));
var_dump(gearman_client_options($client));
?>
--EXPECT--
bool(true)
int(2)
bool(true)
int(10)
bool(true)
int(8)
bool(true)
int(104)
bool(true)
int(32)
bool(true)
int(0)
bool(true)
int(0)
-- procedural
bool(true)
bool(true)
int(40)
bool(true)
int(32)
