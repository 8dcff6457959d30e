--TEST--
GearmanAdmin::workers(): ids with spaces and colons (even " : "), no id, a 127-byte id, a connection without functions; status() keeps names with spaces and tabs
--DESCRIPTION--
gearmand lists every connection as "FD IP ID : f1 f2 ...", with "-" for no
id and nothing after the ":" when no function is registered. Ids come from
raw SET_CLIENT_ID packets (admin_raw.inc), since libgearman refuses spaces in
them. gearmand keeps 127 bytes of a longer id. fd is an int, ip a string,
id null when unset; functions are listed newest first. status() splits
its rows from the right, so function names with spaces or tabs survive.
workers() cannot do the same: the row separates function names with
spaces, so a name with a space comes out in pieces (shown here as the
protocol's limit), and only an id followed by functions whose names
contain " : " would be cut wrongly.
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
$conns = [
    admin_test_worker("$fn worker one:7", ["$fn-a", "$fn-b"]),
    admin_test_worker(null, ["$fn-c"]),
    admin_test_worker("$fn-" . str_repeat('i', 200), []),
    admin_test_worker("$fn x : y", ["$fn-d"]),
    admin_test_worker("$fn-names", ["$fn with space", "$fn\twith tab"]),
];

$rows = [];
foreach ($admin->workers() as $row) {
    if (!is_int($row['fd']) || $row['fd'] < 0 || $row['ip'] !== '127.0.0.1') {
        echo "bad row: ", json_encode($row), "\n";
    }
    unset($row['fd'], $row['ip']);
    if (strlen((string) $row['id']) > 100) {
        $row['id'] = substr($row['id'], 0, strlen($fn) + 2) . '... (' . strlen($row['id']) . ' bytes)';
    }
    if (str_contains((string) $row['id'], $fn) || str_contains(implode(' ', $row['functions']), $fn)) {
        $rows[] = admin_test_json($row, $fn);
    }
}
sort($rows);
echo implode("\n", $rows), "\n";
echo admin_test_json(admin_test_rows($admin->status(), ["$fn with space", "$fn\twith tab"]), $fn), "\n";
?>
--EXPECT--
{"id":"FN worker one:7","functions":["FN-b","FN-a"]}
{"id":"FN x : y","functions":["FN-d"]}
{"id":"FN-i... (127 bytes)","functions":[]}
{"id":"FN-names","functions":["FN\twith","tab","FN","with","space"]}
{"id":null,"functions":["FN-c"]}
{"FN with space":{"total":0,"running":0,"queued":0,"workers":1},"FN\twith tab":{"total":0,"running":0,"queued":0,"workers":1}}
