/*
 * C baseline worker: registers "bench_echo" (returns its workload), runs
 * gearman_worker_work() N times, then exits. Mirrors bench/php/worker.php.
 */
#define _GNU_SOURCE /* clock_gettime() under -std=c11 too */

#include <libgearman/gearman.h>

#include "bench_common.h"

static void *bench_echo(gearman_job_st *job, void *context, size_t *result_size, gearman_return_t *ret_ptr)
{
	size_t size = gearman_job_workload_size(job);
	char *result = malloc(size ? size : 1);

	(void)context;
	if (!result) {
		*ret_ptr = GEARMAN_WORK_FAIL;
		*result_size = 0;
		return NULL;
	}
	memcpy(result, gearman_job_workload(job), size);
	*result_size = size;
	*ret_ptr = GEARMAN_SUCCESS;
	return result; /* libgearman frees it */
}

int main(int argc, char **argv)
{
	struct bench_args a;
	struct bench_clock t0, t1;
	gearman_worker_st *worker;
	gearman_return_t ret;
	long done = 0;

	bench_parse_args(argc, argv, &a, "registers bench_echo and processes N jobs (W is ignored)");
	worker = gearman_worker_create(NULL);
	if (!worker) {
		fprintf(stderr, "worker: gearman_worker_create failed\n");
		return 1;
	}
	ret = gearman_worker_add_server(worker, a.host, a.port);
	if (ret != GEARMAN_SUCCESS) {
		fprintf(stderr, "worker: add_server: %s\n", gearman_worker_error(worker));
		return 1;
	}
	ret = gearman_worker_add_function(worker, "bench_echo", 0, bench_echo, NULL);
	if (ret != GEARMAN_SUCCESS) {
		fprintf(stderr, "worker: add_function: %s\n", gearman_worker_error(worker));
		return 1;
	}
	bench_now(&t0);
	while (done < a.n) {
		ret = gearman_worker_work(worker);
		if (ret != GEARMAN_SUCCESS) {
			fprintf(stderr, "worker: work() after %ld jobs: %s\n", done, gearman_worker_error(worker));
			break;
		}
		done++;
	}
	bench_now(&t1);
	bench_report("worker", "-", &a, &t0, &t1, done == a.n, NULL);
	gearman_worker_free(worker);
	return done == a.n ? 0 : 1;
}
