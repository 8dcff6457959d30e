--TEST--
Crash class: worker functions and client callbacks of every callable kind (names, arrays, static strings, closures, first-class callables, __invoke, __call, __callStatic, private methods), each called twice
--DESCRIPTION--
PECL resolves a stored callable again on every call and leaked the strings
callbacks returned; ours resolves it once where it is given, except __call /
__callStatic trampolines, which are freed after each call and so are
resolved anew. Each callable kind is used as a worker function (the worker
runs in the test process, so --valgrind sees it; each callable prints what
it returns) and as a complete callback, twice in a row, with only the
extension holding the callable (the test keeps none of the objects behind
them): a user function name, an internal function name ('var_dump'),
[$object, 'method'], 'Class::staticMethod', ['Class', 'staticMethod'], a
closure, first-class callables (user_function(...), var_dump(...),
$object->method(...), Class::staticMethod(...)), an __invoke object,
[$object, 'virtual'] served by __call, 'Class::virtual' served by
__callStatic, and [$this, 'privateMethod'] given from inside the class,
where it is callable.
A method cannot disappear in PHP, nor can a function be undefined: the
nearest real case, a callable that no longer works by call time, is the
__call one whose handler throws on its second call; the exception surfaces
from work() / runTasks() like any other. The private method is called: the
callable was checked where it was given, as register_shutdown_function()
does. Deliberate difference from PECL 2.1.0, which resolves the callable
again from outside the class and dies with Error "Invalid callback
Secretive::privateMethod, cannot access private method".
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';

/* Every callable reports what it returns. */
function said(string $result): string
{
    echo "    $result\n";
    return $result;
}

function user_function(object $arg): string
{
    return said('user_function ' . get_class($arg));
}

class Handler
{
    private int $calls = 0;
    public function method(object $arg): string { return said('method ' . ++$this->calls); }
    public static function staticMethod(object $arg): string { return said('staticMethod ' . get_class($arg)); }
    public function __invoke(object $arg): string { return said('__invoke ' . ++$this->calls); }
    public function __call(string $name, array $args): string
    {
        if (++$this->calls > 1 && $name === 'fragile') {
            throw new BadMethodCallException("$name is gone");
        }
        return said("__call $name " . $this->calls);
    }
    public static function __callStatic(string $name, array $args): string { return said("__callStatic $name"); }
}

/* No __call here: its private method is reachable only from inside. */
class Secretive
{
    private int $calls = 0;
    private function privateMethod(object $arg): string { return said('privateMethod ' . ++$this->calls); }
    public function installOn(GearmanWorker|GearmanClient $target, string $name = ''): void
    {
        if ($target instanceof GearmanWorker) {
            $target->addFunction($name, [$this, 'privateMethod']);
        } else {
            $target->setCompleteCallback([$this, 'privateMethod']);
        }
    }
}

function kinds(): array
{
    return [
        'user name' => 'user_function',
        'internal name' => 'var_dump',
        'array' => [new Handler(), 'method'],
        'static string' => 'Handler::staticMethod',
        'static array' => ['Handler', 'staticMethod'],
        'closure' => fn (object $arg) => said('closure ' . get_class($arg)),
        'first-class user' => user_function(...),
        'first-class internal' => var_dump(...),
        'first-class method' => (new Handler())->method(...),
        'first-class static' => Handler::staticMethod(...),
        'invokable' => new Handler(),
        '__call' => [new Handler(), 'virtual'],
        '__callStatic' => 'Handler::virtualStatic',
        'private' => 'installed by Secretive::installOn()',
        '__call throwing' => [new Handler(), 'fragile'],
    ];
}

echo "worker functions:\n";
$p = gearman_test_function_name();
$client = gearman_test_client();
$worker = gearman_test_worker();
$worker->setTimeout(3000);
$i = 0;
foreach (kinds() as $kind => $callable) {
    if ($kind === 'private') {
        (new Secretive())->installOn($worker, "$p-" . $i++);
    } else {
        $worker->addFunction("$p-" . $i++, $callable);
    }
}
$i = 0;
foreach (array_keys(kinds()) as $kind) {
    $name = "$p-" . $i++;
    $client->doBackground($name, 'one');
    $client->doBackground($name, 'two');
    $results = [];
    for ($n = 0; $n < 2; $n++) {
        try {
            $results[] = var_export($worker->work(), true);
        } catch (Exception $e) {
                $results[] = get_class($e) . ': ' . $e->getMessage();
        }
    }
    echo "  $kind: ", implode(', ', $results), "\n";
}
unset($worker);

$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], fn (GearmanJob $job) => "R:" . $job->workload());
    gearman_test_ready();
    gearman_test_work($worker, 30);
', ['fn' => $fn]);
echo "complete callbacks:\n";
$client->setTimeout(3000);
foreach (kinds() as $kind => $callable) {
    if ($kind === 'private') {
        (new Secretive())->installOn($client);
    } else {
        $client->setCompleteCallback($callable);
    }
    unset($callable);
    $client->addTask($fn, 'a');
    $client->addTask($fn, 'b');
    try {
        $result = var_export($client->runTasks(), true);
    } catch (Exception $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    echo "  $kind: $result\n";
}
gearman_test_end_worker($child);
echo "end\n";
?>
--EXPECTF--
worker functions:
    user_function GearmanJob
    user_function GearmanJob
  user name: true, true
object(GearmanJob)#%d (0) {
}
NULL
object(GearmanJob)#%d (0) {
}
NULL
  internal name: true, true
    method 1
    method 2
  array: true, true
    staticMethod GearmanJob
    staticMethod GearmanJob
  static string: true, true
    staticMethod GearmanJob
    staticMethod GearmanJob
  static array: true, true
    closure GearmanJob
    closure GearmanJob
  closure: true, true
    user_function GearmanJob
    user_function GearmanJob
  first-class user: true, true
object(GearmanJob)#%d (0) {
}
NULL
object(GearmanJob)#%d (0) {
}
NULL
  first-class internal: true, true
    method 1
    method 2
  first-class method: true, true
    staticMethod GearmanJob
    staticMethod GearmanJob
  first-class static: true, true
    __invoke 1
    __invoke 2
  invokable: true, true
    __call virtual 1
    __call virtual 2
  __call: true, true
    __callStatic virtualStatic
    __callStatic virtualStatic
  __callStatic: true, true
    privateMethod 1
    privateMethod 2
  private: true, true
    __call fragile 1
  __call throwing: true, BadMethodCallException: fragile is gone
complete callbacks:
    user_function GearmanTask
    user_function GearmanTask
  user name: true
object(GearmanTask)#%d (0) {
}
object(GearmanTask)#%d (0) {
}
  internal name: true
    method 1
    method 2
  array: true
    staticMethod GearmanTask
    staticMethod GearmanTask
  static string: true
    staticMethod GearmanTask
    staticMethod GearmanTask
  static array: true
    closure GearmanTask
    closure GearmanTask
  closure: true
    user_function GearmanTask
    user_function GearmanTask
  first-class user: true
object(GearmanTask)#%d (0) {
}
object(GearmanTask)#%d (0) {
}
  first-class internal: true
    method 1
    method 2
  first-class method: true
    staticMethod GearmanTask
    staticMethod GearmanTask
  first-class static: true
    __invoke 1
    __invoke 2
  invokable: true
    __call virtual 1
    __call virtual 2
  __call: true
    __callStatic virtualStatic
    __callStatic virtualStatic
  __callStatic: true
    privateMethod 1
    privateMethod 2
  private: true
    __call fragile 1
  __call throwing: BadMethodCallException: fragile is gone
worker: ok
end
