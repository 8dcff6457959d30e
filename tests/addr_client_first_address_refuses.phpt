--TEST--
A server name whose first address refuses (::1 or 127.0.0.2 before 127.0.0.1): addServer(), addServers(), doBackground() and jobStatus() reach 127.0.0.1 at once, with and without the exception round trip and a timeout
--DESCRIPTION--
libgearman 1.1.20 falls back from the refused first address to 127.0.0.1
but loses the request it was sending (see php_gearman_resolve.c): with the
reference, addServer() with the default exception round trip and no
timeout never returns (the child is killed after 60 s), with setTimeout()
it throws "Failed to set exception option" once the timeout is spent, and
after addServer(..., false) the first doBackground() times out. Each call
here must return at once; no timeout is ever spent.
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
    echo addr_order(ADDR_NAME_V6), "\n", addr_order(ADDR_NAME_V4), "\n";
    $port = gearman_test_port();
    foreach ([ADDR_NAME_V6, ADDR_NAME_V4] as $name) {
        echo "$name\n";
        $client = new GearmanClient();
        addr_prompt("addServer, no timeout", fn () => $client->addServer($name, $port));
        addr_prompt("doBackground", fn () => $client->doBackground($args["fn"], "x"));

        $client = new GearmanClient();
        $client->setTimeout(5000);
        addr_prompt("addServer, timeout", fn () => $client->addServer($name, $port));
        $handle = addr_prompt("doBackground", fn () => $client->doBackground($args["fn"], "x"));
        addr_prompt("jobStatus known", fn () => $client->jobStatus($handle)[0]);

        $client = new GearmanClient();
        addr_prompt("addServer, no round trip", fn () => $client->addServer($name, $port, false));
        addr_prompt("doBackground", fn () => $client->doBackground($args["fn"], "x"));
        addr_prompt("doLowBackground", fn () => $client->doLowBackground($args["fn"], "x"));

        $client = new GearmanClient();
        addr_prompt("addServers, no timeout", fn () => $client->addServers("$name:$port"));
        addr_prompt("doHighBackground", fn () => $client->doHighBackground($args["fn"], "x"));

        $client = new GearmanClient();
        addr_prompt("addServers, no round trip", fn () => $client->addServers("$name:$port", false));
        addr_prompt("ping", fn () => $client->ping("x"));
    }
', ['fn' => gearman_test_function_name()]);
?>
--EXPECT--
gearman-addr-test-v6: ::1 127.0.0.1
gearman-addr-test-v4: 127.0.0.2 127.0.0.1
gearman-addr-test-v6
addServer, no timeout: true
doBackground: handle
addServer, timeout: true
doBackground: handle
jobStatus known: true
addServer, no round trip: true
doBackground: handle
doLowBackground: handle
addServers, no timeout: true
doHighBackground: handle
addServers, no round trip: true
ping: true
gearman-addr-test-v4
addServer, no timeout: true
doBackground: handle
addServer, timeout: true
doBackground: handle
jobStatus known: true
addServer, no round trip: true
doBackground: handle
doLowBackground: handle
addServers, no timeout: true
doHighBackground: handle
addServers, no round trip: true
ping: true
