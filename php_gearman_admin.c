/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* GearmanAdmin: gearmand's text administration protocol ("status",
 * "workers", "show jobs", ...) on the server's normal port. libgearman has
 * no admin API, so this speaks the protocol over its own socket. The socket
 * is non-blocking and every wait goes through poll() with what is left of
 * the call's deadline: a server that stops answering, half-answers or keeps
 * a dead connection open makes a call throw, never hang. */

#include "php_gearman_private.h"
#include "php_network.h"
#include "zend_smart_str.h"

#ifndef PHP_WIN32
#include <arpa/inet.h>
#include <netdb.h>
#endif
#ifdef HAVE_GEARMAN_TLS
#include <openssl/err.h>
#include <openssl/x509v3.h>
#endif

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

#define PHP_GEARMAN_ADMIN_DEFAULT_TIMEOUT 5000
/* A reply past this is refused rather than grown into memory_limit: 3,000
 * functions make a 162 KB "status". */
#define PHP_GEARMAN_ADMIN_MAX_REPLY (64 * 1024 * 1024)
/* The server reads a line into an 8,192-byte buffer and drops the
 * connection, without a reply, on a longer one. */
#define PHP_GEARMAN_ADMIN_MAX_LINE 8000

/* The binary ECHO_REQ packet ping() sends, and the ECHO_RES it expects. */
#define PHP_GEARMAN_ADMIN_ECHO_REQ  16
#define PHP_GEARMAN_ADMIN_ECHO_RES  17
#define PHP_GEARMAN_ADMIN_ERROR     19
#define PHP_GEARMAN_ADMIN_PING_DATA "GearmanAdmin::ping"

typedef struct {
	zend_string *host;
	uint16_t port;
	zend_long timeout; /* milliseconds, a deadline for each whole call */
	php_socket_t fd;   /* -1 while not connected */
	/* What the server sent; the last reply is buf[0..reply_len). Bytes
	 * past it arrived unasked: the connection is out of step. */
	char *buf;
	size_t len;
	size_t size;
	size_t reply_len;
#ifdef HAVE_GEARMAN_TLS
	SSL_CTX *tls; /* setSSL(): the server's certificate is verified; NULL when off */
	SSL *ssl;     /* the TLS session over fd while connected with TLS */
#endif
	zend_object std;
} php_gearman_admin;

static zend_object_handlers php_gearman_admin_handlers;

static inline php_gearman_admin *php_gearman_admin_from_obj(zend_object *obj)
{
	return (php_gearman_admin *)((char *)obj - offsetof(php_gearman_admin, std));
}
#define Z_GEARMAN_ADMIN_P(zv) php_gearman_admin_from_obj(Z_OBJ_P(zv))

/* What a command expects back. */
typedef enum {
	PHP_GEARMAN_ADMIN_LINE, /* "OK ...", "ERR ..." */
	PHP_GEARMAN_ADMIN_LIST, /* rows, then ".", or a single "ERR ..." line */
	PHP_GEARMAN_ADMIN_ECHO  /* a binary packet */
} php_gearman_admin_reply;

static void php_gearman_admin_disconnect(php_gearman_admin *obj)
{
#ifdef HAVE_GEARMAN_TLS
	if (obj->ssl) {
		/* No close_notify: a non-blocking shutdown could not wait for it,
		 * and the server reads the closed socket as the end anyway. */
		SSL_free(obj->ssl);
		obj->ssl = NULL;
	}
#endif
	if (obj->fd != -1) {
		closesocket(obj->fd);
		obj->fd = -1;
	}
	obj->len = 0;
	obj->reply_len = 0;
}

static void php_gearman_admin_set_server(php_gearman_admin *obj, zend_string *host, uint16_t port, zend_long timeout)
{
	php_gearman_admin_disconnect(obj);
	if (obj->host) {
		zend_string_release(obj->host);
	}
	obj->host = host;
	obj->port = port;
	obj->timeout = timeout;
}

static zend_object *php_gearman_admin_create(zend_class_entry *ce)
{
	php_gearman_admin *obj = zend_object_alloc(sizeof(php_gearman_admin), ce);

	memset(obj, 0, offsetof(php_gearman_admin, std));
	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = &php_gearman_admin_handlers;
	obj->fd = -1;
	/* The constructor's defaults, for an object made without it. */
	php_gearman_admin_set_server(obj, zend_string_init("localhost", sizeof("localhost") - 1, 0),
				     GEARMAN_DEFAULT_TCP_PORT, PHP_GEARMAN_ADMIN_DEFAULT_TIMEOUT);
	return &obj->std;
}

static void php_gearman_admin_free(zend_object *object)
{
	php_gearman_admin *obj = php_gearman_admin_from_obj(object);

	php_gearman_admin_disconnect(obj);
	zend_string_release(obj->host);
	if (obj->buf) {
		efree(obj->buf);
	}
#ifdef HAVE_GEARMAN_TLS
	SSL_CTX_free(obj->tls);
#endif
	zend_object_std_dtor(&obj->std);
}

/* The copy talks to the same server over a connection of its own, opened
 * by its first call. */
static zend_object *php_gearman_admin_clone(zend_object *old_object)
{
	php_gearman_admin *old = php_gearman_admin_from_obj(old_object);
	zend_object *new_object = php_gearman_admin_create(old_object->ce);
	php_gearman_admin *obj = php_gearman_admin_from_obj(new_object);

	php_gearman_admin_set_server(obj, zend_string_copy(old->host), old->port, old->timeout);
#ifdef HAVE_GEARMAN_TLS
	if (old->tls && SSL_CTX_up_ref(old->tls)) {
		obj->tls = old->tls;
	}
#endif
	zend_objects_clone_members(new_object, old_object);
	return new_object;
}

