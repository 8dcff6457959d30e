<?php
/*
 * Shared by the example scripts: the servers and settings they take from the
 * command line or the environment, checked before anything connects. A bad
 * one ends the script with a message naming it and exit code 2, never an
 * uncaught exception.
 *
 * The examples never read GEARMAN_SERVERS: libgearman reads that variable
 * itself in every new GearmanClient and GearmanWorker, so a script that
 * also passed it to addServer() would connect twice (README, Caveats).
 * They read GEARMAN_EXAMPLE_SERVERS instead, or GEARMAN_HOST and
 * GEARMAN_PORT for a single server.
 */

/* Ends the script for a bad argument: message on stderr, exit code 2. */
function example_usage_error(string $message, string $usage = ''): never
{
    $script = basename($_SERVER['argv'][0] ?? 'example', '.php');
    fwrite(STDERR, "$script: $message\n$usage");
    exit(2);
}

/* A TCP port as a user types it: 1-65535, digits only. */
function example_port(string $text, string $what): int
{
    if (!preg_match('/^\d{1,5}$/', $text) || (int) $text < 1 || (int) $text > 65535) {
        throw new InvalidArgumentException("$what: not a port (1-65535): \"$text\"");
    }
    return (int) $text;
}

/**
 * "host[:port],..." (IPv6 in brackets, port 4730 when left out).
 * @return list<array{0: string, 1: string, 2: int}> label "host:port", host, port
 */
function example_parse_servers(string $list, string $what): array
{
    $servers = [];
    foreach (explode(',', $list) as $entry) {
        $entry = trim($entry);
        if (!preg_match('/^(\[[0-9A-Fa-f:.]+\]|[^:\[\]\s]+)(?::([^:]*))?$/', $entry, $m)) {
            throw new InvalidArgumentException("$what: not a host[:port]: \"$entry\"");
        }
        $port = isset($m[2]) ? example_port($m[2], "$what: \"$entry\"") : 4730;
        $servers[] = ["{$m[1]}:$port", trim($m[1], '[]'), $port];
    }
    return $servers;
}

/* The one server of GEARMAN_HOST and GEARMAN_PORT, 127.0.0.1:4730 by default. */
function example_env_server(): array
{
    $host = getenv('GEARMAN_HOST');
    $port = getenv('GEARMAN_PORT');
    if (getenv('GEARMAN_SERVERS')) {
        fwrite(STDERR, basename($_SERVER['argv'][0] ?? 'example', '.php')
            . ": warning: libgearman also connects to GEARMAN_SERVERS (" . getenv('GEARMAN_SERVERS') . ")\n");
    }
    try {
        return [
            $host === false || $host === '' ? '127.0.0.1' : $host,
            $port === false || $port === '' ? 4730 : example_port($port, 'GEARMAN_PORT'),
        ];
    } catch (InvalidArgumentException $e) {
        example_usage_error($e->getMessage());
    }
}

/* A positive whole number of milliseconds (or other unit) for an option. */
function example_positive_int(string $text, string $what): int
{
    if (!preg_match('/^\d{1,9}$/', $text) || (int) $text < 1) {
        throw new InvalidArgumentException("$what: not a positive whole number: \"$text\"");
    }
    return (int) $text;
}
