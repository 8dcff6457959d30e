--TEST--
A new GearmanClient (new or gearman_client_create()) starts with no error
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
var_dump($client->returnCode(), $client->error(), $client->getErrno());

$client = gearman_client_create();
var_dump($client instanceof GearmanClient);
var_dump(gearman_client_return_code($client), gearman_client_error($client), gearman_client_get_errno($client));
?>
--EXPECT--
int(0)
bool(false)
int(0)
bool(true)
int(0)
bool(false)
int(0)