void php_gearman_admin_minit(zend_class_entry *ce)
{
	ce->create_object = php_gearman_admin_create;
	memcpy(&php_gearman_admin_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_gearman_admin_handlers.offset = offsetof(php_gearman_admin, std);
	php_gearman_admin_handlers.free_obj = php_gearman_admin_free;
	php_gearman_admin_handlers.clone_obj = php_gearman_admin_clone;
}

/* Throws a GearmanException naming the server and the command. Any failure
 * but an ERR line leaves the connection in an unknown state: it is closed,
 * and the next call opens a new one. */
static void php_gearman_admin_throw(php_gearman_admin *obj, gearman_return_t code, const char *command,
				    const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 4, 5);

static void php_gearman_admin_throw(php_gearman_admin *obj, gearman_return_t code, const char *command,
				    const char *format, ...)
{
	va_list args;
	char *cause;

	va_start(args, format);
	zend_vspprintf(&cause, 0, format, args);
	va_end(args);
	if (code != GEARMAN_SERVER_ERROR) {
		php_gearman_admin_disconnect(obj);
	}
	/* A name may be 8,000 bytes long: the message shows its start. */
	size_t len = strlen(command);
	zend_throw_exception_ex(php_gearman_exception_ce, code, "GearmanAdmin: %s:%u, \"%.*s%s\": %s",
				ZSTR_VAL(obj->host), (unsigned)obj->port, (int)MIN(len, 100), command,
				len > 100 ? "..." : "", cause);
	efree(cause);
}

static uint64_t php_gearman_admin_now(void)
{
	return (uint64_t)(php_gearman_now_ns() / 1000000);
}

/* Waits until fd is ready for events or the deadline passes: > 0 ready,
 * 0 deadline passed, < 0 error. */
static int php_gearman_admin_wait(php_socket_t fd, int events, uint64_t deadline)
{
	while (true) {
		uint64_t now = php_gearman_admin_now();
		int n = php_pollfd_for_ms(fd, events, now >= deadline ? 0 : (int)MIN(deadline - now, INT_MAX));

		if (n < 0 && php_socket_errno() == EINTR) {
			continue;
		}
		return n;
	}
}

static bool php_gearman_admin_connect(php_gearman_admin *obj, const char *command, uint64_t deadline)
{
	struct addrinfo hints, *list, *ai;
	char port[8], msg[256];
	int err = 0;
	bool timed_out = false;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	snprintf(port, sizeof(port), "%u", (unsigned)obj->port);
	/* Name resolution is the one wait that the deadline does not bound. */
	int rc = getaddrinfo(ZSTR_VAL(obj->host), port, &hints, &list);
	if (rc != 0) {
		php_gearman_admin_throw(obj, GEARMAN_COULD_NOT_CONNECT, command, "cannot resolve the host: %s",
					gai_strerror(rc));
		return false;
	}
	for (ai = list; ai && !timed_out; ai = ai->ai_next) {
		php_socket_t fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);

		if (fd == SOCK_ERR) {
			err = php_socket_errno();
			continue;
		}
		php_set_sock_blocking(fd, 0);
#ifdef SO_NOSIGPIPE
		/* Where send() has no MSG_NOSIGNAL: a closed peer must not kill PHP. */
		int one = 1;
		setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, (char *)&one, sizeof(one));
#endif
		if (connect(fd, ai->ai_addr, (socklen_t)ai->ai_addrlen) != 0) {
			err = php_socket_errno();
			if (err == EINPROGRESS || err == EWOULDBLOCK) {
				int n = php_gearman_admin_wait(fd, POLLOUT, deadline);
				socklen_t size = sizeof(err);

				if (n == 0) {
					timed_out = true;
				} else if (n < 0) {
					err = php_socket_errno();
				} else if (getsockopt(fd, SOL_SOCKET, SO_ERROR, (char *)&err, &size) != 0) {
					err = php_socket_errno();
				}
			}
			if (err || timed_out) {
				closesocket(fd);
				continue;
			}
		}
		obj->fd = fd;
		break;
	}
	freeaddrinfo(list);
	if (obj->fd != -1) {
		return true;
	}
	if (timed_out) {
		php_gearman_admin_throw(obj, GEARMAN_TIMEOUT, command, "could not connect within %ld ms",
					(long)obj->timeout);
	} else {
		php_gearman_admin_throw(obj, GEARMAN_COULD_NOT_CONNECT, command, "could not connect: %s",
					php_socket_strerror(err, msg, sizeof(msg)));
	}
	return false;
}

/* send() or recv() on the connection, through TLS when it has it: bytes
 * moved, 0 when the server closed it, -1 with errno set otherwise (EAGAIN
 * with *events what to wait for: TLS may need to read to write, or the
 * reverse). */
static ssize_t php_gearman_admin_io(php_gearman_admin *obj, bool writing, void *data, size_t len, int *events)
{
	*events = writing ? POLLOUT : POLLIN;
#ifdef HAVE_GEARMAN_TLS
	if (obj->ssl) {
		int n = writing ? SSL_write(obj->ssl, data, (int)MIN(len, INT_MAX))
				: SSL_read(obj->ssl, data, (int)MIN(len, INT_MAX));

		if (n > 0) {
			return n;
		}
		switch (SSL_get_error(obj->ssl, n)) {
		case SSL_ERROR_WANT_READ:
			*events = POLLIN;
			errno = EAGAIN;
			return -1;
		case SSL_ERROR_WANT_WRITE:
			*events = POLLOUT;
			errno = EAGAIN;
			return -1;
		case SSL_ERROR_ZERO_RETURN:
			return 0;
		case SSL_ERROR_SYSCALL:
			/* errno says what; an end without close_notify is a close. */
			return errno ? -1 : 0;
		default:
			ERR_clear_error();
			errno = EPROTO;
			return -1;
		}
	}
#endif
	return writing ? send(obj->fd, data, len, MSG_NOSIGNAL) : recv(obj->fd, data, len, 0);
}

