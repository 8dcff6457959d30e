--TEST--
GearmanAdmin against a misbehaving server: no answer, no closing "." line, closed mid-reply or at once, an ERR line, a reply dripping for ever each throw promptly; a trickled reply arrives whole; the next call on the same object works
--DESCRIPTION--
A fake admin port (admin_fake_server.inc) answers each command with the
next behaviour of its script. The object's timeout (500 ms here) bounds the
whole call, not each read: a server that sends a byte every 50 ms for ever
still makes status() throw after about 500 ms. A timeout, a lost connection
or bytes nobody asked for close the connection, and the next call opens a
new one (the fake server's log shows which connection each command came
on); an ERR line is a complete reply, so the connection is kept. Every
command is sent with CRLF. The bound on "prompt" is generous (3 s against
500 ms) for a loaded machine; a hang would meet run-tests' own timeout.
Then other methods: an ERR line to createFunction() or serverVersion() is
a GEARMAN_SERVER_ERROR, a reply of the wrong shape to serverPid() a
GEARMAN_UNEXPECTED_PACKET (the rest of that reply is stray, so the next
call opens a new connection), and ping(), whose binary packet the fake
server never answers, times out.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/admin_fake_server.inc';

$fake = admin_fake_start(['silent', 'good', 'nodot', 'good', 'closemid', 'good', 'closenow', 'good',
    'err', 'good', 'trickle', 'drip', 'good', 'stray', 'good']);
$admin = new GearmanAdmin('127.0.0.1', $fake->port, 500);

function call(GearmanAdmin $admin, string $label, string $method = 'status'): void
{
    $start = microtime(true);
    try {
        $status = $admin->$method(...($method === 'createFunction' ? ['f'] : []));
        echo "$label: ", json_encode($status), "\n";
    } catch (GearmanException $e) {
        $elapsed = microtime(true) - $start;
        $codes = [GEARMAN_TIMEOUT => 'GEARMAN_TIMEOUT', GEARMAN_LOST_CONNECTION => 'GEARMAN_LOST_CONNECTION',
            GEARMAN_SERVER_ERROR => 'GEARMAN_SERVER_ERROR', GEARMAN_UNEXPECTED_PACKET => 'GEARMAN_UNEXPECTED_PACKET'];
        echo "$label: ", $codes[$e->getCode()] ?? $e->getCode(), ': ', $e->getMessage(), "\n";
        echo '  prompt: ', $elapsed < 3.0 ? 'yes' : sprintf('no (%.2fs)', $elapsed), "\n";
        if ($e->getCode() === GEARMAN_TIMEOUT && $elapsed < 0.4) {
            printf("  too early: %.3fs\n", $elapsed);
        }
    }
}

foreach (['silent', 'after', 'nodot', 'after', 'closemid', 'after', 'closenow', 'after', 'err', 'after',
          'trickle', 'drip', 'after', 'stray', 'after'] as $label) {
    call($admin, $label);
}
echo admin_fake_log($fake);

echo "-- other methods\n";
$fake = admin_fake_start(['err', 'err', 'good']);
$admin = new GearmanAdmin('127.0.0.1', $fake->port, 500);
call($admin, 'createFunction err', 'createFunction');
call($admin, 'serverVersion err', 'serverVersion');
call($admin, 'serverPid status reply', 'serverPid');
call($admin, 'ping unanswered', 'ping');
call($admin, 'after', 'status');
echo admin_fake_log($fake);
?>
--EXPECTF--
silent: GEARMAN_TIMEOUT: GearmanAdmin: 127.0.0.1:%d, "status": no reply within 500 ms
  prompt: yes
after: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
nodot: GEARMAN_TIMEOUT: GearmanAdmin: 127.0.0.1:%d, "status": no complete reply within 500 ms
  prompt: yes
after: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
closemid: GEARMAN_LOST_CONNECTION: GearmanAdmin: 127.0.0.1:%d, "status": the server closed the connection in the middle of the reply
  prompt: yes
after: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
closenow: GEARMAN_LOST_CONNECTION: GearmanAdmin: 127.0.0.1:%d, "status": the server closed the connection without a reply
  prompt: yes
after: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
err: GEARMAN_SERVER_ERROR: GearmanAdmin: 127.0.0.1:%d, "status": the server answered ERR UNKNOWN_COMMAND Unknown+server+commandstatus
  prompt: yes
after: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
trickle: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
drip: GEARMAN_TIMEOUT: GearmanAdmin: 127.0.0.1:%d, "status": no complete reply within 500 ms
  prompt: yes
after: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
stray: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
after: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
connection 1: "status\r\n"
connection 2: "status\r\n"
connection 2: "status\r\n"
connection 3: "status\r\n"
connection 3: "status\r\n"
connection 4: "status\r\n"
connection 4: "status\r\n"
connection 5: "status\r\n"
connection 5: "status\r\n"
connection 5: "status\r\n"
connection 5: "status\r\n"
connection 5: "status\r\n"
connection 6: "status\r\n"
connection 6: "status\r\n"
connection 7: "status\r\n"
-- other methods
createFunction err: GEARMAN_SERVER_ERROR: GearmanAdmin: 127.0.0.1:%d, "create function f": the server answered ERR UNKNOWN_COMMAND Unknown+server+commandstatus
  prompt: yes
serverVersion err: GEARMAN_SERVER_ERROR: GearmanAdmin: 127.0.0.1:%d, "version": the server answered ERR UNKNOWN_COMMAND Unknown+server+commandstatus
  prompt: yes
serverPid status reply: GEARMAN_UNEXPECTED_PACKET: GearmanAdmin: 127.0.0.1:%d, "getpid": unexpected reply line "fake one	3	1	2"
  prompt: yes
ping unanswered: GEARMAN_TIMEOUT: GearmanAdmin: 127.0.0.1:%d, "ping": no reply within 500 ms
  prompt: yes
after: {"fake one":{"total":3,"running":1,"queued":2,"workers":2},"fake\ttwo":{"total":0,"running":0,"queued":0,"workers":0}}
connection 1: "create function f\r\n"
connection 1: "version\r\n"
connection 1: "getpid\r\n"
connection 3: "status\r\n"
