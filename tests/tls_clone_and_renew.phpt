--TEST--
TLS: clones, the extension's renewed handles and setSSL() after addServer() keep TLS with its files, on client and worker
--DESCRIPTION--
libgearman's handle copies (gearman_client_clone(), gearman_worker_clone())
keep the TLS flag but not the files, and would then load its compiled-in
default paths, abort() when they are missing. The extension copies handles
for clone, after jobStatusByUniqueKey() (renew), after unregister() then
addFunction() (the worker's registry rebuild) and when setSSL() comes after
addServer(): each copy below still reaches the TLS-only gearmand.
--EXTENSIONS--
gearman
--SKIPIF--
<?php require __DIR__ . '/tls_skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
require __DIR__ . '/tls.inc';
$client = gearman_tls_client();
$copy = clone $client;
unset($client);
echo 'client clone: ', var_export($copy->ping('clone'), true), "\n";
$copy->jobStatusByUniqueKey(gearman_test_function_name());
echo 'client after a renewal: ', var_export($copy->ping('renewed'), true), "\n";
$late = new GearmanClient();
$late->addServer('127.0.0.1', gearman_tls_port(), false);
$late->setSSL(true, ...gearman_tls_files());
echo 'client given setSSL() after addServer(): ', var_export($late->ping('late'), true), "\n";

$worker = gearman_tls_worker();
$twin = clone $worker;
unset($worker);
echo 'worker clone: ', var_export($twin->ping('clone'), true), "\n";
$old = gearman_test_function_name();
$fn = gearman_test_function_name();
$twin->addFunction($old, fn () => 'old');
$twin->unregister($old);
$twin->addFunction($fn, fn (GearmanJob $job) => strrev($job->workload()));
$copy->doBackground($fn, 'rebuilt');
echo 'worker after its registry rebuild: ', var_export($twin->work(), true), ' ', $twin->returnCode() === GEARMAN_SUCCESS ? 'GEARMAN_SUCCESS' : $twin->returnCode(), "\n";
$lateWorker = new GearmanWorker();
$lateWorker->addServer('127.0.0.1', gearman_tls_port(), false);
$lateWorker->setSSL(true, ...gearman_tls_files());
echo 'worker given setSSL() after addServer(): ', var_export($lateWorker->ping('late'), true), "\n";
?>
--EXPECT--
client clone: true
client after a renewal: true
client given setSSL() after addServer(): true
worker clone: true
worker after its registry rebuild: true GEARMAN_SUCCESS
worker given setSSL() after addServer(): true