/* After a send() or recv() that moved nothing (n <= 0): > 0 to try again
 * (interrupted, or the socket is ready now), 0 when the deadline passed,
 * < 0 otherwise, with the socket error in *err. */
static int php_gearman_admin_retry(php_gearman_admin *obj, ssize_t n, int events, uint64_t deadline, int *err)
{
	*err = php_socket_errno();
	if (n < 0 && *err == EINTR) {
		return 1;
	}
	if (n < 0 && (*err == EAGAIN || *err == EWOULDBLOCK)) {
		int ready = php_gearman_admin_wait(obj->fd, events, deadline);
		if (ready >= 0) {
			return ready;
		}
		*err = php_socket_errno();
	}
	return -1;
}

static bool php_gearman_admin_send(php_gearman_admin *obj, const char *command, const char *data, size_t len,
				   uint64_t deadline)
{
	char msg[256];

	while (len > 0) {
		int events;
		ssize_t n = php_gearman_admin_io(obj, true, (void *)data, len, &events);

		if (n > 0) {
			data += n;
			len -= (size_t)n;
			continue;
		}
		int err, retry = php_gearman_admin_retry(obj, n, events, deadline, &err);
		if (retry > 0) {
			continue;
		}
		if (retry == 0) {
			php_gearman_admin_throw(obj, GEARMAN_TIMEOUT, command,
						"could not send the command within %ld ms", (long)obj->timeout);
		} else {
			php_gearman_admin_throw(obj, GEARMAN_LOST_CONNECTION, command, "could not send the command: %s",
						php_socket_strerror(err, msg, sizeof(msg)));
		}
		return false;
	}
	return true;
}

/* Whether buf[0..len) holds a whole reply of the given kind; *scan keeps
 * where the search for the next line stopped, so a reply that trickles in
 * is not scanned again from its start at each read. */
static bool php_gearman_admin_complete(php_gearman_admin *obj, php_gearman_admin_reply kind, size_t *scan)
{
	if (kind == PHP_GEARMAN_ADMIN_ECHO) {
		uint32_t size;

		if (obj->len > 0 && obj->buf[0] != '\0') {
			/* Not a binary packet: the first line says what it is. */
			char *nl = memchr(obj->buf, '\n', obj->len);
			if (nl) {
				obj->reply_len = (size_t)(nl - obj->buf) + 1;
			}
			return nl != NULL;
		}
		if (obj->len < 12) {
			return false;
		}
		memcpy(&size, obj->buf + 8, 4);
		size = ntohl(size);
		if (obj->len - 12 < size) {
			return false;
		}
		obj->reply_len = 12 + (size_t)size;
		return true;
	}
	while (*scan < obj->len) {
		char *start = obj->buf + *scan;
		char *nl = memchr(start, '\n', obj->len - *scan);
		size_t line;

		if (!nl) {
			return false;
		}
		line = (size_t)(nl - start);
		*scan += line + 1;
		/* An ERR line ends any reply; as the first line of a list it
		 * cannot be a row, which gearmand ends with a bare "\n". */
		if (kind == PHP_GEARMAN_ADMIN_LINE ||
		    (start == obj->buf && line >= 5 && !memcmp(start, "ERR ", 4) && start[line - 1] == '\r')) {
			obj->reply_len = *scan;
			return true;
		}
		if ((line == 1 || (line == 2 && start[1] == '\r')) && start[0] == '.') {
			obj->reply_len = *scan;
			return true;
		}
	}
	return false;
}

static bool php_gearman_admin_receive(php_gearman_admin *obj, const char *command, php_gearman_admin_reply kind,
				      uint64_t deadline)
{
	size_t scan = 0;
	char msg[256];

	while (!php_gearman_admin_complete(obj, kind, &scan)) {
		if (obj->size - obj->len < 4096) {
			if (obj->size >= PHP_GEARMAN_ADMIN_MAX_REPLY) {
				php_gearman_admin_throw(obj, GEARMAN_UNEXPECTED_PACKET, command,
							"the reply is larger than %d bytes",
							PHP_GEARMAN_ADMIN_MAX_REPLY);
				return false;
			}
			obj->size = obj->size ? obj->size * 2 : 16384;
			obj->buf = erealloc(obj->buf, obj->size);
		}
		int events;
		ssize_t n = php_gearman_admin_io(obj, false, obj->buf + obj->len, obj->size - obj->len, &events);
		if (n > 0) {
			obj->len += (size_t)n;
			continue;
		}
		int err, retry = php_gearman_admin_retry(obj, n, events, deadline, &err);
		if (retry > 0) {
			continue;
		}
		if (retry == 0) {
			php_gearman_admin_throw(obj, GEARMAN_TIMEOUT, command,
						obj->len ? "no complete reply within %ld ms" : "no reply within %ld ms",
						(long)obj->timeout);
		} else if (n == 0) {
			php_gearman_admin_throw(obj, GEARMAN_LOST_CONNECTION, command,
						obj->len ? "the server closed the connection in the middle of the reply"
							 : "the server closed the connection without a reply");
		} else {
			php_gearman_admin_throw(obj, GEARMAN_LOST_CONNECTION, command, "connection lost: %s",
						php_socket_strerror(err, msg, sizeof(msg)));
		}
		return false;
	}
	return true;
}

#ifdef HAVE_GEARMAN_TLS
/* TLS over the new connection, with the server's certificate verified
 * against the CA and the host the object was given (a name, or an address
 * in the certificate's IP entries): what libgearman does not do. */
