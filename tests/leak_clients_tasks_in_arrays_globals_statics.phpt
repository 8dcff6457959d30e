--TEST--
Clients and pending tasks kept in arrays, globals, static properties and static variables are freed by the end of the script
--DESCRIPTION--
Wherever the script keeps them, a client with tasks it never ran used to
form a cycle with them that the end of the script never freed (--valgrind:
task objects definitely lost). Kept here: clients and tasks in a global
array, in $GLOBALS, in static properties, in a function's static variable,
in an object property, and a task whose client is kept nowhere. Asserted in
plain mode: every kept task answers its unique key, and a client dropped
from an array while its tasks stay in another array goes at once.
Under scripts/test --valgrind, memory definitely lost at exit fails the
test (LEAK).
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';

class Registry
{
    public static array $clients = [];
    public static array $tasks = [];
    public static ?GearmanTask $last = null;
    public array $own = [];
}

function client(): GearmanClient
{
    $client = new GearmanClient();
    $client->addServer(gearman_test_host(), gearman_test_port());
    return $client;
}

function remember(GearmanTask $task): array
{
    static $tasks = [];
    $tasks[] = $task;
    return $tasks;
}

$never = gearman_test_function_name('never');
$all = [];
$registry = new Registry();
for ($i = 0; $i < 3; $i++) {
    $client = client();
    $all[] = $client;
    $all[] = $client->addTask($never, 'w', null, "array-$i");
    $GLOBALS["task_$i"] = $client->addTaskBackground($never, 'w', null, "global-$i");
    Registry::$clients[] = $client;
    Registry::$tasks[] = $client->addTaskHigh($never, 'w', null, "static-$i");
    Registry::$last = $client->addTaskLow($never, 'w', null, "last-$i");
    remember($client->addTask($never, 'w', null, "function-static-$i"));
    $registry->own[] = $client->addTask($never, 'w', null, "property-$i");
}
unset($client);
$orphan = client()->addTask($never, 'w', null, 'orphan');

$uniques = [];
foreach ([$all, Registry::$tasks, [Registry::$last, $orphan], remember($orphan), $registry->own] as $list) {
    foreach ($list as $item) {
        if ($item instanceof GearmanTask) {
            $uniques[] = $item->unique();
        }
    }
}
for ($i = 0; $i < 3; $i++) {
    $uniques[] = $GLOBALS["task_$i"]->unique();
}
echo implode(' ', $uniques), "\n";

$clients = [client()];
$tasks = [$clients[0]->addTask($never, 'w'), $clients[0]->addTask($never, 'w')];
$ref = WeakReference::create($clients[0]);
$clients = [];
var_dump($ref->get(), count($tasks));
echo "end of script\n";
?>
--EXPECT--
array-0 array-1 array-2 static-0 static-1 static-2 last-2 orphan function-static-0 function-static-1 function-static-2 orphan property-0 property-1 property-2 global-0 global-1 global-2
NULL
int(2)
end of script
