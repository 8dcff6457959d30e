--TEST--
GearmanWorker::setId() and gearman_worker_set_id(): the id shows in gearmand's admin "workers" list; an empty or spaced id is refused
--DESCRIPTION--
setId() hands the id to libgearman, which sends SET_CLIENT_ID on the open
connection, or on connecting when set before addServer(). gearmand lists it in
the third column of its text admin protocol's "workers" answer
("FD IP-ADDRESS CLIENT-ID : FUNCTION ...", ended by a line "."). libgearman
refuses an empty id ("id_size was 0") and one with a space or other
non-printable character ("Invalid character found in identifier"): false,
no warning, error() says why and the id in force stays. returnCode() is then
GEARMAN_INVALID_ARGUMENT (49); PECL 2.1.0 left returnCode() at whatever the
previous call set, which is asserted differently here on purpose.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
/* gearmand's "workers" lines that mention $needle, FD and address masked, ids and function as <id> and <fn>. */
function workers_with(GearmanWorker $worker, string $needle): string
{
    /* SET_CLIENT_ID has no answer: a ping on the worker's connection makes
     * sure gearmand has read it before the admin connection asks. */
    $worker->ping('sync');
    $admin = fsockopen(gearman_test_host(), gearman_test_port(), $errno, $errstr, 5);
    if (!$admin) {
        die("cannot reach the admin port: $errstr\n");
    }
    fwrite($admin, "workers\n");
    $lines = '';
    while (($line = fgets($admin)) !== false && $line !== ".\n") {
        if (strpos($line, $needle) !== false) {
            $lines .= str_replace([$GLOBALS['id'], $GLOBALS['fn']], ['<id>', '<fn>'], preg_replace('/^\d+ \S+ /', 'FD IP ', $line));
        }
    }
    fclose($admin);
    return $line === ".\n" ? $lines : "no final \".\" line\n";
}
$id = gearman_test_function_name('id');
$fn = gearman_test_function_name();

echo "-- set on a connected worker\n";
$worker = gearman_test_worker();
var_dump($worker->setId($id), $worker->returnCode());
echo workers_with($worker, $id);
$worker->addFunction($fn, fn() => 'unused');
$worker->setTimeout(100);
var_dump($worker->work(), $worker->returnCode());
echo workers_with($worker, $id);

echo "-- procedural, a new id replaces the old one\n";
var_dump(gearman_worker_set_id($worker, "$id-2"));
echo workers_with($worker, $id);

echo "-- refused ids\n";
foreach (['', 'has space', "tab\there"] as $bad) {
    var_dump($worker->setId($bad), $worker->returnCode(), $worker->error());
}
echo workers_with($worker, $id);

echo "-- set before addServer()\n";
$early = new GearmanWorker();
var_dump($early->setId("$id-early"));
$early->addServer(gearman_test_host(), gearman_test_port());
echo workers_with($early, "$id-early");
?>
--EXPECTF--
-- set on a connected worker
bool(true)
int(0)
FD IP <id> :
bool(false)
int(47)
FD IP <id> : <fn>
-- procedural, a new id replaces the old one
bool(true)
FD IP <id>-2 : <fn>
-- refused ids
bool(false)
int(49)
string(%d) "gearman_set_identifier(GEARMAN_INVALID_ARGUMENT) id_size was 0 -> %s"
bool(false)
int(49)
string(%d) "gearman_set_identifier(GEARMAN_INVALID_ARGUMENT) Invalid character found in identifier -> %s"
bool(false)
int(49)
string(%d) "gearman_set_identifier(GEARMAN_INVALID_ARGUMENT) Invalid character found in identifier -> %s"
FD IP <id>-2 : <fn>
-- set before addServer()
bool(true)
FD IP <id>-early :