static bool php_gearman_admin_handshake(php_gearman_admin *obj, const char *command, uint64_t deadline)
{
	const char *host = ZSTR_VAL(obj->host);
	unsigned char addr[16];
	bool is_ip = inet_pton(AF_INET, host, addr) == 1 || inet_pton(AF_INET6, host, addr) == 1;

	obj->ssl = SSL_new(obj->tls);
	if (!obj->ssl || SSL_set_fd(obj->ssl, (int)obj->fd) != 1 ||
	    (is_ip ? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(obj->ssl), host) != 1
		   : (SSL_set1_host(obj->ssl, host) != 1 || SSL_set_tlsext_host_name(obj->ssl, host) != 1))) {
		ERR_clear_error();
		php_gearman_admin_throw(obj, GEARMAN_MEMORY_ALLOCATION_FAILURE, command, "could not set up TLS");
		return false;
	}
	while (true) {
		int n = SSL_connect(obj->ssl), ready;

		if (n == 1) {
			return true;
		}
		switch (SSL_get_error(obj->ssl, n)) {
		case SSL_ERROR_WANT_READ:
			ready = php_gearman_admin_wait(obj->fd, POLLIN, deadline);
			break;
		case SSL_ERROR_WANT_WRITE:
			ready = php_gearman_admin_wait(obj->fd, POLLOUT, deadline);
			break;
		default: {
			long verify = SSL_get_verify_result(obj->ssl);
			unsigned long err = ERR_peek_last_error();
			const char *reason = err ? ERR_reason_error_string(err) : NULL;

			ERR_clear_error();
			if (verify != X509_V_OK) {
				php_gearman_admin_throw(obj, GEARMAN_COULD_NOT_CONNECT, command,
							"the server's TLS certificate was refused: %s",
							X509_verify_cert_error_string(verify));
			} else {
				php_gearman_admin_throw(obj, GEARMAN_COULD_NOT_CONNECT, command,
							"the TLS handshake failed: %s",
							reason ? reason : "the server closed the connection");
			}
			return false;
		}
		}
		if (ready <= 0) {
			php_gearman_admin_throw(obj, GEARMAN_TIMEOUT, command,
						"no TLS handshake within %ld ms", (long)obj->timeout);
			return false;
		}
	}
}
#endif

/* Sends one request and reads its reply into buf[0..reply_len), all within
 * the object's timeout. */
static bool php_gearman_admin_request(php_gearman_admin *obj, const char *command, const char *data, size_t len,
				      php_gearman_admin_reply kind, uint64_t *sent)
{
	uint64_t deadline = php_gearman_admin_now() + (uint64_t)obj->timeout;

	if (obj->fd != -1) {
		/* Nothing may arrive between replies: bytes left over, or a socket
		 * that is readable now, mean stray data or a connection the server
		 * closed (a restart). Nothing has been sent yet, so a fresh
		 * connection is safe. */
		if (obj->len > obj->reply_len || php_pollfd_for_ms(obj->fd, POLLIN, 0) != 0) {
			php_gearman_admin_disconnect(obj);
		}
	}
	obj->len = 0;
	obj->reply_len = 0;
	if (obj->fd == -1 && !php_gearman_admin_connect(obj, command, deadline)) {
		return false;
	}
#ifdef HAVE_GEARMAN_TLS
	if (obj->tls && !obj->ssl && !php_gearman_admin_handshake(obj, command, deadline)) {
		return false;
	}
#endif
	if (sent) {
		*sent = php_gearman_now_ns();
	}
	return php_gearman_admin_send(obj, command, data, len, deadline) &&
	       php_gearman_admin_receive(obj, command, kind, deadline);
}

/* Sends a text command (given without its line end) and reads the reply. */
static bool php_gearman_admin_command(php_gearman_admin *obj, const char *command, size_t len,
				      php_gearman_admin_reply kind)
{
	/* CRLF: on a bare LF, gearmand 1.1.20 cuts "create function"'s name. */
	char *line = emalloc(len + 2);
	bool ok;

	memcpy(line, command, len);
	memcpy(line + len, "\r\n", 2);
	ok = php_gearman_admin_request(obj, command, line, len + 2, kind, NULL);
	efree(line);
	return ok;
}

/* Iterates over the reply's lines, without their "\n" (and, with strip_cr,
 * without a "\r" before it). */
typedef struct {
	const char *pos;
	const char *end;
} php_gearman_admin_lines;

static bool php_gearman_admin_next_line(php_gearman_admin_lines *it, const char **line, size_t *len, bool strip_cr)
{
	const char *nl;

	/* An empty line past the end, for callers that read one line unchecked. */
	*line = it->pos;
	*len = 0;
	if (it->pos >= it->end) {
		return false;
	}
	nl = memchr(it->pos, '\n', (size_t)(it->end - it->pos));
	*line = it->pos;
	*len = (size_t)(nl - it->pos);
	it->pos = nl + 1;
	if (strip_cr && *len > 0 && (*line)[*len - 1] == '\r') {
		(*len)--;
	}
	return true;
}

static php_gearman_admin_lines php_gearman_admin_reply_lines(php_gearman_admin *obj)
{
	php_gearman_admin_lines it = { obj->buf, obj->buf + obj->reply_len };
	return it;
}

static bool php_gearman_admin_is_err(const char *line, size_t len)
{
	return len >= 3 && !memcmp(line, "ERR", 3) && (len == 3 || line[3] == ' ');
}

/* For the first line of a reply that is an ERR the method does not expect. */
static void php_gearman_admin_throw_err(php_gearman_admin *obj, const char *command, const char *line, size_t len)
{
	php_gearman_admin_throw(obj, GEARMAN_SERVER_ERROR, command, "the server answered %.*s", (int)MIN(len, 1024),
				line);
}

