--TEST--
GearmanAdmin: status(), workers() and serverVersion() agree with what gearadmin (gearman-tools) prints for the same server
--DESCRIPTION--
A private gearmand with workers (ids with spaces and colons, no id, no
functions), queued and running jobs and a function name with a space.
GearmanAdmin's results, written back in the protocol's row format, must
equal gearadmin's --status and --workers lines (sorted: gearmand lists
them in hash order), with the rows of the two asking connections (no id,
no functions) left out; --server-version must equal serverVersion().
Without gearadmin the test fails: it is part of the suite's dependencies
(scripts/deps installs gearman-tools).
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
putenv('GEARMAN_TEST_PORT=' . ($server = fault_gearmand_start())->port);
putenv('GEARMAN_TEST_HOST=127.0.0.1');
require __DIR__ . '/admin_raw.inc';

$gearadmin = trim((string) shell_exec('command -v gearadmin'));
if ($gearadmin === '') {
    echo "gearadmin not found: install gearman-tools\n";
}
function gearadmin(string $option): array
{
    global $gearadmin, $server;
    $out = (string) shell_exec(escapeshellarg($gearadmin) . ' -h 127.0.0.1 -p ' . $server->port . ' ' . $option . ' 2>&1');
    return explode("\n", rtrim($out, "\n"));
}

$workers = [
    admin_test_worker('worker one:7', ['alpha', 'beta']),
    admin_test_worker(null, ['beta', 'with space']),
    admin_test_worker('no functions', []),
];
$client = admin_test_conn();
admin_test_submit($client, 'alpha', 'a1');
admin_test_submit($client, 'alpha', 'a2', true, 'high');
admin_test_grab($workers[0]);
admin_test_submit($client, 'beta', 'b1', false);
$admin = admin_test_admin();
$admin->createFunction('created');

echo "-- status\n";
$ours = [];
foreach ($admin->status() as $name => $row) {
    $ours[] = "$name\t{$row['total']}\t{$row['running']}\t{$row['workers']}";
}
$theirs = gearadmin('--status');
var_dump(array_pop($theirs));
sort($ours);
sort($theirs);
var_dump($ours === $theirs);
echo implode("\n", $ours), "\n";

echo "-- workers\n";
$asker = fn (string $row) => preg_match('/^\d+ \S+ - :$/', $row);
$ours = [];
foreach ($admin->workers() as $row) {
    $ours[] = "{$row['fd']} {$row['ip']} " . ($row['id'] ?? '-') . ' :' . implode('', array_map(fn ($f) => " $f", $row['functions']));
}
$ours = array_values(array_filter($ours, fn ($row) => !$asker($row)));
$theirs = gearadmin('--workers');
var_dump(array_pop($theirs));
$theirs = array_values(array_filter($theirs, fn ($row) => !$asker($row)));
sort($ours);
sort($theirs);
var_dump($ours === $theirs);
$shown = preg_replace('/^\d+ /', 'FD ', $ours);
sort($shown);
echo implode("\n", $shown), "\n";

echo "-- version\n";
var_dump(gearadmin('--server-version') === [$admin->serverVersion()]);
?>
--EXPECT--
-- status
string(1) "."
bool(true)
alpha	2	1	1
beta	1	0	2
created	0	0	0
with space	0	0	1
-- workers
string(1) "."
bool(true)
FD 127.0.0.1 - : with space beta
FD 127.0.0.1 no functions :
FD 127.0.0.1 worker one:7 : beta alpha
-- version
bool(true)
