--TEST--
GearmanClient::addServer() to a dead server: "Failed to set exception option" with the real code, error() names the server
--DESCRIPTION--
The message stays PECL's, word for word (GearmanManager compares it), but
the exception's code and returnCode() are libgearman's code for the failure,
GEARMAN_COULD_NOT_CONNECT (26) for a refused connection, and error() names
the server that refused, also when it is one of several. PECL gearman 2.1.0
gave code 0 and returnCode() GEARMAN_SUCCESS. Both with and without
gearman.exceptions.
--EXTENSIONS--
gearman
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
?>
--FILE--
<?php
require __DIR__ . '/connect.inc';
$port = gearman_test_closed_port();

function attempt(callable $add, int $port): void
{
    $client = new GearmanClient();
    try {
        $add($client);
        echo "no exception\n";
    } catch (GearmanException $e) {
        printf("%s: %s, code %d\n", get_class($e), $e->getMessage(), $e->getCode());
    }
    var_dump($client->returnCode() === GEARMAN_COULD_NOT_CONNECT);
    $error = $client->error();
    var_dump(str_contains($error, "127.0.0.1:$port"), str_contains($error, 'GEARMAN_COULD_NOT_CONNECT'));
}

attempt(fn ($c) => $c->addServer('127.0.0.1', $port), $port);
attempt(fn ($c) => gearman_client_add_server($c, '127.0.0.1', $port), $port);
attempt(fn ($c) => $c->addServers(gearman_test_server() . ",127.0.0.1:$port"), $port);
ini_set('gearman.exceptions', '1');
attempt(fn ($c) => $c->addServer('127.0.0.1', $port), $port);
?>
--EXPECT--
GearmanException: Failed to set exception option, code 26
bool(true)
bool(true)
bool(true)
GearmanException: Failed to set exception option, code 26
bool(true)
bool(true)
bool(true)
GearmanException: Failed to set exception option, code 26
bool(true)
bool(true)
bool(true)
GearmanException: Failed to set exception option, code 26
bool(true)
bool(true)
bool(true)