/* Whether a list reply is an ERR line instead (complete() stops at one). */
static bool php_gearman_admin_list_failed(php_gearman_admin *obj, const char *command)
{
	size_t len = obj->reply_len;

	if (len < 6 || memcmp(obj->buf, "ERR ", 4) || obj->buf[len - 2] != '\r' ||
	    memchr(obj->buf, '\n', len) != obj->buf + len - 1) {
		return false;
	}
	php_gearman_admin_throw_err(obj, command, obj->buf, len - 2);
	return true;
}

/* Sends a command whose answer is a list ending in "." and reads it; false
 * when that threw, an ERR answer included. */
static bool php_gearman_admin_list(php_gearman_admin *obj, const char *command)
{
	return php_gearman_admin_command(obj, command, strlen(command), PHP_GEARMAN_ADMIN_LIST) &&
	       !php_gearman_admin_list_failed(obj, command);
}

static void php_gearman_admin_throw_unexpected(php_gearman_admin *obj, const char *command, const char *line,
					       size_t len)
{
	php_gearman_admin_throw(obj, GEARMAN_UNEXPECTED_PACKET, command, "unexpected reply line \"%.*s\"",
				(int)MIN(len, 200), line);
}

/* A count as gearmand prints it: decimal digits only. */
static bool php_gearman_admin_number(const char *s, size_t len, zend_long *value)
{
	zend_long n = 0;

	if (len == 0 || len > 18) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
		n = n * 10 + (s[i] - '0');
	}
	*value = n;
	return true;
}

/* Splits "name\tn1\t...\tnK" from the right, so that the name keeps any
 * tab of its own, and parses the K numbers. */
static bool php_gearman_admin_split_counts(const char *line, size_t len, size_t *name_len, zend_long *counts, int k)
{
	size_t end = len;

	for (int i = k - 1; i >= 0; i--) {
		size_t tab = end;
		while (tab > 0 && line[tab - 1] != '\t') {
			tab--;
		}
		if (tab == 0 || !php_gearman_admin_number(line + tab, end - tab, &counts[i])) {
			return false;
		}
		end = tab - 1;
	}
	*name_len = end;
	return true;
}

/* Reads a list reply of "name\tcounts..." rows into name => [key => count]. */
static void php_gearman_admin_counts(INTERNAL_FUNCTION_PARAMETERS, const char *command, const char *const *keys, int k,
				     bool with_queued)
{
	php_gearman_admin *obj = Z_GEARMAN_ADMIN_P(ZEND_THIS);
	php_gearman_admin_lines it;
	const char *line;
	size_t len;
	zend_long counts[4];

	ZEND_PARSE_PARAMETERS_NONE();
	if (!php_gearman_admin_list(obj, command)) {
		RETURN_THROWS();
	}
	array_init(return_value);
	it = php_gearman_admin_reply_lines(obj);
	while (php_gearman_admin_next_line(&it, &line, &len, true)) {
		size_t name_len;
		zval row;

		if (it.pos == it.end) {
			break; /* the "." line */
		}
		if (!php_gearman_admin_split_counts(line, len, &name_len, counts, k)) {
			php_gearman_admin_throw_unexpected(obj, command, line, len);
			RETURN_THROWS();
		}
		array_init_size(&row, k + 1);
		for (int i = 0; i < k; i++) {
			add_assoc_long(&row, keys[i], counts[i]);
			if (with_queued && i == 1) {
				/* total counts the running jobs too */
				add_assoc_long(&row, "queued", counts[0] > counts[1] ? counts[0] - counts[1] : 0);
			}
		}
		zend_symtable_str_update(Z_ARRVAL_P(return_value), line, name_len, &row);
	}
}

ZEND_METHOD(GearmanAdmin, __construct)
{
	php_gearman_admin *obj = Z_GEARMAN_ADMIN_P(ZEND_THIS);
	zend_string *host = NULL;
	zend_long port = GEARMAN_DEFAULT_TCP_PORT;
	zend_long timeout = PHP_GEARMAN_ADMIN_DEFAULT_TIMEOUT;

	ZEND_PARSE_PARAMETERS_START(0, 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(host)
		Z_PARAM_LONG(port)
		Z_PARAM_LONG(timeout)
	ZEND_PARSE_PARAMETERS_END();

	if (host && (ZSTR_LEN(host) == 0 || memchr(ZSTR_VAL(host), '\0', ZSTR_LEN(host)))) {
		zend_argument_value_error(1, "must be a non-empty host name or address without null bytes");
		RETURN_THROWS();
	}
	/* 0 is the default port, as for addServer(). */
	if (port < 0 || port > 65535) {
		zend_argument_value_error(2, "must be between 0 and 65535");
		RETURN_THROWS();
	}
	if (timeout < 1 || timeout > INT_MAX) {
		zend_argument_value_error(3, "must be between 1 and %d (milliseconds)", INT_MAX);
		RETURN_THROWS();
	}
	php_gearman_admin_set_server(obj, host ? zend_string_copy(host) : zend_string_init("localhost", 9, 0),
				     port ? (uint16_t)port : GEARMAN_DEFAULT_TCP_PORT, timeout);
}

ZEND_METHOD(GearmanAdmin, setTimeout)
{
	zend_long timeout;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(timeout)
	ZEND_PARSE_PARAMETERS_END();

	if (timeout < 1 || timeout > INT_MAX) {
		zend_argument_value_error(1, "must be between 1 and %d (milliseconds)", INT_MAX);
		RETURN_THROWS();
	}
	Z_GEARMAN_ADMIN_P(ZEND_THIS)->timeout = timeout;
	RETURN_TRUE;
}

ZEND_METHOD(GearmanAdmin, timeout)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_GEARMAN_ADMIN_P(ZEND_THIS)->timeout);
}

