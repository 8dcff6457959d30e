--TEST--
GearmanAdmin: replies of thousands of rows arrive whole (3,000 functions in status() and in one workers() row, 2,000 jobs in jobs() and uniqueJobs())
--DESCRIPTION--
A private gearmand, one raw worker connection registering 3,000 functions
(a status() reply of about 100 KB and a workers() row of about 40 KB) and
2,000 background jobs on them. Each list comes back complete, with every
name, count and handle exact.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
putenv('GEARMAN_TEST_PORT=' . ($server = fault_gearmand_start())->port);
putenv('GEARMAN_TEST_HOST=127.0.0.1');
require __DIR__ . '/admin_raw.inc';

$names = [];
for ($i = 0; $i < 3000; $i++) {
    $names[] = sprintf('function-number-%04d', $i);
}
$worker = admin_test_conn();
foreach ($names as $name) {
    admin_test_send($worker, ADMIN_TEST_CAN_DO, $name);
}
admin_test_sync($worker);
$client = admin_test_conn();
for ($i = 0; $i < 2000; $i++) {
    admin_test_send($client, ADMIN_TEST_SUBMIT_JOB_BG, sprintf('function-number-%04d', $i % 3000), "unique-$i", 'w');
}
$handles = [];
for ($i = 0; $i < 2000; $i++) {
    [$type, $args] = admin_test_read($client);
    $handles[] = $args[0];
}

$admin = new GearmanAdmin('127.0.0.1', $server->port);
$status = $admin->status();
var_dump(count($status));
$expected = [];
foreach ($names as $i => $name) {
    $expected[$name] = ['total' => $i < 2000 ? 1 : 0, 'running' => 0, 'queued' => $i < 2000 ? 1 : 0, 'workers' => 1];
}
ksort($status);
var_dump($status === $expected);

$rows = array_values(array_filter($admin->workers(), fn ($row) => $row['functions']));
var_dump(count($rows));
$functions = $rows[0]['functions'];
sort($functions);
var_dump($functions === array_keys($expected));

$jobs = $admin->jobs();
var_dump(count($jobs));
$listed = array_column($jobs, 'handle');
sort($listed);
sort($handles);
var_dump($listed === $handles);
var_dump(array_unique(array_map(fn ($row) => json_encode([$row['retries'], $row['cancelled'], $row['background']]), $jobs)));

$unique = $admin->uniqueJobs();
sort($unique);
$expected = array_map(fn ($i) => "unique-$i", range(0, 1999));
sort($expected);
var_dump($unique === $expected);
?>
--EXPECT--
int(3000)
bool(true)
int(1)
bool(true)
int(2000)
bool(true)
array(1) {
  [0]=>
  string(14) "[0,false,true]"
}
bool(true)
