--TEST--
GearmanClient methods and functions enforce their declared parameter types and counts
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
$calls = [
    fn() => $client->doNormal([], 'x'),
    fn() => $client->doBackground('f', []),
    fn() => $client->doHigh('f'),
    fn() => $client->jobStatus(),
    fn() => $client->addServer('127.0.0.1', 'not a port'),
    fn() => gearman_client_do_normal('notaclient', 'f', 'w'),
    fn() => gearman_client_job_status(new GearmanWorker(), 'H:x:1'),
    fn() => gearman_client_return_code(),
];
foreach ($calls as $call) {
    try {
        var_dump($call());
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: GearmanClient::doNormal(): Argument #1 ($function) must be of type string, array given
TypeError: GearmanClient::doBackground(): Argument #2 ($workload) must be of type string, array given
ArgumentCountError: GearmanClient::doHigh() expects at least 2 arguments, 1 given
ArgumentCountError: GearmanClient::jobStatus() expects exactly 1 argument, 0 given
TypeError: GearmanClient::addServer(): Argument #2 ($port) must be of type int, string given
TypeError: gearman_client_do_normal(): Argument #1 ($obj) must be of type GearmanClient, string given
TypeError: gearman_client_job_status(): Argument #1 ($obj) must be of type GearmanClient, GearmanWorker given
ArgumentCountError: gearman_client_return_code() expects exactly 1 argument, 0 given
