--TEST--
gearman.exceptions: off by default, a boolean changeable with ini_set() or -d, and shown by php --ri gearman
--EXTENSIONS--
gearman
--INI--
gearman.exceptions=on
--FILE--
<?php
var_dump(ini_get('gearman.exceptions'));
$entries = ini_get_all('gearman');
var_dump($entries['gearman.exceptions']['global_value'], $entries['gearman.exceptions']['access'] === INI_ALL);
var_dump(ini_set('gearman.exceptions', 'off'), ini_get('gearman.exceptions'));

ob_start();
(new ReflectionExtension('gearman'))->info();
$info = ob_get_clean();
echo preg_match('/^gearman\.exceptions => Off => On$/m', $info) ? "shown\n" : $info;

/* The default, in a process of its own. */
echo shell_exec(escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg(ini_get('extension_dir') . '/gearman.so')
    . ' -r ' . escapeshellarg('var_dump(ini_get("gearman.exceptions"));') . ' 2>&1');
?>
--EXPECT--
string(1) "1"
string(1) "1"
bool(true)
string(1) "1"
string(3) "off"
shown
string(1) "0"
