--TEST--
TLS: a client or worker without setSSL() is refused by a gearmand --ssl, and one with setSSL() by a plain gearmand, at once and with GEARMAN_LOST_CONNECTION; nothing falls back to plain text
--DESCRIPTION--
gearmand --ssl closes a connection that does not start with a TLS
handshake, and a plain gearmand answers a ClientHello with nothing a TLS
client accepts. Each side fails its first call promptly (bounded by
GEARMAN_TEST_HANG, never the client's timeout), with addServer()'s usual
"Failed to set exception option" exception when the exception round trip
is on.
--EXTENSIONS--
gearman
--SKIPIF--
<?php require __DIR__ . '/tls_skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/tls.inc';
function attempt(string $what, callable $call): void
{
    $start = microtime(true);
    try {
        $result = $call();
        echo "$what: ", var_export($result, true);
    } catch (GearmanException $e) {
        echo "$what: GearmanException (", $e->getCode() === GEARMAN_LOST_CONNECTION ? 'GEARMAN_LOST_CONNECTION' : $e->getCode(),
            '): ', $e->getMessage();
    }
    echo microtime(true) - $start < GEARMAN_TEST_HANG ? ", at once\n" : ", after a wait\n";
}
function plain_client(int $port): GearmanClient
{
    $client = new GearmanClient();
    $client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
    $client->addServer('127.0.0.1', $port, false);
    return $client;
}
function code(object $object): string
{
    return $object->returnCode() === GEARMAN_LOST_CONNECTION ? 'GEARMAN_LOST_CONNECTION' : (string) $object->returnCode();
}
$fn = gearman_test_function_name();
attempt('plain client, addServer() on the TLS port', fn () => (new GearmanClient())->addServer('127.0.0.1', gearman_tls_port()));
attempt('plain worker, addServer() on the TLS port', fn () => (new GearmanWorker())->addServer('127.0.0.1', gearman_tls_port()));
attempt('plain client, doBackground() on the TLS port', function () use ($fn) {
    $client = plain_client(gearman_tls_port());
    return [@$client->doBackground($fn, 'secret'), code($client)];
});
attempt('plain client, doNormal() on the TLS port', function () use ($fn) {
    $client = plain_client(gearman_tls_port());
    return [@$client->doNormal($fn, 'secret'), code($client)];
});
attempt('TLS client, addServer() on the plain port', function () {
    $client = new GearmanClient();
    $client->setSSL(true, ...gearman_tls_files());
    return $client->addServer('127.0.0.1', gearman_test_port());
});
attempt('TLS client, doBackground() on the plain port', function () use ($fn) {
    $client = new GearmanClient();
    $client->setSSL(true, ...gearman_tls_files());
    $client->setTimeout(GEARMAN_TEST_TIMEOUT_MS);
    $client->addServer('127.0.0.1', gearman_test_port(), false);
    return [@$client->doBackground($fn, 'secret'), code($client)];
});
attempt('TLS worker, ping() on the plain port', function () {
    $worker = new GearmanWorker();
    $worker->setSSL(true, ...gearman_tls_files());
    $worker->addServer('127.0.0.1', gearman_test_port(), false);
    return [@$worker->ping('secret'), code($worker)];
});
/* Nothing reached the plain gearmand's queue in plain text. */
var_dump((new GearmanAdmin('127.0.0.1', gearman_test_port()))->status()[$fn] ?? 'no such function');
?>
--EXPECT--
plain client, addServer() on the TLS port: GearmanException (GEARMAN_LOST_CONNECTION): Failed to set exception option, at once
plain worker, addServer() on the TLS port: GearmanException (GEARMAN_LOST_CONNECTION): Failed to set exception option, at once
plain client, doBackground() on the TLS port: array (
  0 => '',
  1 => 'GEARMAN_LOST_CONNECTION',
), at once
plain client, doNormal() on the TLS port: array (
  0 => '',
  1 => 'GEARMAN_LOST_CONNECTION',
), at once
TLS client, addServer() on the plain port: GearmanException (GEARMAN_LOST_CONNECTION): Failed to set exception option, at once
TLS client, doBackground() on the plain port: array (
  0 => '',
  1 => 'GEARMAN_LOST_CONNECTION',
), at once
TLS worker, ping() on the plain port: array (
  0 => false,
  1 => 'GEARMAN_LOST_CONNECTION',
), at once
string(16) "no such function"
