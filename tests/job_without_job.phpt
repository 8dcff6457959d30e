--TEST--
A GearmanJob without a job (new, cloned, unserialized) answers like PECL's getters and warns on sends
--DESCRIPTION--
PECL's getters return "" / 0 / false on such an object; its sends returned
false, some with the warning "(null)", and cloning one crashed at shutdown.
Here every send warns with the reason and sets returnCode() to
GEARMAN_INVALID_ARGUMENT; setReturn() only records the code, as in PECL.
--EXTENSIONS--
gearman
--FILE--
<?php
function show(GearmanJob $job): void
{
    foreach (['returnCode', 'workload', 'workloadSize', 'handle', 'functionName', 'unique'] as $getter) {
        echo "  $getter(): ", var_export($job->$getter(), true), "\n";
    }
}
$new = new GearmanJob();
echo "new:\n";
show($new);
echo "clone:\n";
show(clone $new);
echo "unserialized:\n";
$serialized = serialize($new);
var_dump($serialized);
show(unserialize($serialized));

echo "sends:\n";
var_dump($new->sendData('x'), $new->returnCode());
var_dump($new->sendWarning('x'), $new->sendException('x'), $new->sendComplete('x'), $new->sendFail(), $new->sendStatus(1, 2));
var_dump(gearman_job_send_data($new, 'x'));
echo "setReturn:\n";
var_dump($new->setReturn(GEARMAN_WORK_FAIL), $new->returnCode());
$copy = clone $new;
var_dump($copy->returnCode());
?>
--EXPECTF--
new:
  returnCode(): 0
  workload(): ''
  workloadSize(): 0
  handle(): false
  functionName(): false
  unique(): false
clone:
  returnCode(): 0
  workload(): ''
  workloadSize(): 0
  handle(): false
  functionName(): false
  unique(): false
unserialized:
string(22) "O:10:"GearmanJob":0:{}"
  returnCode(): 0
  workload(): ''
  workloadSize(): 0
  handle(): false
  functionName(): false
  unique(): false
sends:

Warning: GearmanJob::sendData(): No job: a GearmanJob is usable only inside its worker function or after grabJob() in %s on line %d
bool(false)
int(49)

Warning: GearmanJob::sendWarning(): No job: %s in %s on line %d

Warning: GearmanJob::sendException(): No job: %s in %s on line %d

Warning: GearmanJob::sendComplete(): No job: %s in %s on line %d

Warning: GearmanJob::sendFail(): No job: %s in %s on line %d

Warning: GearmanJob::sendStatus(): No job: %s in %s on line %d
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)

Warning: gearman_job_send_data(): No job: %s in %s on line %d
bool(false)
setReturn:
bool(true)
int(24)
int(24)
