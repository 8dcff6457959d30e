/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* Which address of a server name libgearman is given.
 *
 * The libgearman defect (1.1.20 and 1.1.21, gearman_connection_st::flush()):
 * a connection resolves its host name when it first sends, and tries the
 * addresses in getaddrinfo() order. When one refuses (at connect() or when
 * the non-blocking connect completes), libgearman moves on to the next
 * address through close_socket(), and close_socket() also empties the send
 * buffer, which holds the request being sent. The next address accepts, the
 * now empty buffer is "flushed", and the caller waits for the answer to a
 * request gearmand never got: the exception-option round trip of
 * addServer() blocks (or throws at the timeout), doBackground() and
 * doNormal() time out or wait for ever, a worker's CAN_DO is lost and it
 * never gets a job. This happens at the first connection, and again after
 * every connection attempt that found no server (gearmand down or
 * restarting), because libgearman then resolves the name afresh. A name
 * such as "localhost" that resolves to ::1 first and 127.0.0.1 second, with
 * gearmand listening on 127.0.0.1 only, hits it every time.
 *
 * So a name with several addresses is resolved here, as libgearman would
 * (same hints, same order), its addresses are probed with non-blocking
 * connects, and the first one in that order that accepts decides:
 * - the first address: libgearman connects to it without falling back, so
 *   the name is handed over unchanged (errors name it, as before);
 * - a later one: libgearman gets its numeric form, a single address it has
 *   no way to fall back from, so it can lose nothing, and its reconnects
 *   after a restart go straight there. An earlier address still connecting
 *   when a later one accepted is waited for at most PHP_GEARMAN_PROBE_MS,
 *   so getaddrinfo()'s preference holds when both answer;
 * - none (the server is down when addServer() runs): the numeric form of
 *   the first address, which libgearman would try first too. Calls fail
 *   with GEARMAN_COULD_NOT_CONNECT while it is down rather than losing a
 *   request later, and reach the server when it comes up there; a server
 *   that comes up on another address of the name only is not reached by
 *   this object (a new one probes again).
 * A name with a single address (or a numeric one, or one whose lookup
 * fails, which libgearman reports itself later) is handed over unchanged. */

#include "php_gearman_private.h"
#include "php_network.h"

#ifndef PHP_WIN32
#include <netdb.h>
#endif

/* How long a probe waits for addresses that neither accept nor refuse. */
#define PHP_GEARMAN_PROBE_MS 300
/* Addresses probed; the rest of a longer list are ignored. */
#define PHP_GEARMAN_PROBE_MAX 16

typedef enum { PHP_GEARMAN_PROBE_PENDING, PHP_GEARMAN_PROBE_ACCEPTED, PHP_GEARMAN_PROBE_FAILED } php_gearman_probe;

/* Starts a non-blocking connect to ai: pfd->fd is the socket while pending. */
static php_gearman_probe php_gearman_probe_start(const struct addrinfo *ai, php_pollfd *pfd)
{
	php_socket_t fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);

	pfd->fd = SOCK_ERR;
	pfd->events = POLLOUT;
	pfd->revents = 0;
	if (fd == SOCK_ERR) {
		return PHP_GEARMAN_PROBE_FAILED;
	}
	pfd->fd = fd;
	php_set_sock_blocking(fd, 0);
	if (connect(fd, ai->ai_addr, (socklen_t)ai->ai_addrlen) == 0) {
		return PHP_GEARMAN_PROBE_ACCEPTED;
	}
	int err = php_socket_errno();
	if (err == EINPROGRESS || err == EWOULDBLOCK || err == EINTR) {
		return PHP_GEARMAN_PROBE_PENDING;
	}
	return PHP_GEARMAN_PROBE_FAILED;
}

/* The outcome of a pending connect that poll() reported. */
static php_gearman_probe php_gearman_probe_finish(const php_pollfd *pfd)
{
	int err = 0;
	socklen_t len = sizeof(err);

	if (getsockopt(pfd->fd, SOL_SOCKET, SO_ERROR, (char *)&err, &len) != 0 || err != 0) {
		return PHP_GEARMAN_PROBE_FAILED;
	}
	return (pfd->revents & POLLOUT) ? PHP_GEARMAN_PROBE_ACCEPTED : PHP_GEARMAN_PROBE_FAILED;
}