/* TLS for the calls that follow (the connection open now is closed). */
ZEND_METHOD(GearmanAdmin, setSSL)
{
#ifdef HAVE_GEARMAN_TLS
	php_gearman_admin *obj = Z_GEARMAN_ADMIN_P(ZEND_THIS);
	SSL_CTX *ctx;

	if (!php_gearman_tls_admin_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &ctx)) {
		RETURN_THROWS();
	}
	php_gearman_admin_disconnect(obj);
	SSL_CTX_free(obj->tls);
	obj->tls = ctx;
	RETURN_TRUE;
#else
	bool ssl;
	zend_string *files[PHP_GEARMAN_TLS_FILES];
	zval *zobj;

	if (!php_gearman_tls_parse(INTERNAL_FUNCTION_PARAM_PASSTHRU, NULL, &zobj, &ssl, files)) {
		RETURN_THROWS();
	}
	if (ssl) {
		zend_throw_exception(php_gearman_exception_ce,
				     "GearmanAdmin::setSSL(): this build has no TLS (the extension takes OpenSSL only "
				     "with a libgearman built with TLS); nothing was changed",
				     GEARMAN_INVALID_ARGUMENT);
		RETURN_THROWS();
	}
	RETURN_TRUE;
#endif
}

ZEND_METHOD(GearmanAdmin, status)
{
	static const char *const keys[] = { "total", "running", "workers" };
	php_gearman_admin_counts(INTERNAL_FUNCTION_PARAM_PASSTHRU, "status", keys, 3, true);
}

ZEND_METHOD(GearmanAdmin, priorityStatus)
{
	static const char *const keys[] = { "high", "normal", "low", "workers" };
	php_gearman_admin_counts(INTERNAL_FUNCTION_PARAM_PASSTHRU, "prioritystatus", keys, 4, false);
}

/* "FD IP ID : f1 f2 ...": the id may hold spaces and colons, so the id ends
 * at the last " : " (or at a final " :", for a connection without
 * functions); "-" is no id. An id that itself holds " : " followed by
 * functions cannot be told apart: the protocol has no quoting. */
static bool php_gearman_admin_worker_row(const char *line, size_t len, zval *row)
{
	const char *end = line + len, *sp1, *sp2, *sep = NULL, *p;
	zend_long fd;
	zval functions;

	sp1 = memchr(line, ' ', len);
	if (!sp1 || !php_gearman_admin_number(line, (size_t)(sp1 - line), &fd)) {
		return false;
	}
	sp2 = memchr(sp1 + 1, ' ', (size_t)(end - sp1 - 1));
	if (!sp2 || sp2 == sp1 + 1) {
		return false;
	}
	if (end - sp2 >= 2 && end[-1] == ':' && end[-2] == ' ') {
		sep = end - 2;
	} else {
		for (p = end - 3; p >= sp2; p--) {
			if (p[0] == ' ' && p[1] == ':' && p[2] == ' ') {
				sep = p;
				break;
			}
		}
	}
	/* sep == sp2 is an empty id; otherwise one space before the id */
	if (!sep) {
		return false;
	}
	array_init_size(row, 4);
	add_assoc_long(row, "fd", fd);
	add_assoc_stringl(row, "ip", sp1 + 1, (size_t)(sp2 - sp1 - 1));
	if (sep == sp2) {
		add_assoc_stringl(row, "id", "", 0);
	} else if (sep - sp2 == 2 && sp2[1] == '-') {
		add_assoc_null(row, "id");
	} else {
		add_assoc_stringl(row, "id", sp2 + 1, (size_t)(sep - sp2 - 1));
	}
	array_init(&functions);
	for (p = sep + 2; p < end;) {
		const char *word = p;
		while (p < end && *p != ' ') {
			p++;
		}
		if (p > word) {
			add_next_index_stringl(&functions, word, (size_t)(p - word));
		}
		p++;
	}
	add_assoc_zval(row, "functions", &functions);
	return true;
}

/* "handle\tretries\tignore_job\tjob_queued" */
static bool php_gearman_admin_job_row(const char *line, size_t len, zval *row)
{
	zend_long counts[3];
	size_t handle_len;

	if (!php_gearman_admin_split_counts(line, len, &handle_len, counts, 3) || handle_len == 0 ||
	    memchr(line, '\t', handle_len)) {
		return false;
	}
	array_init_size(row, 4);
	add_assoc_stringl(row, "handle", line, handle_len);
	add_assoc_long(row, "retries", counts[0]);
	add_assoc_bool(row, "cancelled", counts[1] != 0);
	add_assoc_bool(row, "background", counts[2] != 0);
	return true;
}

/* A list reply, one array (or string, without a parse) per row. */
static void php_gearman_admin_rows(INTERNAL_FUNCTION_PARAMETERS, const char *command,
				   bool (*parse)(const char *line, size_t len, zval *row))
{
	php_gearman_admin *obj = Z_GEARMAN_ADMIN_P(ZEND_THIS);
	php_gearman_admin_lines it;
	const char *line;
	size_t len;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!php_gearman_admin_list(obj, command)) {
		RETURN_THROWS();
	}
	array_init(return_value);
	it = php_gearman_admin_reply_lines(obj);
	/* Unique keys are any bytes: only they keep a "\r" of their own. */
	while (php_gearman_admin_next_line(&it, &line, &len, parse != NULL)) {
		zval row;

		if (it.pos == it.end) {
			break; /* the "." line */
		}
		if (!parse) {
			add_next_index_stringl(return_value, line, len);
		} else if (parse(line, len, &row)) {
			add_next_index_zval(return_value, &row);
		} else {
			php_gearman_admin_throw_unexpected(obj, command, line, len);
			RETURN_THROWS();
		}
	}
}

