--TEST--
jobStatus() and gearman_client_job_status() of a queued job and of an unknown handle
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = gearman_test_client();
/* No worker ever serves this function: the job stays queued. */
$handle = $client->doBackground(gearman_test_function_name(), 'queued');

var_dump($client->jobStatus($handle));
var_dump($client->returnCode());
var_dump(gearman_client_job_status($client, $handle) === [true, false, 0, 0]);
var_dump(gearman_client_return_code($client));

echo "-- unknown handle\n";
var_dump($client->jobStatus('H:' . gearman_test_function_name('nohost') . ':1'));
var_dump($client->returnCode());
?>
--EXPECT--
array(4) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
int(0)
bool(true)
int(0)
-- unknown handle
array(4) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
int(0)
