--TEST--
gearman_version() returns libgearman's version string
--EXTENSIONS--
gearman
--FILE--
<?php
$version = gearman_version();
var_dump(is_string($version));
var_dump((bool) preg_match('/^[0-9]+\.[0-9]+/', $version));
?>
--EXPECT--
bool(true)
bool(true)
