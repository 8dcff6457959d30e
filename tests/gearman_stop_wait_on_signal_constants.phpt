--TEST--
GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL and GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL exist exactly where libgearman defines them (2.x), as in PECL 2.2.1
--DESCRIPTION--
PECL 2.2.1 exports the two option bits only when libgearman has them;
libgearman 1.1.x (Debian 12's 1.1.20, Debian 13's and sid's 1.1.21) does
not, and a script testing defined() must see that. configure decides by
compiling against libgearman's headers.
--EXTENSIONS--
gearman
--FILE--
<?php
$two = version_compare(gearman_version(), '2.0', '>=');
echo 'libgearman ', $two ? '2.x' : '1.x', "\n";
foreach (['GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL', 'GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL'] as $name) {
    $ok = $two ? defined($name) && is_int(constant($name)) && constant($name) > 0 : !defined($name);
    echo $name, ': ', $ok ? 'as libgearman has it' : 'wrong', "\n";
}
?>
--EXPECTF--
libgearman %s
GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL: as libgearman has it
GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL: as libgearman has it
