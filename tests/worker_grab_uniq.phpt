--TEST--
GEARMAN_WORKER_GRAB_UNIQ: on by default, GearmanJob::unique() gives the client's unique key; off, it gives ""
--DESCRIPTION--
A new worker has GRAB_UNIQ set (options() 644 = GRAB_ALL | GRAB_UNIQ |
PACKET_INIT), so libgearman grabs jobs with their unique key and unique()
returns the key given to doNormal()/doBackground(), or the UUID libgearman
makes up when none was given. With removeOptions(GEARMAN_WORKER_GRAB_UNIQ)
libgearman 1.1.20 asks for plain GRAB_JOB (even though GRAB_ALL stays in
options()) and unique() is "", as in PECL 2.1.0 (this extension returned
false for it until php_gearman_job.c stopped mapping "" to false).
addOptions() turns it back on. The child worker switches the option between
jobs; each switch applies from its next work().
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$key = gearman_test_function_name('key');
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) use ($args) {
        $unique = $job->unique();
        if (is_string($unique) && strpos($unique, $args["key"]) === 0) {
            $unique = "<key>" . substr($unique, strlen($args["key"]));
        } elseif (is_string($unique) && preg_match("/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/", $unique)) {
            $unique = "<uuid>";
        }
        $line = $job->workload() . ": unique() " . var_export($unique, true)
            . ", gearman_job_unique() same: " . var_export(gearman_job_unique($job) === $job->unique(), true);
        gearman_test_report($line);
        return $line;
    });
    gearman_test_ready();
    gearman_test_report("default: GRAB_UNIQ " . var_export(($worker->options() & GEARMAN_WORKER_GRAB_UNIQ) != 0, true));
    gearman_test_work($worker, 2);
    $worker->removeOptions(GEARMAN_WORKER_GRAB_UNIQ);
    gearman_test_report("removed: GRAB_UNIQ " . var_export(($worker->options() & GEARMAN_WORKER_GRAB_UNIQ) != 0, true));
    gearman_test_work($worker, 3);
    $worker->addOptions(GEARMAN_WORKER_GRAB_UNIQ);
    gearman_test_report("added: GRAB_UNIQ " . var_export(($worker->options() & GEARMAN_WORKER_GRAB_UNIQ) != 0, true));
    gearman_test_work($worker, 1);
', ['fn' => $fn, 'key' => $key]);

$client = gearman_test_client();
echo $client->doNormal($fn, 'normal with key', $key . '-1'), "\n";
echo $client->doNormal($fn, 'normal without key'), "\n";
/* The worker turns GRAB_UNIQ off after these two. */
echo $client->doNormal($fn, 'normal with key, off', $key . '-2'), "\n";
echo $client->doNormal($fn, 'normal without key, off'), "\n";
var_dump($client->doBackground($fn, 'background with key, off', $key . '-3') !== '');
/* Queued behind the background job, so the worker grabs it after addOptions(). */
echo $client->doNormal($fn, 'normal with key, on again', $key . '-4'), "\n";
gearman_test_end_worker($child);
echo gearman_test_worker_output($child);
?>
--EXPECT--
normal with key: unique() '<key>-1', gearman_job_unique() same: true
normal without key: unique() '<uuid>', gearman_job_unique() same: true
normal with key, off: unique() '', gearman_job_unique() same: true
normal without key, off: unique() '', gearman_job_unique() same: true
bool(true)
normal with key, on again: unique() '<key>-4', gearman_job_unique() same: true
worker: ok
default: GRAB_UNIQ true
normal with key: unique() '<key>-1', gearman_job_unique() same: true
normal without key: unique() '<uuid>', gearman_job_unique() same: true
removed: GRAB_UNIQ false
normal with key, off: unique() '', gearman_job_unique() same: true
normal without key, off: unique() '', gearman_job_unique() same: true
background with key, off: unique() '', gearman_job_unique() same: true
added: GRAB_UNIQ true
normal with key, on again: unique() '<key>-4', gearman_job_unique() same: true
