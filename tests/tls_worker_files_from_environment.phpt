--TEST--
TLS: setSSL(true) with no files takes them from GEARMAND_CA_CERTIFICATE, GEARMAN_CLIENT_PEM and GEARMAN_CLIENT_KEY, as libgearman does; a worker keeps the files it was given after the variables change, and two workers with different files live in one process
--DESCRIPTION--
libgearman 1.1.x has no setter for a worker's files: it reads the three
variables when the worker's first connection starts, so the extension sets
them to the worker's own files before each of its calls. Here the first
worker connects only after the script has removed the variables: without
that, libgearman would fall back to its compiled-in paths, which do not
exist, and abort(). gearmand does not check client certificates, so which
valid files a worker presents is not visible from here.
--EXTENSIONS--
gearman
--SKIPIF--
<?php require __DIR__ . '/tls_skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/tls.inc';
[$ca, $cert, $key] = gearman_tls_files();
putenv("GEARMAND_CA_CERTIFICATE=$ca");
putenv("GEARMAN_CLIENT_PEM=$cert");
putenv("GEARMAN_CLIENT_KEY=$key");
$client = new GearmanClient();
var_dump($client->setSSL());
$client->addServer('127.0.0.1', gearman_tls_port());
$worker = new GearmanWorker();
var_dump(gearman_worker_set_ssl($worker));
$worker->addServer('127.0.0.1', gearman_tls_port(), false);
foreach (['GEARMAND_CA_CERTIFICATE', 'GEARMAN_CLIENT_PEM', 'GEARMAN_CLIENT_KEY'] as $name) {
    putenv($name);
}
var_dump($client->ping('from the environment'), $worker->ping('from the environment'));
$other = new GearmanWorker();
$other->setSSL(true, gearman_tls_file('ca.pem'), gearman_tls_file('other-client.pem'), gearman_tls_file('other-client.key'));
$other->addServer('127.0.0.1', gearman_tls_port());
var_dump($other->ping('its own files'), $worker->ping('again'), getenv('GEARMAN_CLIENT_KEY') === gearman_tls_file('client.key'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
