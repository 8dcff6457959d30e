--TEST--
Crash class PECL #40: worker contexts that are objects, arrays of objects, closures and values changed by the function, over several jobs, in the test process
--DESCRIPTION--
PECL crashed on the second job of a function whose addFunction() context was
an array or an object (#40). worker_add_function_context.phpt checks scalar,
array and object contexts in a child process; here the worker runs in the
test process, so --valgrind sees it, for three jobs per function, with:
an object the function changes (the same instance every job), an array
holding an object (the array is a copy each job, the object inside is
shared), a closure called with state of its own (a static variable), a
context the function unsets and overwrites, an object that is the worker
itself, and a function that re-registers its own name with addFunction()
from inside itself, dropping the running closure and context (the old pair
lives until the call returns; the next job runs the new pair). Contexts are
freed with the worker (their __destruct runs when gc_collect_cycles()
collects it: the worker is one of its own contexts). PECL 2.1.0 runs all of
this, but keeps every replaced function and context until the worker is
freed, and cannot collect the cycle (gc_collect_cycles() finds nothing; the
worker goes at shutdown).
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';

class Ctx
{
    public array $seen = [];
    public function __construct(public string $name) {}
    public function __destruct() { echo "freed {$this->name}\n"; }
}

/* Prints what a worker function returns (background jobs return to nobody). */
function out(string $result): string
{
    echo "  returns: $result\n";
    return $result;
}

$p = gearman_test_function_name();
$client = gearman_test_client();
$worker = gearman_test_worker();
$worker->setTimeout(5000);

$object = new Ctx('object');
$worker->addFunction("$p-object", function (GearmanJob $job, Ctx $ctx) {
    $ctx->seen[] = $job->workload();
    return out(implode(',', $ctx->seen));
}, $object);

$worker->addFunction("$p-array", function (GearmanJob $job, array $ctx) {
    $before = count($ctx['list']);
    $ctx['list'][] = $job->workload();
    $ctx['inner']->seen[] = $job->workload();
    return out("$before " . implode(',', $ctx['inner']->seen));
}, ['list' => [1], 'inner' => new Ctx('array item')]);

$worker->addFunction("$p-closure", function (GearmanJob $job, Closure $ctx) {
    return out($ctx($job->workload()));
}, function (string $w) {
    static $calls = 0;
    $calls++;
    return "closure call $calls for $w";
});

$worker->addFunction("$p-overwritten", function (GearmanJob $job, $ctx) {
    $was = $ctx instanceof Ctx ? $ctx->name : var_export($ctx, true);
    unset($ctx);
    $ctx = 'overwritten';
    return out($was);
}, new Ctx('overwritten context'));

$worker->addFunction("$p-worker", function (GearmanJob $job, GearmanWorker $ctx) {
    return out(get_class($ctx) . ' timeout ' . $ctx->timeout());
}, $worker);

$generation = 0;
$register = function () use ($worker, $p, &$register, &$generation) {
    $mine = ++$generation;
    $worker->addFunction("$p-self", function (GearmanJob $job, Ctx $ctx) use ($register, $mine) {
        $register();
        return out("generation $mine ran with {$ctx->name}, still readable after re-registering");
    }, new Ctx("self context $mine"));
};
$register();

foreach (['object', 'array', 'closure', 'overwritten', 'worker', 'self'] as $kind) {
    foreach (['a', 'b', 'c'] as $workload) {
        $client->doBackground("$p-$kind", $workload);
        try {
            $ok = $worker->work();
        } catch (Throwable $e) {
            $ok = get_class($e) . ': ' . $e->getMessage();
        }
        echo "$kind $workload: ", var_export($ok, true), "\n";
    }
}

echo "object context after the jobs: ", implode(',', $object->seen), "\n";
unset($object);
echo "unset(\$worker)\n";
unset($worker, $register);
/* The worker is its own context: a cycle. */
var_dump(gc_collect_cycles() > 0);
echo "end\n";
?>
--EXPECT--
  returns: a
object a: true
  returns: a,b
object b: true
  returns: a,b,c
object c: true
  returns: 1 a
array a: true
  returns: 1 a,b
array b: true
  returns: 1 a,b,c
array c: true
  returns: closure call 1 for a
closure a: true
  returns: closure call 2 for b
closure b: true
  returns: closure call 3 for c
closure c: true
  returns: overwritten context
overwritten a: true
  returns: overwritten context
overwritten b: true
  returns: overwritten context
overwritten c: true
  returns: GearmanWorker timeout 5000
worker a: true
  returns: GearmanWorker timeout 5000
worker b: true
  returns: GearmanWorker timeout 5000
worker c: true
  returns: generation 1 ran with self context 1, still readable after re-registering
freed self context 1
self a: true
  returns: generation 2 ran with self context 2, still readable after re-registering
freed self context 2
self b: true
  returns: generation 3 ran with self context 3, still readable after re-registering
freed self context 3
self c: true
object context after the jobs: a,b,c
unset($worker)
freed object
freed array item
freed overwritten context
freed self context 4
bool(true)
end
