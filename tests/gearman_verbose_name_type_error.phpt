--TEST--
gearman_verbose_name() with a non-numeric string throws TypeError and nothing else
--DESCRIPTION--
Deliberate difference from PECL gearman 2.1.0: before the TypeError it also
emits "Warning: gearman_verbose_name(): Unable to parse parameters.".
--EXTENSIONS--
gearman
--FILE--
<?php
try {
    var_dump(gearman_verbose_name('x'));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
TypeError: gearman_verbose_name(): Argument #1 ($verbose) must be of type int, string given
