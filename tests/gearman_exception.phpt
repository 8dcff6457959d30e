--TEST--
GearmanException is an Exception that can be thrown and caught as such
--EXTENSIONS--
gearman
--FILE--
<?php
var_dump(class_exists('GearmanException'));
var_dump(is_subclass_of('GearmanException', 'Exception'));
$e = new GearmanException('boom', 7);
var_dump($e instanceof Throwable, $e->getMessage(), $e->getCode());
try {
    throw $e;
} catch (Exception $caught) {
    echo 'caught ', get_class($caught), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(4) "boom"
int(7)
caught GearmanException