ZEND_METHOD(GearmanAdmin, workers)
{
	php_gearman_admin_rows(INTERNAL_FUNCTION_PARAM_PASSTHRU, "workers", php_gearman_admin_worker_row);
}

ZEND_METHOD(GearmanAdmin, jobs)
{
	php_gearman_admin_rows(INTERNAL_FUNCTION_PARAM_PASSTHRU, "show jobs", php_gearman_admin_job_row);
}

/* A unique key "." would end the list early: the protocol has no quoting. */
ZEND_METHOD(GearmanAdmin, uniqueJobs)
{
	php_gearman_admin_rows(INTERNAL_FUNCTION_PARAM_PASSTHRU, "show unique jobs", NULL);
}

/* gearmand splits a command on spaces and reads it up to "\n": a name with
 * a separator, or a NUL the server would stop at, would become another
 * command. */
static bool php_gearman_admin_check_name(zend_string *name, uint32_t arg_num)
{
	if (ZSTR_LEN(name) == 0) {
		zend_argument_value_error(arg_num, "must not be empty");
		return false;
	}
	if (strpbrk(ZSTR_VAL(name), " \t\r\n") || memchr(ZSTR_VAL(name), '\0', ZSTR_LEN(name))) {
		zend_argument_value_error(arg_num, "must not contain spaces, tabs, line breaks or null bytes");
		return false;
	}
	if (ZSTR_LEN(name) > PHP_GEARMAN_ADMIN_MAX_LINE) {
		zend_argument_value_error(arg_num, "must not be longer than %d bytes", PHP_GEARMAN_ADMIN_MAX_LINE);
		return false;
	}
	return true;
}

/* Runs "prefix name [numbers]", answered by one line: true for OK, false
 * for an ERR line that starts with one of the texts in falsy, an exception
 * for any other. */
static void php_gearman_admin_change(INTERNAL_FUNCTION_PARAMETERS, const char *prefix, zend_string *name,
				     const zend_long *numbers, int count, const char *const *falsy)
{
	php_gearman_admin *obj = Z_GEARMAN_ADMIN_P(ZEND_THIS);
	smart_str command = { 0 };
	const char *line;
	size_t len;
	php_gearman_admin_lines it;

	smart_str_appends(&command, prefix);
	smart_str_append(&command, name);
	for (int i = 0; i < count; i++) {
		smart_str_appendc(&command, ' ');
		smart_str_append_long(&command, numbers[i]);
	}
	smart_str_0(&command);
	zend_string *text = command.s;
	bool ok = php_gearman_admin_command(obj, ZSTR_VAL(text), ZSTR_LEN(text), PHP_GEARMAN_ADMIN_LINE);

	if (ok) {
		it = php_gearman_admin_reply_lines(obj);
		php_gearman_admin_next_line(&it, &line, &len, true);
		if (len == 2 && !memcmp(line, "OK", 2)) {
			RETVAL_TRUE;
		} else if (php_gearman_admin_is_err(line, len)) {
			RETVAL_FALSE;
			for (; falsy && *falsy; falsy++) {
				if (len >= strlen(*falsy) && !memcmp(line, *falsy, strlen(*falsy))) {
					break;
				}
			}
			if (!falsy || !*falsy) {
				php_gearman_admin_throw_err(obj, ZSTR_VAL(text), line, len);
			}
		} else {
			php_gearman_admin_throw_unexpected(obj, ZSTR_VAL(text), line, len);
		}
	}
	zend_string_release(text);
}

ZEND_METHOD(GearmanAdmin, cancelJob)
{
	static const char *const falsy[] = { "ERR UNKNOWN_JOB", NULL };
	zend_string *handle;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(handle)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_gearman_admin_check_name(handle, 1)) {
		RETURN_THROWS();
	}
	php_gearman_admin_change(INTERNAL_FUNCTION_PARAM_PASSTHRU, "cancel job ", handle, NULL, 0, falsy);
}

static void php_gearman_admin_function_command(INTERNAL_FUNCTION_PARAMETERS, const char *prefix,
					       const char *const *falsy)
{
	zend_string *function;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(function)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_gearman_admin_check_name(function, 1)) {
		RETURN_THROWS();
	}
	php_gearman_admin_change(INTERNAL_FUNCTION_PARAM_PASSTHRU, prefix, function, NULL, 0, falsy);
}

ZEND_METHOD(GearmanAdmin, createFunction)
{
	php_gearman_admin_function_command(INTERNAL_FUNCTION_PARAM_PASSTHRU, "create function ", NULL);
}

ZEND_METHOD(GearmanAdmin, dropFunction)
{
	static const char *const falsy[] = { "ERR function not found",
					     "ERR there are still connected workers or executing clients", NULL };
	php_gearman_admin_function_command(INTERNAL_FUNCTION_PARAM_PASSTHRU, "drop function ", falsy);
}

/* maxqueue takes one size for every priority or three (high, normal, low);
 * gearmand reads them as a C int and takes anything negative for 0. */
