--TEST--
Every method and gearman_* function called 3000 times with hostile arguments, in seeded random order, on new, cloned and unserialized objects: no crash
--DESCRIPTION--
See hostile_fuzz.inc. Arguments come from a table of hostile values (wrong
types, null, empty and NUL-containing strings, a 1 MiB string, PHP_INT_MAX,
PHP_INT_MIN, -1, 65536, 1.5, NAN, INF, arrays, objects, closures that throw
or return odd values, invalid option bits, malformed server lists, job
handles that do not exist) and from plausible values, in random counts
(missing and extra arguments too). Clients and workers point at a closed
loopback port with 200 ms / 100 ms timeouts, so nothing blocks; the run is
bounded to 3000 calls or 25 s. A crash kills the test; a fatal error shows
in the output. The seed is fixed, so a failure reproduces: run the .php with
GEARMAN_FUZZ_VERBOSE=1 to see the last call made.
--EXTENSIONS--
gearman
--FILE--
<?php
require __DIR__ . '/hostile_fuzz.inc';
$stats = hostile_fuzz_run(20240601, 3000, 25.0);
printf("calls: %d, crashes: 0\n", $stats['calls']);
echo 'exceptions thrown: ', array_sum($stats['thrown']) > 0 ? 'yes' : 'no', "\n";
echo 'warnings raised: ', $stats['warnings'] > 0 ? 'yes' : 'no', "\n";
echo 'only Error/Exception subclasses: ', count(array_filter(array_keys($stats['thrown']),
    fn ($c) => !is_a($c, Throwable::class, true))) === 0 ? 'yes' : 'no', "\n";
echo "done\n";
?>
--EXPECTF--
calls: %d, crashes: 0
exceptions thrown: yes
warnings raised: yes
only Error/Exception subclasses: yes
done
