<?php
/*
 * Scale workloads (issue 19 item 5), one workload and one N per process:
 *   php -n -d extension=/path/gearman.so scale.php HOST PORT WORKLOAD N TAG
 * WORKLOAD is one of
 *   functions  a worker's N addFunction() calls, then one work() round trip
 *              that registers them and runs one job (of the last function)
 *   tasks      N addTaskBackground() and one runTasks(), no worker; RSS kept
 *              after the client is unset
 *   clients    N GearmanClient objects, each with addServer(HOST, PORT, false)
 *              and all eight callbacks set
 *   servers    one client, N addServer(HOST, PORT) with the default
 *              exception round trip (the same server N times)
 * TAG makes the function names of this run unique on a shared gearmand.
 * Prints one line for bench/run --scale:
 *   RESULT role=scale scenario=tasks n=1000 cpu=... wall=... heap=... ok=1 ...
 * cpu = user+sys (getrusage), heap = memory_get_usage() delta in bytes, both
 * over the measured part only. Every count is checked; a wrong one exits 1.
 */

declare(strict_types=1);
require __DIR__ . '/common.php';

const SCALE_WORKLOADS = ['functions', 'tasks', 'clients', 'servers'];

if (count($argv) !== 6 || !in_array($argv[3], SCALE_WORKLOADS, true)
    || !preg_match('/^\d+$/', $argv[2]) || !preg_match('/^[1-9]\d*$/', $argv[4])
    || !preg_match('/^\w+$/', $argv[5])) {
    fwrite(STDERR, "usage: php {$argv[0]} HOST PORT " . implode('|', SCALE_WORKLOADS) . " N TAG\n");
    exit(2);
}
if (!extension_loaded('gearman')) {
    fwrite(STDERR, "the gearman extension is not loaded (run with php -n -d extension=...)\n");
    exit(2);
}
[$host, $port, $workload, $n, $tag] = [$argv[1], (int)$argv[2], $argv[3], (int)$argv[4], $argv[5]];

$failures = [];
function fail(string $what): void
{
    global $failures;
    $failures[] = $what;
}

/** VmRSS of this process in KiB, from /proc/self/status. */
function vmrss_kb(): int
{
    $status = (string)file_get_contents('/proc/self/status');
    return preg_match('/^VmRSS:\s+(\d+)\s+kB/m', $status, $m) ? (int)$m[1] : -1;
}

/**
 * gearmand's admin "status": function => [queued, running, available workers].
 * Only functions whose name starts with $prefix.
 */
function gearmand_status(string $host, int $port, string $prefix): array
{
    $s = @fsockopen($host, $port, $errno, $errstr, 10);
    if ($s === false) {
        fail("admin connection: $errstr");
        return [];
    }
    stream_set_timeout($s, 30);
    fwrite($s, "status\n");
    $out = [];
    while (($line = fgets($s)) !== false) {
        $line = rtrim($line, "\r\n");
        if ($line === '.') {
            fclose($s);
            return $out;
        }
        $f = explode("\t", $line);
        if (count($f) === 4 && str_starts_with($f[0], $prefix)) {
            $out[$f[0]] = [(int)$f[1], (int)$f[2], (int)$f[3]];
        }
    }
    fclose($s);
    fail('admin status: no closing "." from gearmand');
    return $out;
}

/** CPU seconds (user + sys) between two bench_now() readings. */
function cpu_between(array $t0, array $t1): float
{
    return ($t1[1] + $t1[2]) - ($t0[1] + $t0[2]);
}

