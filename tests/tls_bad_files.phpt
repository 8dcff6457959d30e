--TEST--
TLS: setSSL() loads the files before libgearman does: a CA, certificate or key it cannot load, a key of another certificate or one with a passphrase is a ValueError naming the file (a GearmanException naming the variable when it came from the environment), never libgearman's abort(); nothing is changed
--DESCRIPTION--
libgearman 1.1.x calls abort() at the first connection when a file does not
load (the process dies with SIGABRT inside addServer()), and with an
encrypted key OpenSSL would ask for the passphrase on the terminal. Each
case below is refused by setSSL() itself, on client and worker, and the
object keeps the TLS it had: the last lines show both still answering over
TLS.
--EXTENSIONS--
gearman
--SKIPIF--
<?php require __DIR__ . '/tls_skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/tls.inc';
[$ca, $cert, $key] = gearman_tls_files();
$junk = tempnam(sys_get_temp_dir(), 'gearman-test-tls-');
file_put_contents($junk, "not a certificate\n");
$client = gearman_tls_client();
$worker = gearman_tls_worker();
$cases = [
    'key as CA' => [$key, $cert, $key],
    'junk certificate' => [$ca, $junk, $key],
    'key of another certificate' => [$ca, $cert, gearman_tls_file('other-client.key')],
    'key with a passphrase' => [$ca, $cert, gearman_tls_file('client-encrypted.key')],
];
foreach ([$client, $worker] as $object) {
    foreach ($cases as $what => $files) {
        try {
            $object->setSSL(true, ...$files);
            echo "$what: no exception\n";
        } catch (ValueError $e) {
            echo "$what: ", str_replace([getenv('GEARMAN_TEST_TLS_DIR'), $junk], ['DIR', 'JUNK'], $e->getMessage()), "\n";
        }
    }
}
/* Files not given come from the variables libgearman reads, else from the
 * defaults compiled into libgearman, which do not exist in the TLS build
 * scripts/test-tls makes. */
putenv('GEARMAND_CA_CERTIFICATE');
try {
    $client->setSSL(true, null, $cert, $key);
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
putenv('GEARMAND_CA_CERTIFICATE=' . $junk);
try {
    gearman_worker_set_ssl($worker, true, null, $cert, $key);
} catch (GearmanException $e) {
    echo get_class($e), ' (', $e->getCode() === GEARMAN_INVALID_ARGUMENT ? 'GEARMAN_INVALID_ARGUMENT' : $e->getCode(),
        '): ', str_replace($junk, 'JUNK', $e->getMessage()), "\n";
}
putenv('GEARMAND_CA_CERTIFICATE=/nonexistent/ca.pem');
try {
    $client->setSSL(true, null, $cert, $key);
} catch (GearmanException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
putenv('GEARMAND_CA_CERTIFICATE');
unlink($junk);
var_dump($client->ping('still tls'), $worker->ping('still tls'));
?>
--EXPECTF--
key as CA: GearmanClient::setSSL(): Argument #2 ($ca_file) must hold a PEM CA certificate, "DIR/client.key" does not (OpenSSL: %s)
junk certificate: GearmanClient::setSSL(): Argument #3 ($certificate) must hold a PEM certificate, "JUNK" does not (OpenSSL: %s)
key of another certificate: GearmanClient::setSSL(): Argument #4 ($key_file) must hold the private key of the certificate, "DIR/other-client.key" does not (OpenSSL: %s)
key with a passphrase: GearmanClient::setSSL(): Argument #4 ($key_file) must hold a PEM private key without a passphrase, "DIR/client-encrypted.key" does not (OpenSSL: %s)
key as CA: GearmanWorker::setSSL(): Argument #2 ($ca_file) must hold a PEM CA certificate, "DIR/client.key" does not (OpenSSL: %s)
junk certificate: GearmanWorker::setSSL(): Argument #3 ($certificate) must hold a PEM certificate, "JUNK" does not (OpenSSL: %s)
key of another certificate: GearmanWorker::setSSL(): Argument #4 ($key_file) must hold the private key of the certificate, "DIR/other-client.key" does not (OpenSSL: %s)
key with a passphrase: GearmanWorker::setSSL(): Argument #4 ($key_file) must hold a PEM private key without a passphrase, "DIR/client-encrypted.key" does not (OpenSSL: %s)
GearmanException: setSSL(): the CA file libgearman defaults to, given none and no GEARMAND_CA_CERTIFICATE, must name a readable file (the CA file), "%s/gearmand-ca.pem" is not one; nothing was changed
GearmanException (GEARMAN_INVALID_ARGUMENT): setSSL(): the CA file from GEARMAND_CA_CERTIFICATE must hold a PEM CA certificate, "JUNK" does not (OpenSSL: %s); nothing was changed
GearmanException: setSSL(): the CA file from GEARMAND_CA_CERTIFICATE must name a readable file (the CA file), "/nonexistent/ca.pem" is not one; nothing was changed
bool(true)
bool(true)
