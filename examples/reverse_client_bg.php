<?php
/*
 * Submits a "reverse" job in the background and watches its progress with
 * jobStatus(), then runs the same job in the foreground to get the result.
 * Needs a worker: run reverse_worker.php first.
 *
 *   php reverse_client_bg.php ["text to reverse"]
 *
 * The server is GEARMAN_HOST:GEARMAN_PORT, 127.0.0.1:4730 by default (a bad
 * port gets a message and exit code 2).
 */

require __DIR__ . '/example_args.php';
[$host, $port] = example_env_server();
$text = $argv[1] ?? 'The quick brown fox jumps over the lazy dog';

/* Polls are a second apart; a job that takes longer than this is stuck. */
const MAX_POLLS = 60;

function check(GearmanClient $client, string $what): void
{
    if ($client->returnCode() !== GEARMAN_SUCCESS) {
        fwrite(STDERR, "$what failed: " . $client->error() . " (return code " . $client->returnCode() . ")\n");
        exit(1);
    }
}

function progress_bar(int $numerator, int $denominator): string
{
    $fraction = $denominator > 0 ? min(1, max(0, $numerator / $denominator)) : 0;
    $filled = (int) round($fraction * 10);
    return sprintf('[%s%s] %d%%', str_repeat('#', $filled), str_repeat('.', 10 - $filled), round($fraction * 100));
}

$client = new GearmanClient();
try {
    $client->addServer($host, $port);
} catch (GearmanException $e) {
    /* "Failed to set exception option": returnCode() and error() say why. */
}
check($client, "addServer($host, $port)");

$handle = $client->doBackground('reverse', $text);
check($client, 'doBackground');
echo "submitted background job, handle $handle\n";

for ($poll = 1; ; $poll++) {
    [$known, $running, $numerator, $denominator] = $client->jobStatus($handle);
    check($client, 'jobStatus');
    if (!$known) {
        echo "job finished\n";
        break;
    }
    printf("running: %-3s  numerator: %d  denominator: %d  %s\n",
        $running ? 'yes' : 'no', $numerator, $denominator, progress_bar($numerator, $denominator));
    if ($poll === MAX_POLLS) {
        fwrite(STDERR, "job still not done after " . MAX_POLLS . " polls, giving up\n");
        exit(1);
    }
    sleep(1);
}

/* A background job's result goes nowhere; doNormal() waits for it instead. */
echo "running the same job in the foreground...\n";
$result = $client->doNormal('reverse', $text);
check($client, 'doNormal');
echo "result: $result\n";