$extra = [];
switch ($workload) {
case 'functions':
    $prefix = "scale_fn_{$tag}_";
    $names = [];
    for ($i = 0; $i < $n; $i++) {
        $names[] = $prefix . $i;
    }
    $client = new GearmanClient();
    $client->addServer($host, $port);
    $client->doBackground($names[$n - 1], 'ping');
    if ($client->returnCode() !== GEARMAN_SUCCESS) {
        fail('doBackground: ' . $client->error());
    }
    $calls = 0;
    $fn = function (GearmanJob $job) use (&$calls): string {
        $calls++;
        return $job->workload();
    };
    $worker = new GearmanWorker();
    $worker->addServer($host, $port);
    gc_collect_cycles();
    $m0 = memory_get_usage();
    $t0 = bench_now();
    $added = 0;
    foreach ($names as $name) {
        if ($worker->addFunction($name, $fn) === true) {
            $added++;
        }
    }
    $t1 = bench_now();
    $m1 = memory_get_usage();
    $worked = @$worker->work() && $worker->returnCode() === GEARMAN_SUCCESS;
    $t2 = bench_now();
    $m2 = memory_get_usage();
    if ($added !== $n) {
        fail("addFunction() succeeded $added times of $n");
    }
    if (!$worked || $calls !== 1) {
        fail("work(): " . ($worked ? 'ok' : $worker->error()) . ", the function ran $calls times (want 1)");
    }
    /* Still connected: gearmand must list all N with this worker. */
    $registered = count(array_filter(gearmand_status($host, $port, $prefix), fn($s) => $s[2] >= 1));
    if ($registered !== $n) {
        fail("gearmand lists $registered of the $n functions with a worker");
    }
    $extra = ['heap' => $m2 - $m0, 'add_heap' => $m1 - $m0, 'add_cpu' => cpu_between($t0, $t1),
        'work_cpu' => cpu_between($t1, $t2), 'registered' => $registered];
    break;

case 'tasks':
    $fname = "scale_bg_$tag";
    $data = bench_workload(100);
    gc_collect_cycles();
    $rss0 = vmrss_kb();
    $m0 = memory_get_usage();
    $client = new GearmanClient();
    $client->addServer($host, $port);
    $t0 = bench_now();
    $added = 0;
    for ($i = 0; $i < $n; $i++) {
        if ($client->addTaskBackground($fname, $data) !== false) {
            $added++;
        }
    }
    $t1 = bench_now();
    $ran = $client->runTasks();
    $t2 = bench_now();
    $code = $client->returnCode();
    unset($client);
    gc_collect_cycles();
    $m1 = memory_get_usage();
    $rss1 = vmrss_kb();
    if ($added !== $n) {
        fail("addTaskBackground() succeeded $added times of $n");
    }
    if ($ran !== true || $code !== GEARMAN_SUCCESS) {
        fail("runTasks() returned " . var_export($ran, true) . ", code $code");
    }
    $queued = gearmand_status($host, $port, $fname)[$fname][0] ?? 0;
    if ($queued !== $n) {
        fail("gearmand queued $queued of the $n background jobs");
    }
    $extra = ['heap' => $m1 - $m0, 'add_cpu' => cpu_between($t0, $t1), 'run_cpu' => cpu_between($t1, $t2),
        'rss_kept_kb' => $rss1 - $rss0, 'queued' => $queued];
    break;

case 'clients':
    $cb = function (): void {
    };
    $setters = ['setWorkloadCallback', 'setCreatedCallback', 'setDataCallback', 'setWarningCallback',
        'setStatusCallback', 'setCompleteCallback', 'setExceptionCallback', 'setFailCallback'];
    $clients = [];
    $bad = 0;
    gc_collect_cycles();
    $m0 = memory_get_usage();
    $t0 = bench_now();
    /* Where the heap goes: the object, addServer(), the eight callbacks. */
    $steps = [0, 0, 0];
    for ($i = 0; $i < $n; $i++) {
        $ma = memory_get_usage();
        $c = new GearmanClient();
        $mb = memory_get_usage();
        $ok = $c->addServer($host, $port, false);
        $mc = memory_get_usage();
        foreach ($setters as $set) {
            $ok = $c->$set($cb) === true && $ok;
        }
        $steps[0] += $mb - $ma;
        $steps[1] += $mc - $mb;
        $steps[2] += memory_get_usage() - $mc;
        $bad += $ok ? 0 : 1;
        $clients[] = $c;
    }
    unset($c);
    $t2 = bench_now();
    $m2 = memory_get_usage();
    if ($bad !== 0 || count($clients) !== $n) {
        fail("$bad of " . count($clients) . " clients had a call fail (want $n clients, none failing)");
    }
    $extra = ['heap' => $m2 - $m0, 'object_heap' => $steps[0], 'server_heap' => $steps[1],
        'callbacks_heap' => $steps[2]];
    break;

case 'servers':
    $client = new GearmanClient();
    gc_collect_cycles();
    $m0 = memory_get_usage();
    $t0 = bench_now();
    $added = 0;
    for ($i = 0; $i < $n; $i++) {
        if ($client->addServer($host, $port) === true) {
            $added++;
        }
    }
    $t2 = bench_now();
    $m2 = memory_get_usage();
    if ($added !== $n) {
        fail("addServer() succeeded $added times of $n");
    }
    $extra = ['heap' => $m2 - $m0];
    break;
}

foreach ($failures as $f) {
    fwrite(STDERR, "scale.php $workload N=$n: $f\n");
}
$fields = '';
foreach ($extra as $k => $v) {
    $fields .= is_float($v) ? sprintf(' %s=%.6f', $k, $v) : " $k=$v";
}
printf("RESULT role=scale scenario=%s n=%d wall=%.6f cpu=%.6f ok=%d%s\n", $workload, $n, $t2[0] - $t0[0],
    cpu_between($t0, $t2), $failures === [] ? 1 : 0, $fields);
exit($failures === [] ? 0 : 1);
