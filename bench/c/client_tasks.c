/*
 * C baseline client: N gearman_client_add_task() of "bench_echo" with a
 * W-byte workload, then one gearman_client_run_tasks() with a complete
 * callback counting completions. Mirrors bench/php/client_tasks.php
 * (addTask() x N + runTasks()). Like the PHP extensions, the client frees
 * each task as it finishes (GEARMAN_CLIENT_FREE_TASKS).
 */
#define _GNU_SOURCE /* clock_gettime() under -std=c11 too */

#include <libgearman/gearman.h>

#include "bench_common.h"

struct tally {
	long completed;
	long bad;
	long w;
};

static gearman_return_t on_complete(gearman_task_st *task)
{
	struct tally *t = gearman_task_context(task);

	t->completed++;
	if (gearman_task_data_size(task) != (size_t)t->w) {
		t->bad++;
	}
	return GEARMAN_SUCCESS;
}

int main(int argc, char **argv)
{
	struct bench_args a;
	struct bench_clock t0, t1, t2;
	struct tally tally = { 0, 0, 0 };
	gearman_client_st *client;
	gearman_return_t ret;
	char *workload;
	char extra[128];
	long added = 0;
	int ok;

	bench_parse_args(argc, argv, &a, "N gearman_client_add_task() of W bytes, then one run_tasks()");
	tally.w = a.w;
	workload = bench_workload(a.w);
	client = gearman_client_create(NULL);
	if (!client) {
		fprintf(stderr, "client_tasks: gearman_client_create failed\n");
		return 1;
	}
	gearman_client_add_options(client, GEARMAN_CLIENT_FREE_TASKS);
	ret = gearman_client_add_server(client, a.host, a.port);
	if (ret != GEARMAN_SUCCESS) {
		fprintf(stderr, "client_tasks: add_server: %s\n", gearman_client_error(client));
		return 1;
	}
	gearman_client_set_complete_fn(client, on_complete);
	bench_now(&t0);
	for (long i = 0; i < a.n; i++) {
		if (!gearman_client_add_task(client, NULL, &tally, "bench_echo", NULL, workload, (size_t)a.w, &ret)) {
			fprintf(stderr, "client_tasks: add_task %ld: %s\n", i, gearman_client_error(client));
			break;
		}
		added++;
	}
	bench_now(&t1);
	ret = added == a.n ? gearman_client_run_tasks(client) : GEARMAN_SUCCESS;
	bench_now(&t2);
	if (ret != GEARMAN_SUCCESS) {
		fprintf(stderr, "client_tasks: run_tasks: %s (%s)\n", gearman_strerror(ret), gearman_client_error(client));
	}
	ok = added == a.n && ret == GEARMAN_SUCCESS && tally.completed == a.n && tally.bad == 0;
	if (!ok) {
		fprintf(stderr, "client_tasks: added %ld, completed %ld, bad %ld of %ld\n", added, tally.completed,
			tally.bad, a.n);
	}
	snprintf(extra, sizeof(extra), "add_wall=%.6f run_wall=%.6f add_cpu=%.6f completed=%ld", t1.wall - t0.wall,
		 t2.wall - t1.wall, (t1.user + t1.sys) - (t0.user + t0.sys), tally.completed);
	bench_report("client", "tasks", &a, &t0, &t2, ok, extra);
	gearman_client_free(client);
	free(workload);
	return ok ? 0 : 1;
}
