--TEST--
gearman_verbose_name() with a level beyond 32 bits says UNKNOWN
--DESCRIPTION--
Deliberate difference from PECL gearman 2.1.0: it truncates the level to a C int,
so 2147483648 and PHP_INT_MAX crash it (segmentation fault) and 4294967296 reads
as 0 ("NEVER"). Any level past GEARMAN_VERBOSE_MAX is UNKNOWN here.
--EXTENSIONS--
gearman
--FILE--
<?php
var_dump(gearman_verbose_name(2147483648));
var_dump(gearman_verbose_name(4294967296));
var_dump(gearman_verbose_name(4294967297));
var_dump(gearman_verbose_name(PHP_INT_MAX));
?>
--EXPECT--
string(7) "UNKNOWN"
string(7) "UNKNOWN"
string(7) "UNKNOWN"
string(7) "UNKNOWN"
