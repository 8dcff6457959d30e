--TEST--
phpversion('gearman') is the extension's own version
--DESCRIPTION--
Deliberate difference from PECL gearman 2.1.0 (Debian's php8.2-gearman), which
reports "2.1.0": this extension is 2.3.0, above PECL's latest (2.2.1), so
that pecl and PIE see it as the newer release.
--EXTENSIONS--
gearman
--FILE--
<?php
var_dump(phpversion('gearman'));
var_dump((new ReflectionExtension('gearman'))->getVersion());
?>
--EXPECT--
string(5) "2.3.0"
string(5) "2.3.0"
