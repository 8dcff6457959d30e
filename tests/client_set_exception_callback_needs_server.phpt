--TEST--
setExceptionCallback() switches server exceptions on: GearmanException without a reachable server
--DESCRIPTION--
Setting the exception callback also asks the servers to forward exceptions
(the same round trip as enableExceptionHandler()). With a live server it
returns true; with no server at all, or a closed port, it throws
GearmanException "Failed to set exception option", the procedural twin too.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$live = new GearmanClient();
$live->addServer(gearman_test_host(), gearman_test_port(), false);
$live->setTimeout(2000);
var_dump($live->setExceptionCallback(function () {}));
var_dump(gearman_client_set_exception_callback($live, function () {}));

$none = new GearmanClient();
try {
    var_dump($none->setExceptionCallback(function () {}));
} catch (GearmanException $e) {
    echo "no server: ", $e->getMessage(), "\n";
}
$dead = new GearmanClient();
$dead->addServer('127.0.0.1', gearman_test_closed_port(), false);
$dead->setTimeout(1000);
try {
    var_dump(gearman_client_set_exception_callback($dead, function () {}));
} catch (GearmanException $e) {
    echo "closed port: ", $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
no server: Failed to set exception option
closed port: Failed to set exception option
