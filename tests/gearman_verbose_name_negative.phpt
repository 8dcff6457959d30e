--TEST--
gearman_verbose_name() with a negative level warns and returns null
--EXTENSIONS--
gearman
--FILE--
<?php
var_dump(gearman_verbose_name(-1));
var_dump(gearman_verbose_name(PHP_INT_MIN));
?>
--EXPECTF--
Warning: gearman_verbose_name(): Input must be an integer greater than 0. in %s on line %d
NULL

Warning: gearman_verbose_name(): Input must be an integer greater than 0. in %s on line %d
NULL
