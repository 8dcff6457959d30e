--TEST--
GearmanAdmin: createFunction(), dropFunction() (not found, has workers, only queued jobs), setMaxQueue() and setMaxQueueByPriority() then a refused submit
--DESCRIPTION--
createFunction() lists a function with no jobs and no workers; the name
arrives whole (the command is sent with CRLF: on a bare LF gearmand 1.1.20
cuts two characters off it). dropFunction() is false for an unknown
function and for one a worker still has, true for one with only queued
jobs, whose jobs stay behind. maxqueue compares the limit with the
function's total: one size applies to every priority, three to high,
normal and low, 0 means unlimited; over the limit gearmand refuses the
submission with QUEUE_ERROR, which GearmanClient reports as
GEARMAN_QUEUE_ERROR. maxqueue answers OK even for an unknown function.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/admin_raw.inc';
$admin = admin_test_admin();
$fn = gearman_test_function_name();

echo "-- create, drop\n";
var_dump($admin->createFunction("$fn-new"));
echo admin_test_json(admin_test_rows($admin->status(), ["$fn-new"]), $fn), "\n";
var_dump($admin->dropFunction("$fn-new"), $admin->dropFunction("$fn-new"), $admin->dropFunction("$fn-never"));
echo admin_test_json(admin_test_rows($admin->status(), ["$fn-new"]), $fn), "\n";

echo "-- drop with a worker, then with queued jobs only\n";
$worker = admin_test_worker(null, ["$fn-w"]);
$client = admin_test_conn();
$handle = admin_test_submit($client, "$fn-w", "$fn-job");
var_dump($admin->dropFunction("$fn-w"));
fclose($worker);
/* gearmand forgets the worker once it has seen the close: ask until then. */
for ($i = 0; $i < 500 && ($admin->status()["$fn-w"]['workers'] ?? 0) > 0; $i++) {
    usleep(10000);
}
var_dump($admin->dropFunction("$fn-w"));
echo admin_test_json(admin_test_rows($admin->status(), ["$fn-w"]), $fn), "\n";
var_dump(in_array($handle, array_column($admin->jobs(), 'handle'), true));

echo "-- maxqueue, one size\n";
var_dump($admin->setMaxQueue("$fn-unknown", 5));
var_dump(isset($admin->status()["$fn-unknown"]));
var_dump($admin->createFunction("$fn-m"), $admin->setMaxQueue("$fn-m", 2));
var_dump(str_starts_with(admin_test_submit($client, "$fn-m", "$fn-1"), 'H:'));
var_dump(str_starts_with(admin_test_submit($client, "$fn-m", "$fn-2", true, 'high'), 'H:'));
var_dump(admin_test_submit($client, "$fn-m", "$fn-3", true, 'low'));
$gc = gearman_test_client();
var_dump(@$gc->doBackground("$fn-m", 'refused'), $gc->returnCode() === GEARMAN_QUEUE_ERROR);

echo "-- maxqueue by priority\n";
var_dump($admin->setMaxQueueByPriority("$fn-m", 3, 2, 0));
var_dump(str_starts_with(admin_test_submit($client, "$fn-m", "$fn-4", true, 'high'), 'H:'));
var_dump(admin_test_submit($client, "$fn-m", "$fn-5", true, 'normal'));
var_dump(str_starts_with(admin_test_submit($client, "$fn-m", "$fn-6", true, 'low'), 'H:'));

echo "-- unlimited again\n";
var_dump($admin->setMaxQueue("$fn-m", 0));
var_dump(str_starts_with(admin_test_submit($client, "$fn-m", "$fn-7"), 'H:'));
echo admin_test_json(admin_test_rows($admin->status(), ["$fn-m"]), $fn), "\n";
?>
--EXPECT--
-- create, drop
bool(true)
{"FN-new":{"total":0,"running":0,"queued":0,"workers":0}}
bool(true)
bool(false)
bool(false)
{"FN-new":"absent"}
-- drop with a worker, then with queued jobs only
bool(false)
bool(true)
{"FN-w":"absent"}
bool(true)
-- maxqueue, one size
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
string(35) "ERROR QUEUE_ERROR Job queue is full"
string(0) ""
bool(true)
-- maxqueue by priority
bool(true)
bool(true)
string(35) "ERROR QUEUE_ERROR Job queue is full"
bool(true)
-- unlimited again
bool(true)
bool(true)
{"FN-m":{"total":5,"running":0,"queued":5,"workers":0}}
