--TEST--
A worker function and context that capture their own worker are collected by gc_collect_cycles(); contexts are freed with the worker
--EXTENSIONS--
gearman
--FILE--
<?php
class Context
{
    public function __construct(public string $name) {}
    public function __destruct() { echo "context {$this->name} freed\n"; }
}
$worker = new GearmanWorker();
$worker->addFunction('f', function () use ($worker) { return 'x'; }, new Context('cyclic'));
$ref = WeakReference::create($worker);
unset($worker);
var_dump($ref->get() !== null);
var_dump(gc_collect_cycles() > 0);
var_dump($ref->get());

$worker = new GearmanWorker();
$worker->addFunction('g', fn() => 'y', new Context('plain'));
$context = new Context('array item');
$worker->addFunction('h', fn() => 'z', [$context]);
unset($context);
echo "freeing the worker\n";
unset($worker);

/* A grabbed job's reference to its worker is part of a cycle too. */
$worker = new GearmanWorker();
$job = new GearmanJob();
$worker->addFunction('k', fn() => 'k', $job);
$ref = WeakReference::create($worker);
unset($worker, $job);
gc_collect_cycles();
var_dump($ref->get());
echo "done\n";
?>
--EXPECT--
bool(true)
context cyclic freed
bool(true)
NULL
freeing the worker
context plain freed
context array item freed
NULL
done
