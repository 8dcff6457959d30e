--TEST--
Crash class: serializing, exporting and dumping objects that hold a GearmanJob (and its worker, client and task), inside the worker function and after it
--DESCRIPTION--
PECL crashed serializing objects that held a GearmanJob. Inside a worker
function (the worker runs in the test process, so --valgrind sees it) the
job is stored in a holder object next to its worker, a client and a task;
the holder is serialized, var_export()ed, json_encode()d, print_r()ed and
var_dump()ed, and unserialized; the same is done after the function
returned. Asserted: the gearman objects serialize as empty objects (as in
PECL), the unserialized holder gets fresh objects whose methods answer like a
new one's, and the live job still completes after all of it. PECL 2.1.0
runs this without crashing; its unserialized worker says timeout() 0 where
ours, a fresh worker, says -1.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';

class Holder
{
    public $job;
    public $worker;
    public $client;
    public $task;
    public array $list = [];
    public string $note = 'kept';
}

function show(Holder $holder): void
{
    $serialized = serialize($holder);
    echo "serialize: ", preg_replace('/s:\d+:"fn_[0-9a-f]+";/', 'FN', $serialized), "\n";
    $copy = unserialize($serialized);
    echo "unserialized: ", get_class($copy->job), " ", get_class($copy->list[0]), " ",
        var_export($copy->job->workload(), true), " ", var_export($copy->job->handle(), true), " ",
        var_export(@$copy->job->sendComplete('x'), true), " ", $copy->worker->timeout(), " ",
        var_export($copy->task->functionName(), true), " ", $copy->list[0] === $copy->job ? 'same job' : 'two jobs', "\n";
    echo "json: ", json_encode($holder), "\n";
    $export = var_export($holder, true);
    echo "var_export: ", substr_count($export, '\\Gearman'), " gearman objects\n";
    echo "print_r: ", substr_count(print_r($holder, true), 'Gearman'), " gearman objects\n";
    ob_start();
    var_dump($holder);
    $dump = ob_get_clean();
    echo "var_dump: ", substr_count($dump, '(Gearman'), " gearman objects\n";
}

$fn = gearman_test_function_name();
$client = gearman_test_client();
$worker = gearman_test_worker();
$worker->setTimeout(3000);
$holder = new Holder();
$holder->worker = $worker;
$holder->client = $client;
$holder->task = $client->addTask($fn, 'never run');
$worker->addFunction($fn, function (GearmanJob $job) use ($holder) {
    $holder->job = $job;
    $holder->list = [$job, 'text'];
    echo "inside the function\n";
    show($holder);
    var_dump($job->workload(), $job->sendData('still live'));
    return 'done';
});
$client->doBackground($fn, 'workload');
var_dump($worker->work(), $worker->returnCode());
echo "after the function\n";
show($holder);
echo "end\n";
/* The script's own cycle (a closure that captures what holds it), freed
 * before exit: PHP frees no cycle at exit, plain objects' included. */
unset($holder, $worker, $client);
gc_collect_cycles();
?>
--EXPECT--
inside the function
serialize: O:6:"Holder":6:{s:3:"job";O:10:"GearmanJob":0:{}s:6:"worker";O:13:"GearmanWorker":0:{}s:6:"client";O:13:"GearmanClient":0:{}s:4:"task";O:11:"GearmanTask":0:{}s:4:"list";a:2:{i:0;r:2;i:1;s:4:"text";}s:4:"note";s:4:"kept";}
unserialized: GearmanJob GearmanJob '' false false -1 false same job
json: {"job":{},"worker":{},"client":{},"task":{},"list":[{},"text"],"note":"kept"}
var_export: 5 gearman objects
print_r: 5 gearman objects
var_dump: 5 gearman objects
string(8) "workload"
bool(true)
bool(true)
int(0)
after the function
serialize: O:6:"Holder":6:{s:3:"job";O:10:"GearmanJob":0:{}s:6:"worker";O:13:"GearmanWorker":0:{}s:6:"client";O:13:"GearmanClient":0:{}s:4:"task";O:11:"GearmanTask":0:{}s:4:"list";a:2:{i:0;r:2;i:1;s:4:"text";}s:4:"note";s:4:"kept";}
unserialized: GearmanJob GearmanJob '' false false -1 false same job
json: {"job":{},"worker":{},"client":{},"task":{},"list":[{},"text"],"note":"kept"}
var_export: 5 gearman objects
print_r: 5 gearman objects
var_dump: 5 gearman objects
end
