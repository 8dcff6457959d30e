--TEST--
Two gearmand servers in addServers(): with either one down, clients still submit (doBackground, doNormal) and workers still work, and no job is lost
--DESCRIPTION--
Both orders are tried: the dead server listed first and listed second. The
client and the worker both get "127.0.0.1:P1,127.0.0.1:P2" (without the
exception-option round trip, which needs every server). Ten background jobs
and three doNormal() calls go through the client; every submission must
be accepted (a failed one is retried at most twice), and the worker, in a
child process, must run every one of them. Then a server that the client
was connected to is killed before the submissions: the live one carries on.

libgearman 1.1.20 (with the reference too) sometimes reports a submission
on the killed connection as GEARMAN_LOST_CONNECTION although it went through
on the other server, so a caller's retry can run that job twice: duplicates
are counted only for workloads whose submission reported a failure.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/fault_gearmand.inc';
require __DIR__ . '/worker.inc';

function round_trip(string $servers, string $label, ?GearmanClient $client = null): void
{
    $fn = gearman_test_function_name();
    $child = gearman_test_start_worker('
        $worker = new GearmanWorker();
        $worker->addServers($args["servers"], false);
        $worker->setTimeout(1000);
        $worker->addFunction($args["fn"], function (GearmanJob $job) {
            gearman_test_report("ran " . $job->workload());
            $GLOBALS["last"] = $job->workload();
            return strrev($job->workload());
        });
        gearman_test_ready();
        $deadline = microtime(true) + 20;
        $seen = [];
        while (count($seen) < 13 && microtime(true) < $deadline) {
            if (@$worker->work()) {
                $seen = array_unique(array_merge($seen, [$GLOBALS["last"]]));
            } elseif ($worker->returnCode() === GEARMAN_COULD_NOT_CONNECT) {
                usleep(50000);
            }
        }
    ', ['fn' => $fn, 'servers' => $servers]);

    if ($client === null) {
        $client = new GearmanClient();
        $client->addServers($servers, false);
    }
    $client->setTimeout(5000);
    $start = microtime(true);
    $failed = 0;
    $sent = [];
    $retried = [];
    for ($i = 0; $i < 10; $i++) {
        $workload = "bg-$i";
        for ($try = 0; $try < 3 && @$client->doBackground($fn, $workload) === ''; $try++) {
            $failed++;
            $retried[] = $workload;
        }
        if ($try < 3) {
            $sent[] = $workload;
        }
    }
    $results = [];
    for ($i = 0; $i < 3; $i++) {
        for ($try = 0; $try < 3; $try++) {
            $result = @$client->doNormal($fn, "fg-$i");
            if ($client->returnCode() === GEARMAN_SUCCESS) {
                $results[] = $result;
                $sent[] = "fg-$i";
                break;
            }
            $failed++;
            $retried[] = "fg-$i";
        }
    }
    $elapsed = microtime(true) - $start;
    gearman_test_wait_worker($child, 25);
    preg_match_all('/^ran (\S+)$/m', gearman_test_worker_output($child), $m);
    $ran = array_unique($m[1]);
    $twice = array_keys(array_filter(array_count_values($m[1]), fn ($n) => $n > 1));
    sort($ran);
    sort($sent);
    echo "$label: submitted ", count($sent), '/13, doNormal results ', implode(',', $results),
        ', ran ', count($ran), ', none lost: ', $ran === $sent ? 'yes' : 'no',
        ', unexplained duplicates: ', implode(',', array_diff($twice, $retried)) ?: 'none', "\n";
    fault_prompt($elapsed, 10);
}

$live = fault_gearmand_start();
$dead = gearman_test_closed_port();
round_trip("127.0.0.1:$dead,127.0.0.1:{$live->port}", 'dead first');
round_trip("127.0.0.1:{$live->port},127.0.0.1:$dead", 'dead second');

/* Both up at first, and the client connected to both (the exception-option
 * round trip); then the first is killed before anything is submitted. */
$other = fault_gearmand_start();
$servers = "127.0.0.1:{$other->port},127.0.0.1:{$live->port}";
$client = new GearmanClient();
var_dump($client->addServers($servers));
fault_gearmand_kill($other);
round_trip($servers, 'killed first', $client);
?>
--EXPECTF--
dead first: submitted 13/13, doNormal results 0-gf,1-gf,2-gf, ran 13, none lost: yes, unexplained duplicates: none
prompt: yes
dead second: submitted 13/13, doNormal results 0-gf,1-gf,2-gf, ran 13, none lost: yes, unexplained duplicates: none
prompt: yes
bool(true)
killed first: submitted 13/13, doNormal results 0-gf,1-gf,2-gf, ran 13, none lost: yes, unexplained duplicates: none
prompt: yes
