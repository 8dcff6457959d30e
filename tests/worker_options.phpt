--TEST--
GearmanWorker options(), setOptions(), addOptions(), removeOptions(), timeout() and setTimeout()
--DESCRIPTION--
options() leaves out GEARMAN_WORKER_ALLOCATED, as PECL's did (the default is
GRAB_ALL | GRAB_UNIQ | PACKET_INIT = 644). setTimeout() turns on
TIMEOUT_RETURN, as libgearman does. Values PECL truncated or passed on
unchecked are ValueErrors.
--EXTENSIONS--
gearman
--FILE--
<?php
$w = new GearmanWorker();
var_dump($w->options(), $w->timeout());
var_dump($w->setOptions(GEARMAN_WORKER_NON_BLOCKING), $w->options());
var_dump($w->addOptions(GEARMAN_WORKER_GRAB_UNIQ), $w->options());
var_dump($w->removeOptions(GEARMAN_WORKER_NON_BLOCKING), $w->options());
var_dump(gearman_worker_add_options($w, GEARMAN_WORKER_NON_BLOCKING), gearman_worker_options($w));
var_dump(gearman_worker_remove_options($w, GEARMAN_WORKER_NON_BLOCKING), gearman_worker_set_options($w, 0), $w->options());
/* What options() returned can be given back. */
var_dump($w->setOptions($w->options() | GEARMAN_WORKER_GRAB_UNIQ), $w->options());
var_dump($w->setTimeout(1500), $w->timeout(), $w->options() & GEARMAN_WORKER_TIMEOUT_RETURN);
var_dump(gearman_worker_set_timeout($w, -1), gearman_worker_timeout($w));
foreach ([fn() => $w->setOptions(-1), fn() => $w->addOptions(1 << 12), fn() => gearman_worker_remove_options($w, -2),
          fn() => $w->setTimeout(2 ** 32), fn() => $w->setTimeout(-(2 ** 32))] as $bad) {
    try {
        $bad();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump($w->options(), $w->timeout());
?>
--EXPECT--
int(644)
int(-1)
bool(true)
int(6)
bool(true)
int(134)
bool(true)
int(132)
bool(true)
int(134)
bool(true)
bool(true)
int(4)
bool(true)
int(132)
bool(true)
int(1500)
int(256)
bool(true)
int(-1)
GearmanWorker::setOptions(): Argument #1 ($option) must be a combination of GEARMAN_WORKER_* options (0 to 4095)
GearmanWorker::addOptions(): Argument #1 ($option) must be a combination of GEARMAN_WORKER_* options (0 to 4095)
gearman_worker_remove_options(): Argument #2 ($option) must be a combination of GEARMAN_WORKER_* options (0 to 4095)
GearmanWorker::setTimeout(): Argument #1 ($timeout) must be between -2147483648 and 2147483647
GearmanWorker::setTimeout(): Argument #1 ($timeout) must be between -2147483648 and 2147483647
int(388)
int(-1)
