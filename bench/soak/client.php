<?php
/*
 * Soak client: submits JOBS background jobs for "soak" in batches of
 * addTaskBackground() + runTasks(), with workloads of mixed sizes (16 B to
 * 64 KiB); one in 50 asks the worker to throw, one in 10 to send a status.
 */

$host = getenv('GEARMAN_HOST') ?: '127.0.0.1';
$port = (int) (getenv('GEARMAN_PORT') ?: 4730);
$jobs = (int) ($argv[1] ?? 200000);
$batch = 1000;
$sizes = [16, 100, 1000, 4096, 65536];

$client = new GearmanClient();
$client->addServer($host, $port);
$client->setTimeout(30000);
mt_srand(42);
for ($sent = 0; $sent < $jobs; ) {
    for ($i = 0; $i < $batch && $sent < $jobs; $i++, $sent++) {
        $size = $sizes[$sent % count($sizes)];
        $kind = $sent % 50 === 0 ? '!' : ($sent % 10 === 0 ? 's' : 'x');
        $client->addTaskBackground('soak', $kind . str_repeat(chr(mt_rand(97, 122)), $size - 1));
    }
    if (!$client->runTasks()) {
        fwrite(STDERR, "soak client: runTasks failed after $sent jobs: " . $client->error() . "\n");
        exit(1);
    }
}
echo "client: submitted $sent jobs\n";
