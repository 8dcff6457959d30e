--TEST--
A worker whose functions have object contexts holding grabbed jobs is freed by the end of the script
--DESCRIPTION--
addFunction()'s context is handed to the function on every job. Contexts
that are objects (stdClass, ArrayObject, an object with a __destruct, a
closure) holding jobs grabbed from the same worker used to close a cycle
worker -> context -> job -> worker that the end of the script never freed
(--valgrind: definitely lost). Asserted: work() hands each function the
very context object it was given; the worker, dropped, goes at once, and
the context objects' destructors run.
Under scripts/test --valgrind, memory definitely lost at exit fails the
test (LEAK).
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';

class Context
{
    public array $jobs = [];
    public function __construct(public string $name) {}
    public function __destruct() { echo "context {$this->name} freed\n"; }
}

function worker_with_contexts(GearmanClient $client, string $label): array
{
    $fn = gearman_test_function_name();
    $worker = gearman_test_worker();
    $worker->setTimeout(5000);
    $plain = new stdClass();
    $array = new ArrayObject();
    $own = new Context($label);
    $seen = [];
    $record = function (GearmanJob $job, $context) use (&$seen) {
        $seen[] = $context;
        return 'ok';
    };
    $closure = fn () => $own;
    $worker->addFunction("$fn-plain", $record, $plain);
    $worker->addFunction("$fn-array", $record, $array);
    $worker->addFunction("$fn-own", $record, $own);
    $worker->addFunction("$fn-closure", $record, $closure);
    foreach (['plain', 'array', 'own', 'closure'] as $kind) {
        $client->doBackground("$fn-$kind", 'w');
        $worker->work();
    }
    var_dump($seen === [$plain, $array, $own, $closure]);
    foreach (['plain', 'array', 'own'] as $kind) {
        $client->doBackground("$fn-$kind", "grabbed for $kind");
    }
    $plain->job = $worker->grabJob();
    $array[] = $worker->grabJob();
    $own->jobs[] = $worker->grabJob();
    return [$worker, $own];
}

$client = gearman_test_client();
[$worker, $own] = worker_with_contexts($client, 'first');
echo $own->jobs[0]->workload(), "\n";
$ref = WeakReference::create($worker);
unset($worker, $own);
var_dump($ref->get());
[$worker, $own] = worker_with_contexts($client, 'second');
echo "end of script\n";
?>
--EXPECT--
bool(true)
grabbed for own
context first freed
NULL
bool(true)
end of script
context second freed
