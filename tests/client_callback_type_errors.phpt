--TEST--
Every set*Callback() and its procedural twin throws TypeError for a non-callable
--DESCRIPTION--
Deliberate difference from PECL 2.1.0, which declares callable but only warns
"function nope is not callable" and returns false. Ours enforces the declared
type: a TypeError naming the argument, and the callback already set stays in
place.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
/* setExceptionCallback() switches server-side exceptions on: give it a server. */
$client = new GearmanClient();
$client->addServer(gearman_test_host(), gearman_test_port(), false);
$client->setTimeout(2000);
$events = ['Workload', 'Created', 'Data', 'Warning', 'Status', 'Complete', 'Exception', 'Fail'];
foreach ($events as $event) {
    foreach (['no_such_function', 42, [new stdClass, 'nope']] as $bad) {
        try {
            $client->{"set{$event}Callback"}($bad);
            echo "set{$event}Callback: no error\n";
        } catch (TypeError $e) {
            echo $e->getMessage(), "\n";
        }
    }
    $function = 'gearman_client_set_' . strtolower($event) . '_callback';
    try {
        $function($client, 'no_such_function');
        echo "$function: no error\n";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
GearmanClient::setWorkloadCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setWorkloadCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setWorkloadCallback(): Argument #1 ($function) must be a valid callback, %s
gearman_client_set_workload_callback(): Argument #2 ($function) must be a valid callback, %s
GearmanClient::setCreatedCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setCreatedCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setCreatedCallback(): Argument #1 ($function) must be a valid callback, %s
gearman_client_set_created_callback(): Argument #2 ($function) must be a valid callback, %s
GearmanClient::setDataCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setDataCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setDataCallback(): Argument #1 ($function) must be a valid callback, %s
gearman_client_set_data_callback(): Argument #2 ($function) must be a valid callback, %s
GearmanClient::setWarningCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setWarningCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setWarningCallback(): Argument #1 ($function) must be a valid callback, %s
gearman_client_set_warning_callback(): Argument #2 ($function) must be a valid callback, %s
GearmanClient::setStatusCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setStatusCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setStatusCallback(): Argument #1 ($function) must be a valid callback, %s
gearman_client_set_status_callback(): Argument #2 ($function) must be a valid callback, %s
GearmanClient::setCompleteCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setCompleteCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setCompleteCallback(): Argument #1 ($function) must be a valid callback, %s
gearman_client_set_complete_callback(): Argument #2 ($function) must be a valid callback, %s
GearmanClient::setExceptionCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setExceptionCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setExceptionCallback(): Argument #1 ($function) must be a valid callback, %s
gearman_client_set_exception_callback(): Argument #2 ($function) must be a valid callback, %s
GearmanClient::setFailCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setFailCallback(): Argument #1 ($function) must be a valid callback, %s
GearmanClient::setFailCallback(): Argument #1 ($function) must be a valid callback, %s
gearman_client_set_fail_callback(): Argument #2 ($function) must be a valid callback, %s
