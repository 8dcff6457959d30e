--TEST--
GearmanAdmin: constructor and setTimeout() defaults and checks, names refused with a ValueError before anything is sent, clone, serialize refused, the declared surface
--DESCRIPTION--
The object points at a closed port, so any command that reached the
network would throw GEARMAN_COULD_NOT_CONNECT: the ValueErrors come first.
Names (job handles, function names) may not be empty nor contain a space,
tab, line break or NUL (gearmand would read another command), nor be longer
than 8,000 bytes (gearmand closes the connection on a line over its
8,192-byte buffer). A clone talks to the same server over a connection of
its own and has its own timeout; serialize() is refused, since the object
holds a connection.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';

function attempt(callable $fn): void
{
    try {
        $result = $fn();
        echo 'returned ', json_encode($result), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

echo "-- defaults\n";
$admin = new GearmanAdmin();
var_dump($admin->timeout(), $admin->setTimeout(250), $admin->timeout());

echo "-- constructor\n";
attempt(fn () => new GearmanAdmin(''));
attempt(fn () => new GearmanAdmin("local\0host"));
attempt(fn () => new GearmanAdmin('127.0.0.1', -1));
attempt(fn () => new GearmanAdmin('127.0.0.1', 65536));
attempt(fn () => new GearmanAdmin('127.0.0.1', 4730, 0));
attempt(fn () => new GearmanAdmin('127.0.0.1', 4730, -1));
attempt(fn () => new GearmanAdmin('127.0.0.1', 4730, 2 ** 31));
attempt(fn () => new GearmanAdmin([]));
attempt(fn () => $admin->setTimeout(0));
var_dump($admin->timeout());

echo "-- names\n";
$admin = new GearmanAdmin('127.0.0.1', gearman_test_closed_port(), 1000);
foreach (['', 'a b', "a\tb", "a\nb", "a\rb", "a\0b", str_repeat('x', 8001)] as $bad) {
    attempt(fn () => $admin->cancelJob($bad));
}
attempt(fn () => $admin->createFunction(' '));
attempt(fn () => $admin->dropFunction("f\n"));
attempt(fn () => $admin->setMaxQueue('', 1));
attempt(fn () => $admin->setMaxQueue('f', -1));
attempt(fn () => $admin->setMaxQueue('f', 2 ** 31));
attempt(fn () => $admin->setMaxQueueByPriority('f', 1, -1, 0));
attempt(fn () => $admin->setMaxQueueByPriority('f', 1, 1, 2 ** 31));
attempt(fn () => $admin->status('extra'));
echo "-- a valid name reaches the network\n";
attempt(fn () => $admin->cancelJob(str_repeat('x', 8000)));

echo "-- clone, serialize\n";
$admin = new GearmanAdmin(gearman_test_host(), gearman_test_port(), 3000);
$admin->serverVersion();
$copy = clone $admin;
$copy->setTimeout(1234);
var_dump($admin->timeout(), $copy->timeout(), $copy->serverVersion() === $admin->serverVersion());
$fds = array_column($admin->workers(), 'fd');
var_dump(count(array_unique($fds)) === count($fds));
unset($admin);
var_dump(is_int($copy->serverPid()));
attempt(fn () => serialize($copy));

echo "-- surface\n";
$class = new ReflectionClass('GearmanAdmin');
var_dump($class->isFinal());
echo implode(' ', array_map(fn ($m) => $m->getName(), $class->getMethods())), "\n";
echo (string) $class->getMethod('__construct');
?>
--EXPECTF--
-- defaults
int(5000)
bool(true)
int(250)
-- constructor
ValueError: GearmanAdmin::__construct(): Argument #1 ($host) must be a non-empty host name or address without null bytes
ValueError: GearmanAdmin::__construct(): Argument #1 ($host) must be a non-empty host name or address without null bytes
ValueError: GearmanAdmin::__construct(): Argument #2 ($port) must be between 0 and 65535
ValueError: GearmanAdmin::__construct(): Argument #2 ($port) must be between 0 and 65535
ValueError: GearmanAdmin::__construct(): Argument #3 ($timeout) must be between 1 and 2147483647 (milliseconds)
ValueError: GearmanAdmin::__construct(): Argument #3 ($timeout) must be between 1 and 2147483647 (milliseconds)
ValueError: GearmanAdmin::__construct(): Argument #3 ($timeout) must be between 1 and 2147483647 (milliseconds)
TypeError: GearmanAdmin::__construct(): Argument #1 ($host) must be of type string, array given
ValueError: GearmanAdmin::setTimeout(): Argument #1 ($timeout) must be between 1 and 2147483647 (milliseconds)
int(250)
-- names
ValueError: GearmanAdmin::cancelJob(): Argument #1 ($handle) must not be empty
ValueError: GearmanAdmin::cancelJob(): Argument #1 ($handle) must not contain spaces, tabs, line breaks or null bytes
ValueError: GearmanAdmin::cancelJob(): Argument #1 ($handle) must not contain spaces, tabs, line breaks or null bytes
ValueError: GearmanAdmin::cancelJob(): Argument #1 ($handle) must not contain spaces, tabs, line breaks or null bytes
ValueError: GearmanAdmin::cancelJob(): Argument #1 ($handle) must not contain spaces, tabs, line breaks or null bytes
ValueError: GearmanAdmin::cancelJob(): Argument #1 ($handle) must not contain spaces, tabs, line breaks or null bytes
ValueError: GearmanAdmin::cancelJob(): Argument #1 ($handle) must not be longer than 8000 bytes
ValueError: GearmanAdmin::createFunction(): Argument #1 ($function) must not contain spaces, tabs, line breaks or null bytes
ValueError: GearmanAdmin::dropFunction(): Argument #1 ($function) must not contain spaces, tabs, line breaks or null bytes
ValueError: GearmanAdmin::setMaxQueue(): Argument #1 ($function) must not be empty
ValueError: GearmanAdmin::setMaxQueue(): Argument #2 ($size) must be between 0 (unlimited) and 2147483647
ValueError: GearmanAdmin::setMaxQueue(): Argument #2 ($size) must be between 0 (unlimited) and 2147483647
ValueError: GearmanAdmin::setMaxQueueByPriority(): Argument #3 ($normal) must be between 0 (unlimited) and 2147483647
ValueError: GearmanAdmin::setMaxQueueByPriority(): Argument #4 ($low) must be between 0 (unlimited) and 2147483647
ArgumentCountError: GearmanAdmin::status() expects exactly 0 arguments, 1 given
-- a valid name reaches the network
GearmanException: GearmanAdmin: 127.0.0.1:%d, "cancel job %r(x{89})%r...": could not connect: Connection refused
-- clone, serialize
int(3000)
int(1234)
bool(true)
bool(true)
bool(true)
Exception: Serialization of 'GearmanAdmin' is not allowed
-- surface
bool(true)
__construct setTimeout timeout setSSL status priorityStatus workers jobs uniqueJobs cancelJob createFunction dropFunction setMaxQueue setMaxQueueByPriority serverVersion serverPid serverVerbose ping close
Method [ <internal:gearman, ctor> public method __construct ] {

  - Parameters [3] {
    Parameter #0 [ <optional> string $host = "localhost" ]
    Parameter #1 [ <optional> int $port = 4730 ]
    Parameter #2 [ <optional> int $timeout = 5000 ]
  }
}
