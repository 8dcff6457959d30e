--TEST--
A server name whose first address refuses: a worker given it registers and gets jobs at once, and a client given it gets doNormal() results, with and without the exception round trip
--DESCRIPTION--
With the reference (libgearman 1.1.20), the worker's addServer() never
returns when the exception round trip is on (its request is lost when
libgearman falls back from the refused address), and without it the
worker's CAN_DO is lost the same way, so it never gets a job. Here the
worker child uses the name with the round trip (::1 first) and without it
(127.0.0.2 first), never sets a timeout, and serves a doNormal() and a
doBackground() job from a client that also uses the name; every call
returns at once.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
require __DIR__ . '/addr.inc';
if (($why = addr_namespace_problem()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/addr.inc';
echo addr_run('
    $port = gearman_test_port();
    foreach ([[ADDR_NAME_V6, true], [ADDR_NAME_V4, false]] as [$name, $roundTrip]) {
        echo "$name, exception round trip ", var_export($roundTrip, true), "\n";
        $fn = gearman_test_function_name();
        $child = gearman_test_start_worker(\'
            $worker = new GearmanWorker();
            $start = microtime(true);
            $ok = $args["roundTrip"] ? $worker->addServer($args["name"], $args["port"])
                : $worker->addServer($args["name"], $args["port"], false);
            $line = "worker addServer: " . var_export($ok, true) . (microtime(true) - $start < GEARMAN_TEST_HANG ? "" : " (slow)");
            $worker->addFunction($args["fn"], function (GearmanJob $job) {
                return strrev($job->workload());
            });
            gearman_test_ready();
            gearman_test_report($line);
            gearman_test_work($worker, 2);
        \', ["name" => $name, "port" => $port, "roundTrip" => $roundTrip, "fn" => $fn]);

        $client = new GearmanClient();
        addr_prompt("client addServer", fn () => $client->addServer($name, $port, $roundTrip));
        addr_prompt("doNormal", fn () => $client->doNormal($fn, "olleh"));
        addr_prompt("doBackground", fn () => $client->doBackground($fn, "x"));
        gearman_test_end_worker($child);
        echo gearman_test_worker_output($child);
    }
');
?>
--EXPECT--
gearman-addr-test-v6, exception round trip true
client addServer: true
doNormal: 'hello'
doBackground: handle
worker: ok
worker addServer: true
gearman-addr-test-v4, exception round trip false
client addServer: true
doNormal: 'hello'
doBackground: handle
worker: ok
worker addServer: true
