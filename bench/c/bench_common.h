/*
 * Shared helpers for the C baselines of bench/run: argument parsing,
 * clocks and the one result line every bench program prints.
 *
 * Result line (stdout, one line, key=value pairs separated by spaces):
 *   RESULT role=client scenario=do n=2000 w=100 wall=0.123 user=0.01 sys=0.02 ok=1
 * wall/user/sys cover the measured loop only (not process start-up).
 */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <time.h>

struct bench_args {
	const char *host;
	in_port_t port;
	long n;
	long w;
};

struct bench_clock {
	double wall;
	double user;
	double sys;
};

static inline void bench_usage(const char *prog, const char *what)
{
	fprintf(stderr, "usage: %s HOST PORT N W\n  %s\n", prog, what);
	exit(2);
}

static inline long bench_parse_long(const char *s, const char *name, long min)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *s == '\0' || *end != '\0' || v < min) {
		fprintf(stderr, "bad %s: '%s' (want an integer >= %ld)\n", name, s, min);
		exit(2);
	}
	return v;
}

static inline void bench_parse_args(int argc, char **argv, struct bench_args *a, const char *what)
{
	if (argc != 5) {
		bench_usage(argv[0], what);
	}
	a->host = argv[1];
	a->port = (in_port_t)bench_parse_long(argv[2], "PORT", 1);
	a->n = bench_parse_long(argv[3], "N", 0);
	a->w = bench_parse_long(argv[4], "W", 0);
}

static inline void bench_now(struct bench_clock *c)
{
	struct timespec ts;
	struct rusage ru;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	getrusage(RUSAGE_SELF, &ru);
	c->wall = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
	c->user = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6;
	c->sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static inline void bench_report(const char *role, const char *scenario, const struct bench_args *a,
				const struct bench_clock *start, const struct bench_clock *end, int ok,
				const char *extra)
{
	printf("RESULT role=%s scenario=%s n=%ld w=%ld wall=%.6f user=%.6f sys=%.6f ok=%d%s%s\n", role, scenario,
	       a->n, a->w, end->wall - start->wall, end->user - start->user, end->sys - start->sys, ok,
	       extra ? " " : "", extra ? extra : "");
	fflush(stdout);
}

/* A workload of w bytes; the content does not matter to gearmand. */
static inline char *bench_workload(long w)
{
	char *p = malloc(w ? (size_t)w : 1);

	if (!p) {
		perror("malloc");
		exit(1);
	}
	for (long i = 0; i < w; i++) {
		p[i] = (char)('a' + i % 26);
	}
	return p;
}

#endif
