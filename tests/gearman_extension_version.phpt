--TEST--
phpversion('gearman') is the extension's own version
--DESCRIPTION--
Deliberate difference from PECL gearman 2.1.0 (Debian's php8.2-gearman), which
reports "2.1.0": this extension is the next version, 2.2.0dev.
--EXTENSIONS--
gearman
--FILE--
<?php
var_dump(phpversion('gearman'));
var_dump((new ReflectionExtension('gearman'))->getVersion());
?>
--EXPECT--
string(8) "2.2.0dev"
string(8) "2.2.0dev"
