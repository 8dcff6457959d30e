--TEST--
GearmanAdmin: status(), priorityStatus(), jobs() and uniqueJobs() for queued and running jobs, and cancelJob() on queued, running, repeated and unknown handles
--DESCRIPTION--
A raw worker connection in this process (admin_raw.inc) takes a job, so the
counts are exact: status()'s total counts every job of the function, the
running one included, and queued = total - running; priorityStatus() counts
waiting jobs only. jobs() marks background jobs; cancelJob() answers true
for an existing handle (again, and for a running or foreground job) and
false for an unknown one. gearmand does not remove a cancelled job: it stays
in jobs() as cancelled (and no longer background: gearmand clears that flag)
and the status() counts do not change. Every count is an int.
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
$idle = "$fn-idle";
$worker = admin_test_worker(null, [$fn, $idle]);
$client = admin_test_conn();
$high = admin_test_submit($client, $fn, "$fn-u1", true, 'high');
$normal = admin_test_submit($client, $fn, "$fn-u2", true, 'normal');
$low = admin_test_submit($client, $fn, "$fn-u3", false, 'low');

function jobs(GearmanAdmin $admin, array $handles): void
{
    /* Listed in hash order: shown in the order of $handles. */
    $rows = [];
    foreach ($admin->jobs() as $row) {
        if (($name = array_search($row['handle'], $handles, true)) !== false) {
            $row['handle'] = $name;
            $rows[$name] = json_encode($row);
        }
    }
    foreach (array_keys($handles) as $name) {
        echo $rows[$name] ?? "$name: absent", "\n";
    }
}
$handles = ['high' => $high, 'normal' => $normal, 'low' => $low];

echo "-- three waiting\n";
echo admin_test_json(admin_test_rows($admin->status(), [$fn, $idle]), $fn), "\n";
echo admin_test_json(admin_test_rows($admin->priorityStatus(), [$fn, $idle]), $fn), "\n";
jobs($admin, $handles);
$unique = array_values(array_intersect($admin->uniqueJobs(), ["$fn-u1", "$fn-u2", "$fn-u3"]));
sort($unique);
echo json_encode(str_replace($fn, 'FN', $unique)), "\n";

echo "-- the high one running\n";
var_dump(admin_test_grab($worker) === $high);
echo admin_test_json(admin_test_rows($admin->status(), [$fn]), $fn), "\n";
echo admin_test_json(admin_test_rows($admin->priorityStatus(), [$fn]), $fn), "\n";

echo "-- cancel\n";
var_dump($admin->cancelJob($high), $admin->cancelJob($high), $admin->cancelJob($low), $admin->cancelJob('H:nosuchhost:424242'));
jobs($admin, $handles);
echo admin_test_json(admin_test_rows($admin->status(), [$fn]), $fn), "\n";

echo "-- the running job done\n";
admin_test_complete($worker, $high);
echo admin_test_json(admin_test_rows($admin->status(), [$fn]), $fn), "\n";
jobs($admin, $handles);
?>
--EXPECT--
-- three waiting
{"FN":{"total":3,"running":0,"queued":3,"workers":1},"FN-idle":{"total":0,"running":0,"queued":0,"workers":1}}
{"FN":{"high":1,"normal":1,"low":1,"workers":1},"FN-idle":{"high":0,"normal":0,"low":0,"workers":1}}
{"handle":"high","retries":0,"cancelled":false,"background":true}
{"handle":"normal","retries":0,"cancelled":false,"background":true}
{"handle":"low","retries":0,"cancelled":false,"background":false}
["FN-u1","FN-u2","FN-u3"]
-- the high one running
bool(true)
{"FN":{"total":3,"running":1,"queued":2,"workers":1}}
{"FN":{"high":0,"normal":1,"low":1,"workers":1}}
-- cancel
bool(true)
bool(true)
bool(true)
bool(false)
{"handle":"high","retries":0,"cancelled":true,"background":false}
{"handle":"normal","retries":0,"cancelled":false,"background":true}
{"handle":"low","retries":0,"cancelled":true,"background":false}
{"FN":{"total":3,"running":1,"queued":2,"workers":1}}
-- the running job done
{"FN":{"total":2,"running":0,"queued":2,"workers":1}}
high: absent
{"handle":"normal","retries":0,"cancelled":false,"background":true}
{"handle":"low","retries":0,"cancelled":true,"background":false}
