--TEST--
Port 0 means gearmand's default port, 4730, for GearmanClient, GearmanWorker and GearmanAdmin alike
--DESCRIPTION--
addServer()'s $port defaults to 0, and libgearman (PECL too) reads 0 as
4730, in addServer() and in "host:0" entries of addServers(). GearmanAdmin
takes 0 the same way, where it used to refuse it. The test listens on
127.0.0.1:4730 itself, lets each object connect with a short timeout and
reads what arrived there: a binary request ("\0REQ") from the client and the
worker, the admin command from GearmanAdmin.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
$probe = @stream_socket_server('tcp://127.0.0.1:4730');
if ($probe === false) {
    die('skip 127.0.0.1:4730 is in use, and this test must listen there');
}
?>
--FILE--
<?php
$server = stream_socket_server('tcp://127.0.0.1:4730', $errno, $errstr);
if ($server === false) {
    die("cannot listen on 127.0.0.1:4730: $errstr\n");
}

function arrived($server): string
{
    $peer = stream_socket_accept($server, 5);
    if ($peer === false) {
        return 'nothing arrived on 4730';
    }
    stream_set_timeout($peer, 2);
    $data = fread($peer, 64);
    fclose($peer);
    return substr($data, 0, 4) === "\0REQ" ? 'a gearman request' : var_export(trim($data), true);
}

$client = new GearmanClient();
var_dump($client->addServer('127.0.0.1', 0, false));
$client->setTimeout(300);
@$client->doBackground('port_zero', 'x');
echo "client addServer(host, 0): ", arrived($server), "\n";

$client = new GearmanClient();
var_dump($client->addServers('127.0.0.1:0', false));
$client->setTimeout(300);
@$client->doBackground('port_zero', 'x');
echo "client addServers(\"host:0\"): ", arrived($server), "\n";

/* ping(), not work(): a work() that times out waiting for this silent
 * server's answer to GRAB_JOB leaves libgearman 1.1.20 reading a job it
 * freed (docs/workarounds.md, known defects). */
$worker = new GearmanWorker();
var_dump($worker->addServer('127.0.0.1', 0, false));
$worker->setTimeout(300);
@$worker->ping('port zero');
echo "worker addServer(host, 0): ", arrived($server), "\n";

$admin = new GearmanAdmin('127.0.0.1', 0, 300);
try {
    $admin->serverVersion();
} catch (GearmanException $e) {
    echo "admin: ", $e->getCode() === GEARMAN_TIMEOUT ? 'timed out' : $e->getMessage(), "\n";
}
echo "admin port 0: ", arrived($server), "\n";

foreach ([-1, 65536] as $port) {
    try {
        new GearmanAdmin('127.0.0.1', $port);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        (new GearmanClient())->addServer('127.0.0.1', $port);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
client addServer(host, 0): a gearman request
bool(true)
client addServers("host:0"): a gearman request
bool(true)
worker addServer(host, 0): a gearman request
admin: timed out
admin port 0: 'version'
GearmanAdmin::__construct(): Argument #2 ($port) must be between 0 and 65535
GearmanClient::addServer(): Argument #2 ($port) must be between 0 and 65535
GearmanAdmin::__construct(): Argument #2 ($port) must be between 0 and 65535
GearmanClient::addServer(): Argument #2 ($port) must be between 0 and 65535
