--TEST--
GearmanClient::options() of a new client is GEARMAN_CLIENT_FREE_TASKS
--DESCRIPTION--
A fresh client, made with new or with gearman_client_create(), reports only
GEARMAN_CLIENT_FREE_TASKS (32): the extension switches it on so that
libgearman frees finished tasks itself.
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
var_dump($client->options());
var_dump($client->options() === GEARMAN_CLIENT_FREE_TASKS);
var_dump(gearman_client_options(gearman_client_create()));
?>
--EXPECT--
int(32)
bool(true)
int(32)