static void php_gearman_admin_max_queue(INTERNAL_FUNCTION_PARAMETERS, int count)
{
	zend_string *function;
	zend_long sizes[3] = { 0, 0, 0 };

	ZEND_PARSE_PARAMETERS_START(1 + count, 1 + count)
		Z_PARAM_STR(function)
		Z_PARAM_LONG(sizes[0])
		if (count == 3) {
			Z_PARAM_LONG(sizes[1])
			Z_PARAM_LONG(sizes[2])
		}
	ZEND_PARSE_PARAMETERS_END();

	if (!php_gearman_admin_check_name(function, 1)) {
		RETURN_THROWS();
	}
	for (int i = 0; i < count; i++) {
		if (sizes[i] < 0 || sizes[i] > INT32_MAX) {
			zend_argument_value_error(2 + i, "must be between 0 (unlimited) and %d", INT32_MAX);
			RETURN_THROWS();
		}
	}
	php_gearman_admin_change(INTERNAL_FUNCTION_PARAM_PASSTHRU, "maxqueue ", function, sizes, count, NULL);
}

ZEND_METHOD(GearmanAdmin, setMaxQueue)
{
	php_gearman_admin_max_queue(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

ZEND_METHOD(GearmanAdmin, setMaxQueueByPriority)
{
	php_gearman_admin_max_queue(INTERNAL_FUNCTION_PARAM_PASSTHRU, 3);
}

/* "OK <value>\n": sets *value to what follows "OK ". False when it threw. */
static bool php_gearman_admin_value(php_gearman_admin *obj, const char *command, const char **value, size_t *len)
{
	php_gearman_admin_lines it;
	const char *line;
	size_t line_len;

	if (!php_gearman_admin_command(obj, command, strlen(command), PHP_GEARMAN_ADMIN_LINE)) {
		return false;
	}
	it = php_gearman_admin_reply_lines(obj);
	php_gearman_admin_next_line(&it, &line, &line_len, true);
	if (line_len >= 3 && !memcmp(line, "OK ", 3)) {
		*value = line + 3;
		*len = line_len - 3;
		return true;
	}
	if (php_gearman_admin_is_err(line, line_len)) {
		php_gearman_admin_throw_err(obj, command, line, line_len);
	} else {
		php_gearman_admin_throw_unexpected(obj, command, line, line_len);
	}
	return false;
}

static void php_gearman_admin_string_value(INTERNAL_FUNCTION_PARAMETERS, const char *command)
{
	const char *value;
	size_t len;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!php_gearman_admin_value(Z_GEARMAN_ADMIN_P(ZEND_THIS), command, &value, &len)) {
		RETURN_THROWS();
	}
	RETURN_STRINGL(value, len);
}

ZEND_METHOD(GearmanAdmin, serverVersion)
{
	php_gearman_admin_string_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, "version");
}

ZEND_METHOD(GearmanAdmin, serverVerbose)
{
	php_gearman_admin_string_value(INTERNAL_FUNCTION_PARAM_PASSTHRU, "verbose");
}

ZEND_METHOD(GearmanAdmin, serverPid)
{
	php_gearman_admin *obj = Z_GEARMAN_ADMIN_P(ZEND_THIS);
	const char *value;
	size_t len;
	zend_long pid;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!php_gearman_admin_value(obj, "getpid", &value, &len)) {
		RETURN_THROWS();
	}
	if (!php_gearman_admin_number(value, len, &pid)) {
		php_gearman_admin_throw_unexpected(obj, "getpid", value - 3, len + 3);
		RETURN_THROWS();
	}
	RETURN_LONG(pid);
}

/* A binary ECHO_REQ, which gearmand answers in turn with the same data. */
ZEND_METHOD(GearmanAdmin, ping)
{
	php_gearman_admin *obj = Z_GEARMAN_ADMIN_P(ZEND_THIS);
	const size_t data_len = sizeof(PHP_GEARMAN_ADMIN_PING_DATA) - 1;
	char packet[12 + sizeof(PHP_GEARMAN_ADMIN_PING_DATA) - 1];
	uint32_t word;
	uint64_t start;
	double elapsed;

	ZEND_PARSE_PARAMETERS_NONE();
	memcpy(packet, "\0REQ", 4);
	word = htonl(PHP_GEARMAN_ADMIN_ECHO_REQ);
	memcpy(packet + 4, &word, 4);
	word = htonl((uint32_t)data_len);
	memcpy(packet + 8, &word, 4);
	memcpy(packet + 12, PHP_GEARMAN_ADMIN_PING_DATA, data_len);

	/* The round trip, without the connect of a first call. */
	if (!php_gearman_admin_request(obj, "ping", packet, sizeof(packet), PHP_GEARMAN_ADMIN_ECHO, &start)) {
		RETURN_THROWS();
	}
	elapsed = (double)(php_gearman_now_ns() - start) / 1e9;
	if (obj->buf[0] != '\0') {
		php_gearman_admin_lines it = php_gearman_admin_reply_lines(obj);
		const char *line;
		size_t len;

		php_gearman_admin_next_line(&it, &line, &len, true);
		php_gearman_admin_throw_unexpected(obj, "ping", line, len);
		RETURN_THROWS();
	}
	memcpy(&word, obj->buf + 4, 4);
	word = ntohl(word);
	if (memcmp(obj->buf, "\0RES", 4) != 0 || word == PHP_GEARMAN_ADMIN_ERROR) {
		php_gearman_admin_throw(obj, GEARMAN_SERVER_ERROR, "ping", "the server answered with an error packet");
		RETURN_THROWS();
	}
	if (word != PHP_GEARMAN_ADMIN_ECHO_RES || obj->reply_len != sizeof(packet) ||
	    memcmp(obj->buf + 12, PHP_GEARMAN_ADMIN_PING_DATA, data_len) != 0) {
		php_gearman_admin_throw(obj, GEARMAN_UNEXPECTED_PACKET, "ping", "unexpected reply packet (type %u)",
					(unsigned)word);
		RETURN_THROWS();
	}
	RETURN_DOUBLE(elapsed);
}

ZEND_METHOD(GearmanAdmin, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	php_gearman_admin_disconnect(Z_GEARMAN_ADMIN_P(ZEND_THIS));
}
