--TEST--
addTask() with a bool workload under strict_types: TypeError, as for any string|int|float parameter
--DESCRIPTION--
In weak mode a bool workload becomes an int (client_add_task_type_errors);
with declare(strict_types=1) PHP's own rule is a TypeError, and addTask()
follows it.
--EXTENSIONS--
gearman
--FILE--
<?php
declare(strict_types=1);
$client = new GearmanClient();
try {
    $client->addTask('f', true);
    echo "no error\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    gearman_client_add_task($client, 'f', false);
    echo "no error\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($client->addTask('f', 12) instanceof GearmanTask, $client->addTask('f', 1.5) instanceof GearmanTask);
?>
--EXPECT--
TypeError: GearmanClient::addTask(): Argument #2 ($workload) must be of type string|int|float, bool given
TypeError: gearman_client_add_task(): Argument #3 ($workload) must be of type string|int|float, bool given
bool(true)
bool(true)
