--TEST--
GearmanJob::setReturn() rejects what is not a return code with a ValueError, GEARMAN_MAX_RETURN included
--DESCRIPTION--
PECL warned and returned false for negative and too large values, but took
GEARMAN_MAX_RETURN, the enum's end marker, which libgearman has no name for.
--EXTENSIONS--
gearman
--FILE--
<?php
$job = new GearmanJob();
foreach ([-1, GEARMAN_MAX_RETURN, 1000, PHP_INT_MAX] as $value) {
    try {
        $job->setReturn($value);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    gearman_job_set_return($job, -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($job->returnCode());
var_dump($job->setReturn(GEARMAN_MAX_RETURN - 1), $job->returnCode());
try {
    $job->setReturn("fail");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
GearmanJob::setReturn(): Argument #1 ($gearman_return_t) must be a GEARMAN_* return code (0 to 52)
GearmanJob::setReturn(): Argument #1 ($gearman_return_t) must be a GEARMAN_* return code (0 to 52)
GearmanJob::setReturn(): Argument #1 ($gearman_return_t) must be a GEARMAN_* return code (0 to 52)
GearmanJob::setReturn(): Argument #1 ($gearman_return_t) must be a GEARMAN_* return code (0 to 52)
gearman_job_set_return(): Argument #2 ($gearman_return_t) must be a GEARMAN_* return code (0 to 52)
int(0)
bool(true)
int(52)
GearmanJob::setReturn(): Argument #1 ($gearman_return_t) must be of type int, string given
