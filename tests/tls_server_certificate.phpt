--TEST--
TLS: what checks the server's certificate: libgearman accepts a server whose certificate another CA signed (recorded here, as README says), GearmanAdmin refuses it, and refuses one whose names do not match the host
--DESCRIPTION--
libgearman 1.1.x loads the CA but never asks OpenSSL to verify the server
(no SSL_VERIFY_PEER): its TLS encrypts but does not authenticate, and a
client or worker reaches the second gearmand, whose certificate comes from
an unrelated CA and names only gearman.invalid. If a libgearman starts to
verify, the first two lines change and README's "TLS" section must too.
GearmanAdmin's own TLS verifies the chain against its CA and the host it
was given: with the right CA the name still fails.
--EXTENSIONS--
gearman
--SKIPIF--
<?php require __DIR__ . '/tls_skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/tls.inc';
echo 'client, other CA: ', var_export(gearman_tls_client(true)->ping('unverified'), true), "\n";
echo 'worker, other CA: ', var_export(gearman_tls_worker(true)->ping('unverified'), true), "\n";
foreach (['ca.pem' => 'admin, other CA', 'other-ca.pem' => 'admin, right CA, wrong name'] as $ca => $what) {
    $admin = new GearmanAdmin('127.0.0.1', gearman_tls_port(true));
    $admin->setSSL(true, gearman_tls_file($ca));
    try {
        $admin->status();
        echo "$what: no exception\n";
    } catch (GearmanException $e) {
        echo "$what: ", $e->getCode() === GEARMAN_COULD_NOT_CONNECT ? 'GEARMAN_COULD_NOT_CONNECT' : $e->getCode(), ' ',
            preg_replace('/:\d+,/', ':PORT,', $e->getMessage()), "\n";
    }
}
?>
--EXPECTF--
client, other CA: true
worker, other CA: true
admin, other CA: GEARMAN_COULD_NOT_CONNECT GearmanAdmin: 127.0.0.1:PORT, "status": the server's TLS certificate was refused: %s
admin, right CA, wrong name: GEARMAN_COULD_NOT_CONNECT GearmanAdmin: 127.0.0.1:PORT, "status": the server's TLS certificate was refused: IP address mismatch
