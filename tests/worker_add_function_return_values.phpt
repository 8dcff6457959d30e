--TEST--
The worker function's return value is converted to a string and becomes the result
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
$cases = ['int', 'negative', 'float', 'whole float', 'sum', 'big float', 'null', 'true', 'false',
          'string', 'empty', 'no return', 'stringable', 'array'];
$child = gearman_test_start_worker('
    $worker = gearman_test_worker();
    $worker->addFunction($args["fn"], function (GearmanJob $job) {
        switch ($job->workload()) {
        case "int": return 42;
        case "negative": return -7;
        case "float": return 1.5;
        case "whole float": return 3.0;
        case "sum": return 0.1 + 0.2;
        case "big float": return 1e100;
        case "null": return null;
        case "true": return true;
        case "false": return false;
        case "string": return "text";
        case "empty": return "";
        case "no return": break;
        case "stringable": return new class { public function __toString(): string { return "from __toString"; } };
        case "array": return [1, 2];
        }
    });
    gearman_test_ready();
    gearman_test_work($worker, count($args["cases"]));
', ['fn' => $fn, 'cases' => $cases]);

$client = gearman_test_client();
foreach ($cases as $case) {
    $result = $client->doNormal($fn, $case);
    echo $case, ': ', var_export($result, true), ' ', $client->returnCode(), "\n";
}
gearman_test_end_worker($child);
?>
--EXPECTF--
int: '42' 0
negative: '-7' 0
float: '1.5' 0
whole float: '3' 0
sum: '0.3' 0
big float: '1.0E+100' 0
null: '' 0
true: '1' 0
false: '' 0
string: 'text' 0
empty: '' 0
no return: '' 0
stringable: 'from __toString' 0
array: 'Array' 0
worker: exit code 0
worker stderr: Warning: Array to string conversion in %s on line %d
