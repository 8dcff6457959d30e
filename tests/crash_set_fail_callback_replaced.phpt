--TEST--
Crash class: setFailCallback() replaced many times, before, between and inside fail callbacks; each replaced callable freed exactly once
--DESCRIPTION--
PECL's setFailCallback() freed the previous callable twice when it was
replaced. The fail callback is replaced 200 times in a row (alternating the
method and gearman_client_set_fail_callback(), closures and [$object,
'method'] arrays), then two failing tasks run, the fail callback replacing
itself each time it fires, then the other callbacks are replaced the same
way. Every callable holds a Tracker whose __destruct counts it: each one
replaced is freed exactly once and at once, only the last one set fires,
and the last ones are freed with the client.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name();
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        $job->sendFail();
        return "";
    });
    gearman_test_ready();
    gearman_test_work($worker, 2);
', ['fn' => $fn]);

class Tracker
{
    public static int $made = 0;
    public static array $freed = [];
    public int $id;
    public function __construct() { $this->id = ++self::$made; }
    public function __destruct() { self::$freed[] = $this->id; }
    public function fail(GearmanTask $task) { echo "  fail method of tracker {$this->id}\n"; }
}

function make_callable(GearmanClient $client, bool $replaceItself)
{
    $tracker = new Tracker();
    if ($tracker->id % 2 === 0 && !$replaceItself) {
        return [$tracker, 'fail'];
    }
    return function (GearmanTask $task) use ($tracker, $client, $replaceItself) {
        echo "  fail closure of tracker {$tracker->id}\n";
        if ($replaceItself) {
            $client->setFailCallback(make_callable($client, true));
        }
    };
}

$client = gearman_test_client();
$client->setTimeout(3000);
for ($i = 0; $i < 200; $i++) {
    $ok = $i % 2 ? $client->setFailCallback(make_callable($client, false))
                 : gearman_client_set_fail_callback($client, make_callable($client, false));
    if (!$ok) {
        echo "set $i failed\n";
    }
}
echo "made ", Tracker::$made, ", freed ", count(Tracker::$freed), ", in order ",
    var_export(Tracker::$freed === range(1, 199), true), "\n";

$client->setFailCallback(make_callable($client, true));
echo "freed ", count(Tracker::$freed), "\n";
$client->addTask($fn, 'a');
var_dump($client->runTasks());
echo "freed ", count(Tracker::$freed), "\n";
$client->addTask($fn, 'b');
var_dump($client->runTasks());
echo "freed ", count(Tracker::$freed), "\n";

foreach (['Complete', 'Status', 'Data', 'Warning', 'Created', 'Exception', 'Workload'] as $event) {
    for ($i = 0; $i < 20; $i++) {
        $client->{"set{$event}Callback"}(make_callable($client, false));
    }
}
echo "made ", Tracker::$made, ", freed ", count(Tracker::$freed), "\n";
var_dump($client->clearCallbacks());
echo "after clearCallbacks(): made ", Tracker::$made, ", freed ", count(Tracker::$freed), "\n";
$client->setFailCallback(make_callable($client, false));
unset($client);
echo "after unset(\$client): made ", Tracker::$made, ", freed ", count(Tracker::$freed),
    ", each once ", var_export(count(array_unique(Tracker::$freed)) === count(Tracker::$freed), true), "\n";
gearman_test_end_worker($child);
?>
--EXPECT--
made 200, freed 199, in order true
freed 200
  fail closure of tracker 201
bool(true)
freed 201
  fail closure of tracker 202
bool(true)
freed 202
made 343, freed 335
bool(true)
after clearCallbacks(): made 343, freed 343
after unset($client): made 344, freed 344, each once true
worker: ok
