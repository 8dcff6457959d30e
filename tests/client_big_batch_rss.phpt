--TEST--
A batch of 20,000 tasks, run by runTasks() or dropped with its client, gives its C heap back: the RSS kept afterwards stays near PECL's 9 MB
--DESCRIPTION--
libgearman mallocs some 3 KB per task. Freed, they stayed in glibc's heap
behind whatever was allocated after them: the process kept about 62 MB of
RSS for the rest of its life (PECL 2.1.0 after runTasks(): 9 MB; dropped
unrun: 62 MB as well). php_gearman_trim_heap() trims the heap after a big
batch (glibc's malloc_trim()). Bound: 30 MB kept, over three times what is
kept with the trim (8 MB) and half of what was kept without it. Under
valgrind, whose allocator is not glibc's, RSS says nothing about ours.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
if (getenv('USE_ZEND_ALLOC') === '0') die('skip RSS under valgrind is valgrind\'s own heap');
if (!is_readable('/proc/self/status')) die('skip no /proc/self/status to read the RSS from');
if (!str_contains(php_uname('s'), 'Linux')) die('skip glibc\'s malloc_trim() is Linux-only');
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
function rss_kb(): int
{
    preg_match('/^VmRSS:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}
$fn = gearman_test_function_name();
foreach (['runTasks()' => true, 'unset unrun' => false] as $how => $run) {
    $start = rss_kb();
    $client = gearman_test_client();
    for ($i = 0; $i < 20000; $i++) {
        $client->addTaskBackground($fn, str_repeat('x', 100));
    }
    $grown = rss_kb() - $start;
    if ($run) {
        var_dump($client->runTasks());
    }
    unset($client);
    $kept = rss_kb() - $start;
    printf("%s: grew %s, kept under 30 MB: %s\n", $how, $grown > 30000 ? 'over 30 MB' : "only $grown kB",
        $kept < 30000 ? 'yes' : "no ($kept kB)");
}
/* The jobs were queued for real; gearmand drops them with its function. */
$admin = new GearmanAdmin(gearman_test_host(), gearman_test_port());
var_dump($admin->dropFunction($fn));
?>
--EXPECT--
bool(true)
runTasks(): grew over 30 MB, kept under 30 MB: yes
unset unrun: grew over 30 MB, kept under 30 MB: yes
bool(true)
