--TEST--
gearman_verbose_name() names each verbosity level, UNKNOWN past the last one
--EXTENSIONS--
gearman
--FILE--
<?php
foreach ([0, GEARMAN_VERBOSE_FATAL, GEARMAN_VERBOSE_ERROR, GEARMAN_VERBOSE_INFO,
          GEARMAN_VERBOSE_DEBUG, GEARMAN_VERBOSE_CRAZY, GEARMAN_VERBOSE_MAX, 7, 99] as $level) {
    echo $level, ': ';
    var_dump(gearman_verbose_name($level));
}
?>
--EXPECT--
0: string(5) "NEVER"
1: string(5) "FATAL"
2: string(5) "ERROR"
3: string(4) "INFO"
4: string(5) "DEBUG"
5: string(5) "CRAZY"
6: string(7) "UNKNOWN"
7: string(7) "UNKNOWN"
99: string(7) "UNKNOWN"
