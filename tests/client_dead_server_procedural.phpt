--TEST--
gearman_client_do_*() and gearman_client_job_status() against a closed port warn and fail fast
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/connect.inc';
$client = gearman_client_create();
var_dump(gearman_client_add_server($client, '127.0.0.1', gearman_test_closed_port(), false));
$start = microtime(true);

foreach (['gearman_client_do_normal', 'gearman_client_do_high', 'gearman_client_do_low',
          'gearman_client_do_background', 'gearman_client_do_high_background',
          'gearman_client_do_low_background'] as $function) {
    echo "-- $function\n";
    var_dump($function($client, 'f', 'workload'));
    var_dump(gearman_client_return_code($client));
}
echo "-- gearman_client_job_status\n";
var_dump(gearman_client_job_status($client, 'H:localhost:1'));
var_dump(gearman_client_return_code($client), gearman_client_error($client));
var_dump(is_int(gearman_client_get_errno($client)));

var_dump(microtime(true) - $start < GEARMAN_TEST_HANG);
?>
--EXPECTF--
bool(true)
-- gearman_client_do_normal

Warning: gearman_client_do_normal(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
-- gearman_client_do_high

Warning: gearman_client_do_high(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
-- gearman_client_do_low

Warning: gearman_client_do_low(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
-- gearman_client_do_background

Warning: gearman_client_do_background(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
-- gearman_client_do_high_background

Warning: gearman_client_do_high_background(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
-- gearman_client_do_low_background

Warning: gearman_client_do_low_background(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
string(0) ""
int(26)
-- gearman_client_job_status

Warning: gearman_client_job_status(): flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s in %s on line %d
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
int(26)
string(%d) "flush(GEARMAN_COULD_NOT_CONNECT) Connection to 127.0.0.1:%d failed -> %s"
bool(true)
bool(true)
