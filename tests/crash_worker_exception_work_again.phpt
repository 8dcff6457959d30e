--TEST--
Crash class PECL #17: exceptions thrown by worker functions of every callable kind, work() again, then one left uncaught out of while (true) { $worker->work(); }
--DESCRIPTION--
PECL segfaulted when a closure worker threw inside while (true) { $w->work(); }.
worker_callback_exception.phpt covers a closure worker in a child process; this
runs the worker in the test process itself, so that --valgrind checks it. A
closure, a named function, a static method and an object method each throw
(RuntimeException, an Error from a TypeError in a nested call, and an
exception with a previous one); after each throw the same worker's next work()
runs a good job. Asserted: work() throws the very exception (class, message,
previous chain, returnCode() GEARMAN_WORK_EXCEPTION is not asserted), each good
job between them makes work() return true, and the last exception, left
uncaught by a while (true) work loop, ends the script with PHP's ordinary
"Uncaught" fatal error, not a crash (the output after it is the shutdown
function's).
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';

function throwing_function(GearmanJob $job)
{
    if ($job->workload() === 'throw') {
        strlen([]); /* TypeError, an Error rather than an Exception */
    }
    return 'function:' . $job->workload();
}

class Handlers
{
    public static function staticHandler(GearmanJob $job)
    {
        if ($job->workload() === 'throw') {
            throw new LogicException('static', 7, new RuntimeException('inner'));
        }
        return 'static:' . $job->workload();
    }

    public function method(GearmanJob $job)
    {
        if ($job->workload() === 'throw') {
            throw new DomainException('method ' . $job->workload());
        }
        return 'method:' . $job->workload();
    }
}

$prefix = gearman_test_function_name();
$callables = [
    'closure' => function (GearmanJob $job) {
        if ($job->workload() === 'throw') {
            throw new RuntimeException('closure ' . $job->functionName());
        }
        return 'closure:' . $job->workload();
    },
    'function' => 'throwing_function',
    'static' => 'Handlers::staticHandler',
    'method' => [new Handlers(), 'method'],
];
$client = gearman_test_client();
$worker = gearman_test_worker();
$worker->setTimeout(5000);
foreach ($callables as $kind => $callable) {
    $worker->addFunction("$prefix-$kind", $callable);
}
/* One function at a time: gearmand does not promise an order across functions. */
foreach (array_keys($callables) as $kind) {
    foreach (['throw', 'good', 'throw', 'good'] as $workload) {
        $client->doBackground("$prefix-$kind", $workload);
    }
    for ($i = 0; $i < 4; $i++) {
        try {
            $ok = $worker->work();
            echo "work(): ", var_export($ok, true), ", returnCode() ", $worker->returnCode(), "\n";
        } catch (Throwable $e) {
            $line = 'work() threw ' . get_class($e) . ': ' . str_replace($prefix, 'FN', $e->getMessage());
            for ($p = $e->getPrevious(); $p; $p = $p->getPrevious()) {
                $line .= ' <- ' . get_class($p) . ': ' . $p->getMessage();
            }
            echo $line, "\n";
        }
    }
}

register_shutdown_function(function () {
    echo "shutdown function ran\n";
});
$client->doBackground("$prefix-closure", 'throw');
while (true) {
    $worker->work();
}
echo "not reached\n";
?>
--EXPECTF--
work() threw RuntimeException: closure FN-closure
work(): true, returnCode() 0
work() threw RuntimeException: closure FN-closure
work(): true, returnCode() 0
work() threw TypeError: strlen(): Argument #1 ($%s) must be of type string, array given
work(): true, returnCode() 0
work() threw TypeError: strlen(): Argument #1 ($%s) must be of type string, array given
work(): true, returnCode() 0
work() threw LogicException: static <- RuntimeException: inner
work(): true, returnCode() 0
work() threw LogicException: static <- RuntimeException: inner
work(): true, returnCode() 0
work() threw DomainException: method throw
work(): true, returnCode() 0
work() threw DomainException: method throw
work(): true, returnCode() 0

Fatal error: Uncaught RuntimeException: closure %s-closure in %s:%d
Stack trace:
#0 [internal function]: {closure%S}(Object(GearmanJob), NULL)
#1 %s(%d): GearmanWorker->work()
#2 {main}
  thrown in %s on line %d
shutdown function ran
