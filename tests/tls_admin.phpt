--TEST--
TLS: GearmanAdmin::setSSL() speaks the administration protocol over TLS with the server's certificate verified (by address or by name), keeps it in clones, goes back to plain text with setSSL(false), and refuses bad arguments with ValueErrors
--DESCRIPTION--
GearmanAdmin has its own socket and its own OpenSSL session: it needs the
CA (argument or GEARMAND_CA_CERTIFICATE) because it verifies the server;
a certificate of its own is optional (gearmand asks for none). Over TLS it
sees what a TLS worker registered; a plain admin on the TLS port gets the
connection closed, and a TLS one on the plain port a failed handshake.
--EXTENSIONS--
gearman
--SKIPIF--
<?php require __DIR__ . '/tls_skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/tls.inc';
function show(string $what, callable $call): void
{
    try {
        $result = $call();
        echo "$what: ", var_export($result, true), "\n";
    } catch (GearmanException $e) {
        echo "$what: GearmanException ", preg_replace('/:\d+,/', ':PORT,', $e->getMessage()), "\n";
    } catch (ValueError $e) {
        echo "$what: ValueError ", $e->getMessage(), "\n";
    }
}
$fn = gearman_test_function_name();
gearman_tls_client()->doBackground($fn, 'queued over TLS');
$admin = new GearmanAdmin('127.0.0.1', gearman_tls_port());
var_dump($admin->setSSL(true, gearman_tls_file('ca.pem')));
show('status() counts the job a TLS client queued', fn () => $admin->status()[$fn]['queued']);
show('createFunction()', fn () => $admin->createFunction($fn . '_made'));
show('status() shows it', fn () => isset($admin->status()[$fn . '_made']));
show('dropFunction()', fn () => $admin->dropFunction($fn . '_made'));
show('ping()', fn () => $admin->ping() > 0);
$copy = clone $admin;
show('a clone speaks TLS', fn () => is_array($copy->status()));
$byName = new GearmanAdmin('localhost', gearman_tls_port());
$byName->setSSL(true, gearman_tls_file('ca.pem'), gearman_tls_file('client.pem'), gearman_tls_file('client.key'));
show('by name, with a certificate of its own', fn () => is_array($byName->status()));
putenv('GEARMAND_CA_CERTIFICATE=' . gearman_tls_file('ca.pem'));
$fromEnv = new GearmanAdmin('127.0.0.1', gearman_tls_port());
show('the CA from GEARMAND_CA_CERTIFICATE', fn () => $fromEnv->setSSL() && is_array($fromEnv->status()));
putenv('GEARMAND_CA_CERTIFICATE');
show('setSSL(false), then on the TLS port', fn () => $admin->setSSL(false) && $admin->status());
$plain = new GearmanAdmin('127.0.0.1', gearman_test_port(), 10000);
$plain->setSSL(true, gearman_tls_file('ca.pem'));
show('TLS on the plain port', fn () => $plain->status());
show('no CA', fn () => $plain->setSSL(true));
show('a certificate without its key', fn () => $plain->setSSL(true, gearman_tls_file('ca.pem'), gearman_tls_file('client.pem')));
show('a key without its certificate', fn () => $plain->setSSL(true, gearman_tls_file('ca.pem'), null, gearman_tls_file('client.key')));
show('an unreadable CA', fn () => $plain->setSSL(true, '/nonexistent/ca.pem'));
show('a key as CA', fn () => $plain->setSSL(true, gearman_tls_file('client.key')) ? 'accepted' : 'false');
$plain->setSSL(false);
show('after the refusals, plain again', fn () => is_array($plain->status()));
?>
--EXPECTF--
bool(true)
status() counts the job a TLS client queued: 1
createFunction(): true
status() shows it: true
dropFunction(): true
ping(): true
a clone speaks TLS: true
by name, with a certificate of its own: true
the CA from GEARMAND_CA_CERTIFICATE: true
setSSL(false), then on the TLS port: GearmanException GearmanAdmin: 127.0.0.1:PORT, "status": the server closed the connection without a reply
TLS on the plain port: GearmanException GearmanAdmin: 127.0.0.1:PORT, "status": the TLS handshake failed: %s
no CA: ValueError GearmanAdmin::setSSL(): Argument #2 ($ca_file) must name the CA file that signed the server's certificate when GEARMAND_CA_CERTIFICATE is not set: GearmanAdmin verifies it
a certificate without its key: ValueError GearmanAdmin::setSSL(): Argument #4 ($key_file) must be given with $certificate: a certificate needs its key
a key without its certificate: ValueError GearmanAdmin::setSSL(): Argument #3 ($certificate) must be given with $key_file: a certificate needs its key
an unreadable CA: ValueError GearmanAdmin::setSSL(): Argument #2 ($ca_file) must name a readable file (the CA file), "/nonexistent/ca.pem" is not one
a key as CA: ValueError GearmanAdmin::setSSL(): Argument #2 ($ca_file) must hold a PEM CA certificate, "%s/client.key" does not (OpenSSL: %s)
after the refusals, plain again: true
