/*
 * C baseline client: N sequential gearman_client_do() calls of "bench_echo"
 * with a W-byte workload, each result checked. Mirrors bench/php/client_do.php
 * (GearmanClient::doNormal()).
 */
#define _GNU_SOURCE /* clock_gettime() under -std=c11 too */

#include <libgearman/gearman.h>

#include "bench_common.h"

int main(int argc, char **argv)
{
	struct bench_args a;
	struct bench_clock t0, t1;
	gearman_client_st *client;
	gearman_return_t ret;
	char *workload;
	long done = 0;

	bench_parse_args(argc, argv, &a, "N sequential gearman_client_do() of W bytes");
	workload = bench_workload(a.w);
	client = gearman_client_create(NULL);
	if (!client) {
		fprintf(stderr, "client_do: gearman_client_create failed\n");
		return 1;
	}
	ret = gearman_client_add_server(client, a.host, a.port);
	if (ret != GEARMAN_SUCCESS) {
		fprintf(stderr, "client_do: add_server: %s\n", gearman_client_error(client));
		return 1;
	}
	bench_now(&t0);
	for (long i = 0; i < a.n; i++) {
		size_t size = 0;
		void *result = gearman_client_do(client, "bench_echo", NULL, workload, (size_t)a.w, &size, &ret);

		if (ret != GEARMAN_SUCCESS) {
			fprintf(stderr, "client_do: job %ld: %s\n", i, gearman_client_error(client));
			free(result);
			break;
		}
		if (size != (size_t)a.w || (size && memcmp(result, workload, size) != 0)) {
			fprintf(stderr, "client_do: job %ld: wrong result (%zu bytes)\n", i, size);
			free(result);
			break;
		}
		free(result);
		done++;
	}
	bench_now(&t1);
	bench_report("client", "do", &a, &t0, &t1, done == a.n, NULL);
	gearman_client_free(client);
	free(workload);
	return done == a.n ? 0 : 1;
}