/* The first address, in order, that accepted, once every earlier one has
 * refused (or, late, is given up on); -1 while undecided, count when none
 * accepted. */
static int php_gearman_probe_choice(const php_gearman_probe *state, int count, bool late)
{
	for (int i = 0; i < count; i++) {
		if (state[i] == PHP_GEARMAN_PROBE_ACCEPTED) {
			return i;
		}
		if (state[i] == PHP_GEARMAN_PROBE_PENDING && !late) {
			return -1;
		}
	}
	return count;
}

/* Probes the addresses of list; returns the index of the one to use, count
 * when none accepted. */
static int php_gearman_probe_addresses(const struct addrinfo *list, int count)
{
	php_pollfd pfds[PHP_GEARMAN_PROBE_MAX];
	php_gearman_probe state[PHP_GEARMAN_PROBE_MAX];
	const struct addrinfo *ai = list;
	uint64_t deadline = php_gearman_now_ns() + (uint64_t)PHP_GEARMAN_PROBE_MS * 1000000;
	int choice;

	for (int i = 0; i < count; i++, ai = ai->ai_next) {
		state[i] = php_gearman_probe_start(ai, &pfds[i]);
	}
	while ((choice = php_gearman_probe_choice(state, count, false)) < 0) {
		uint64_t now = php_gearman_now_ns();
		if (now >= deadline) {
			choice = php_gearman_probe_choice(state, count, true);
			break;
		}
		/* Only pending sockets are polled: poll() skips negative fds. */
		php_pollfd polled[PHP_GEARMAN_PROBE_MAX];
		for (int i = 0; i < count; i++) {
			polled[i] = pfds[i];
			if (state[i] != PHP_GEARMAN_PROBE_PENDING) {
				polled[i].fd = SOCK_ERR;
			}
		}
		int ms = (int)((deadline - now + 999999) / 1000000);
		if (php_poll2(polled, (unsigned int)count, ms) < 0 && php_socket_errno() != EINTR) {
			choice = php_gearman_probe_choice(state, count, true);
			break;
		}
		for (int i = 0; i < count; i++) {
			if (state[i] == PHP_GEARMAN_PROBE_PENDING && polled[i].revents) {
				state[i] = php_gearman_probe_finish(&polled[i]);
			}
		}
	}
	for (int i = 0; i < count; i++) {
		if (pfds[i].fd != SOCK_ERR) {
			/* A reset, not a FIN: no TIME_WAIT socket left behind for
			 * each addServer(), and gearmand just sees a peer leave. */
			struct linger reset = { 1, 0 };
			setsockopt(pfds[i].fd, SOL_SOCKET, SO_LINGER, (char *)&reset, sizeof(reset));
			closesocket(pfds[i].fd);
		}
	}
	return choice;
}

/* Writes the numeric form of the index-th address of list to buf. */
static bool php_gearman_numeric_host(const struct addrinfo *list, int index, char *buf, size_t size)
{
	while (index-- > 0) {
		list = list->ai_next;
	}
	return getnameinfo(list->ai_addr, (socklen_t)list->ai_addrlen, buf, (socklen_t)size, NULL, 0, NI_NUMERICHOST) ==
	       0;
}

const char *php_gearman_resolve_server(const char *host, in_port_t port, char *buf, size_t size)
{
	struct addrinfo hints, *list = NULL;
	char service[sizeof("65535")];
	int count = 0;

	/* libgearman's own defaults for an empty host or port 0. */
	const char *name = host && *host ? host : GEARMAN_DEFAULT_TCP_HOST;
	snprintf(service, sizeof(service), "%u", port ? (unsigned)port : (unsigned)GEARMAN_DEFAULT_TCP_PORT);

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_protocol = IPPROTO_TCP;
	if (getaddrinfo(name, service, &hints, &list) != 0 || !list) {
		return host;
	}
	for (const struct addrinfo *ai = list; ai && count < PHP_GEARMAN_PROBE_MAX; ai = ai->ai_next) {
		count++;
	}
	const char *given = host;
	if (count > 1) {
		int choice = php_gearman_probe_addresses(list, count);
		if (choice != 0 && php_gearman_numeric_host(list, choice == count ? 0 : choice, buf, size)) {
			given = buf;
		}
	}
	freeaddrinfo(list);
	return given;
}
