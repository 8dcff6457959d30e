--TEST--
gearman_bugreport() returns libgearman's bug report address
--EXTENSIONS--
gearman
--FILE--
<?php
var_dump(gearman_bugreport());
?>
--EXPECTF--
string(%d) "http%s://%s"
