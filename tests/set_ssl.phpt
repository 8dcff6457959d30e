--TEST--
setSSL() and gearman_{client,worker}_set_ssl() (and GearmanAdmin::setSSL()) without TLS in libgearman: PECL 2.2.1's signature; off is accepted, a request for TLS that libgearman cannot honour throws instead of sending plain text, files are checked before libgearman sees them
--DESCRIPTION--
Debian's libgearman is built without TLS: its gearman_client_set_ssl()
sets a flag and nothing else, and the traffic stays plain text. PECL 2.2.1
returns true there; ours throws a GearmanException that says so and
changes nothing, so the client or worker still works (in plain text, as it
was told nothing else). A file argument that is not a readable file is a
ValueError naming the argument, before anything else: libgearman calls
abort() when it cannot load one.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
ob_start();
$ext = new ReflectionExtension('gearman');
$ext->info();
if (!str_contains(ob_get_clean(), 'libgearman built without TLS')) die('skip libgearman has TLS');
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = gearman_test_client();
$worker = gearman_test_worker();
var_dump($client->setSSL(false), gearman_client_set_ssl($client, false),
    $worker->setSSL(false), gearman_worker_set_ssl($worker, false));
$admin = new GearmanAdmin(gearman_test_host(), gearman_test_port());
var_dump($admin->setSSL(false));
foreach ([fn () => $client->setSSL(), fn () => gearman_client_set_ssl($client, true),
          fn () => $worker->setSSL(true), fn () => gearman_worker_set_ssl($worker),
          fn () => $admin->setSSL(true, __FILE__)] as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (GearmanException $e) {
        echo get_class($e), ' (', $e->getCode() === GEARMAN_INVALID_ARGUMENT ? 'GEARMAN_INVALID_ARGUMENT' : $e->getCode(), '): ', $e->getMessage(), "\n";
    }
}
$dir = sys_get_temp_dir();
$file = tempnam($dir, 'gearman-test-ssl-');
foreach ([fn () => $client->setSSL(true, '/nonexistent/ca.pem'),
          fn () => $client->setSSL(false, $file, $dir),
          fn () => gearman_worker_set_ssl($worker, true, $file, $file, ''),
          fn () => $worker->setSSL(true, "ca\0.pem")] as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
unlink($file);
/* Like any file a script names, within open_basedir. */
$outside = __FILE__;
$basedir = sys_get_temp_dir() . '/gearman-test-basedir-' . bin2hex(random_bytes(4));
mkdir($basedir);
ini_set('open_basedir', $basedir);
try {
    $client->setSSL(false, $outside);
} catch (ValueError $e) {
    echo get_class($e), ': ', str_replace($outside, 'THIS_TEST', $e->getMessage()), "\n";
}
rmdir($basedir);
/* Nothing was changed: both still talk to gearmand. */
$fn = gearman_test_function_name();
$handle = $client->doBackground($fn, 'still plain');
var_dump($client->returnCode() === GEARMAN_SUCCESS, $admin->dropFunction($fn));
var_dump($worker->ping('hello'));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
GearmanException (GEARMAN_INVALID_ARGUMENT): setSSL(): this libgearman was built without TLS (as Debian's is): it would send in plain text; nothing was changed
GearmanException (GEARMAN_INVALID_ARGUMENT): setSSL(): this libgearman was built without TLS (as Debian's is): it would send in plain text; nothing was changed
GearmanException (GEARMAN_INVALID_ARGUMENT): setSSL(): this libgearman was built without TLS (as Debian's is): it would send in plain text; nothing was changed
GearmanException (GEARMAN_INVALID_ARGUMENT): setSSL(): this libgearman was built without TLS (as Debian's is): it would send in plain text; nothing was changed
GearmanException (GEARMAN_INVALID_ARGUMENT): GearmanAdmin::setSSL(): this build has no TLS (the extension takes OpenSSL only with a libgearman built with TLS); nothing was changed
ValueError: GearmanClient::setSSL(): Argument #2 ($ca_file) must name a readable file (the CA file), "/nonexistent/ca.pem" is not one
ValueError: GearmanClient::setSSL(): Argument #3 ($certificate) must name a readable file (the certificate), "%s" is not one
ValueError: gearman_worker_set_ssl(): Argument #5 ($key_file) must name a readable file (the key file), "" is not one
ValueError: GearmanWorker::setSSL(): Argument #2 ($ca_file) must not contain any null bytes
ValueError: GearmanClient::setSSL(): Argument #2 ($ca_file) must name a file within open_basedir, "THIS_TEST" is not
bool(true)
bool(true)
bool(true)
