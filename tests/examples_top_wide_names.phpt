--TEST--
examples/gearman_top.php --once keeps its columns aligned for function names with accented and East Asian wide characters, and cuts long ones to the column
--DESCRIPTION--
The table padded names with sprintf("%-Ns"), which counts bytes: a name
with "é" (2 bytes, 1 column) or "日本" (6 bytes, 4 columns) pushed its
row's figures out of line. Each row's QUEUED figure must end in the same
terminal column as the header's.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$fn = gearman_test_function_name('wide');
/* name => its width in terminal columns */
$names = ["$fn-plain" => strlen($fn) + 6, "$fn-é" => strlen($fn) + 2, "$fn-日本" => strlen($fn) + 5,
          "$fn-" . str_repeat('語', 40) => 60];
$client = gearman_test_client();
foreach (array_keys($names) as $name) {
    $client->doBackground($name, 'x');
}
$php = escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg(gearman_test_extension_path());
exec("$php " . escapeshellarg(__DIR__ . '/../examples/gearman_top.php') . ' --once ' . escapeshellarg(gearman_test_server()), $out, $code);
var_dump($code);
$columns = static function (string $text): int {
    preg_match_all('/./su', $text, $m);
    $n = 0;
    foreach ($m[0] as $c) {
        $n += preg_match('/[\x{3000}-\x{9FFF}]/u', $c) ? 2 : 1;
    }
    return $n;
};
$header = null;
$ends = [];
foreach ($out as $line) {
    if (str_starts_with($line, 'FUNCTION')) {
        $header = $columns(substr($line, 0, strpos($line, 'QUEUED') + 6));
    } elseif (str_starts_with($line, $fn) && preg_match('/^(.*?\s)(\d+)\s+\d+\s+\d+/u', $line, $m)) {
        $ends[] = $columns($m[1] . $m[2]);
    }
}
echo count($ends), " rows, aligned with the header: ", var_export($header !== null && count(array_unique($ends)) === 1 && $ends[0] === $header, true), "\n";
echo "long name cut: ", var_export((bool) preg_grep('/語\.\.\. /u', $out), true), "\n";
$admin = new GearmanAdmin(gearman_test_host(), gearman_test_port());
foreach (array_keys($names) as $name) {
    $admin->dropFunction($name);
}
?>
--EXPECT--
int(0)
4 rows, aligned with the header: true
long name cut: true
