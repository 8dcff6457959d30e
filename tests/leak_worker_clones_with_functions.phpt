--TEST--
Clones of a worker with functions, contexts and grabbed jobs are freed by the end of the script
--DESCRIPTION--
A clone registers its original's functions with their callbacks and
contexts on a handle of its own. With jobs grabbed from the original and
from the clones kept in the functions' shared context, each worker and job
used to sit in a cycle the end of the script never freed (--valgrind:
definitely lost). Asserted: the clone of a clone runs a job through the
function and context it copied; the original's grabbed job still answers
after the original is dropped, and so does a clone's after both go.
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
$fn = gearman_test_function_name();
$client = gearman_test_client();
$original = gearman_test_worker();
$original->setTimeout(5000);
$shared = new ArrayObject();
$original->addFunction($fn, function (GearmanJob $job, ArrayObject $context) {
    $context['ran'] = $job->workload();
    return 'ok';
}, $shared);
foreach (['one', 'two', 'three', 'four'] as $workload) {
    $client->doBackground($fn, $workload);
}
$shared['from original'] = $original->grabJob();
$clone = clone $original;
$shared['from clone'] = $clone->grabJob();
$second = clone $clone;
var_dump($second->work(), $shared['ran']);
$shared['from second'] = $second->grabJob();

$refs = [WeakReference::create($original), WeakReference::create($clone)];
unset($original, $clone);
var_dump($refs[0]->get(), $refs[1]->get());
var_dump($shared['from original']->workload(), $shared['from original']->sendComplete('late'));
var_dump($shared['from clone']->workload(), $shared['from second']->workload());
echo "end of script\n";
?>
--EXPECT--
bool(true)
string(5) "three"
NULL
NULL
string(3) "one"
bool(true)
string(3) "two"
string(4) "four"
end of script
