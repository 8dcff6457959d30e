--TEST--
Values PECL accepted, truncated or passed on to libgearman unchecked are ValueErrors, and nothing changes
--DESCRIPTION--
Each of these is listed in README's differences from PECL. PECL 2.1.0:
setOptions(-1) and friends returned true and set every bit; ports outside
0-65535 were truncated to 16 bits; addServers("") and ",," meant
localhost:4730 and "host:notaport" meant host:4730; recvData(-1) asked for
a huge buffer; new GearmanTask(1) ignored its argument; sendStatus(-1, 1)
and negative function timeouts wrapped around to 4294967295; an empty
function name reached libgearman, which warned. Negative timeouts mean "no
timeout" (what libgearman does with any negative value) and read back as
given, for client and worker alike, as in PECL.
--EXTENSIONS--
gearman
--FILE--
<?php
$client = new GearmanClient();
$worker = new GearmanWorker();
$calls = [
    'client setOptions' => fn() => $client->setOptions(-1),
    'client addOptions' => fn() => gearman_client_add_options($client, -1),
    'client removeOptions' => fn() => $client->removeOptions(1 << 20),
    'client port -1' => fn() => $client->addServer('127.0.0.1', -1, false),
    'client port 65536' => fn() => gearman_client_add_server($client, '127.0.0.1', 65536, false),
    'worker port 70000' => fn() => $worker->addServer('127.0.0.1', 70000, false),
    'client servers ""' => fn() => $client->addServers('', false),
    'client servers ",,"' => fn() => $client->addServers(',,', false),
    'client servers notaport' => fn() => $client->addServers('127.0.0.1:notaport', false),
    'client servers bare IPv6' => fn() => $client->addServers('::1:4730', false),
    'client setTimeout(2**32)' => fn() => $client->setTimeout(2 ** 32),
    'worker servers ""' => fn() => gearman_worker_add_servers($worker, '', false),
    'task recvData(-1)' => fn() => (new GearmanTask())->recvData(-1),
    'task recvData(0)' => fn() => gearman_task_recv_data(new GearmanTask(), 0),
    'new GearmanTask(1)' => fn() => new GearmanTask(1),
    'job sendStatus(-1, 1)' => fn() => (new GearmanJob())->sendStatus(-1, 1),
    'job sendStatus(1, 2**32)' => fn() => gearman_job_send_status(new GearmanJob(), 1, 2 ** 32),
    'addFunction timeout -1' => fn() => $worker->addFunction('f', 'strrev', null, -1),
    'register timeout 2**32' => fn() => gearman_worker_register($worker, 'f', 2 ** 32),
    'addFunction ""' => fn() => $worker->addFunction('', 'strrev'),
    'register ""' => fn() => $worker->register(''),
];
foreach ($calls as $label => $call) {
    try {
        var_dump($call());
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
/* Nothing was changed by the refused calls. */
var_dump($client->options() === (new GearmanClient())->options());
var_dump($worker->options() === (new GearmanWorker())->options());
var_dump($worker->unregisterAll());
foreach ([-5, PHP_INT_MIN >> 33, -1, 0, 250] as $t) {
    $client->setTimeout($t);
    echo "client setTimeout($t): ", $client->timeout(), "\n";
    $worker->setTimeout($t);
    echo "worker setTimeout($t): ", $worker->timeout(), "\n";
}
?>
--EXPECTF--
client setOptions: ValueError: GearmanClient::setOptions(): Argument #1 ($option) must be a combination of GEARMAN_CLIENT_* options (0 to 511)
client addOptions: ValueError: gearman_client_add_options(): Argument #2 ($option) must be a combination of GEARMAN_CLIENT_* options (0 to 511)
client removeOptions: ValueError: GearmanClient::removeOptions(): Argument #1 ($option) must be a combination of GEARMAN_CLIENT_* options (0 to 511)
client port -1: ValueError: GearmanClient::addServer(): Argument #2 ($port) must be between 0 and 65535
client port 65536: ValueError: gearman_client_add_server(): Argument #3 ($port) must be between 0 and 65535
worker port 70000: ValueError: GearmanWorker::addServer(): Argument #2 ($port) must be between 0 and 65535
client servers "": ValueError: GearmanClient::addServers(): Argument #1 ($servers) must be a comma-separated list of host[:port] entries
client servers ",,": ValueError: GearmanClient::addServers(): Argument #1 ($servers) must be a comma-separated list of host[:port] entries
client servers notaport: ValueError: GearmanClient::addServers(): Argument #1 ($servers) has an invalid server entry "127.0.0.1:notaport" (expected host[:port])
client servers bare IPv6: ValueError: GearmanClient::addServers(): Argument #1 ($servers) has an invalid server entry "::1:4730" (expected host[:port])
client setTimeout(2**32): ValueError: GearmanClient::setTimeout(): Argument #1 ($timeout) must be between -2147483648 and 2147483647
worker servers "": ValueError: gearman_worker_add_servers(): Argument #2 ($servers) must be a comma-separated list of host[:port] entries
task recvData(-1): ValueError: GearmanTask::recvData(): Argument #1 ($data_len) must be between 1 and 2147483647
task recvData(0): ValueError: gearman_task_recv_data(): Argument #2 ($data_len) must be between 1 and 2147483647
new GearmanTask(1): ArgumentCountError: GearmanTask::__construct() expects exactly 0 arguments, 1 given
job sendStatus(-1, 1): ValueError: GearmanJob::sendStatus(): Argument #1 ($numerator) must be between 0 and 4294967295
job sendStatus(1, 2**32): ValueError: gearman_job_send_status(): Argument #3 ($denominator) must be between 0 and 4294967295
addFunction timeout -1: ValueError: GearmanWorker::addFunction(): Argument #4 ($timeout) must be between 0 and 4294967295
register timeout 2**32: ValueError: gearman_worker_register(): Argument #3 ($timeout) must be between 0 and 4294967295
addFunction "": ValueError: GearmanWorker::addFunction(): Argument #1 ($function_name) cannot be empty
register "": ValueError: GearmanWorker::register(): Argument #1 ($function_name) cannot be empty
bool(true)
bool(true)

Warning: GearmanWorker::unregisterAll(): GEARMAN_NO_REGISTERED_FUNCTIONS in %s on line %d
bool(false)
client setTimeout(-5): -5
worker setTimeout(-5): -5
client setTimeout(-1073741824): -1073741824
worker setTimeout(-1073741824): -1073741824
client setTimeout(-1): -1
worker setTimeout(-1): -1
client setTimeout(0): 0
worker setTimeout(0): 0
client setTimeout(250): 250
worker setTimeout(250): 250
