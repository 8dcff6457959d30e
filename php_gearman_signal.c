/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* PHP signal handlers during libgearman's blocking calls: the relay behind
 * pcntl's handlers, and the one loop that client and worker calls run in. */

#include "php_gearman_private.h"

#ifndef PHP_WIN32
#include <errno.h>
#include <signal.h>
#include <unistd.h>

/* Prompt PHP signal handlers while libgearman waits.
 *
 * libgearman's poll() retries on EINTR, so a worker blocked in work() never
 * returned to PHP for a signal, and pcntl's handlers waited for the next job.
 * A worker's poll() also watches a pipe of libgearman's (gearman_worker_id():
 * its wake-up or shutdown pipe): a byte written to it makes the wait return
 * GEARMAN_SHUTDOWN_GRACEFUL, and libgearman writes the byte back, so the pipe
 * stays readable until emptied. The call can then be made again: the worker's
 * state machine resumes where it was (a grab or sleep starts over with one
 * GRAB_JOB / PRE_SLEEP round trip, a half-sent packet is finished). A client
 * has no such pipe; its wait is ended by setting its timeout to 0 (below).
 *
 * Who does it: pcntl_signal() is wrapped so that, after pcntl has installed
 * its handler for a signal, the process-level handler becomes
 * php_gearman_relay(), which calls the handler it replaced (pcntl's, or the
 * engine's zend_signal dispatcher that calls pcntl's), then writes one byte
 * to the pipe of the worker wait in progress, or sets the timeout of the
 * client wait in progress to 0. Nothing runs while no signal comes: an idle
 * worker stays asleep in poll() and sends nothing after its PRE_SLEEP.
 *
 * Why the relay is safe in a signal handler: it calls the handler the kernel
 * would have called, with the same arguments; then write(2), which is
 * async-signal-safe, on a non-blocking pipe (a full pipe is readable
 * already: the EAGAIN is ignored), or gearman_client_set_timeout(), which in
 * libgearman 1.1 is one store of an int into the client (no lock, no
 * allocation; libgearman's poll loop reads the field again after each
 * EINTR); and it restores errno. The descriptor and the client are read
 * once from variables that the PHP thread sets just before a wait and
 * clears after it (the pipe and the client live as long as their objects,
 * which cannot be freed while one of their calls is on the stack); outside
 * waits the relay only chains. Nothing is lost if the signal comes between
 * arming and poll(): the pipe is readable, or the timeout 0, when poll()
 * starts.
 *
 * The PHP handlers never run in the signal handler: when the wait returns,
 * pcntl has queued the signal and set EG(vm_interrupt) (it does so only with
 * async signals on), and php_gearman_signal_handle() clears it and calls
 * zend_interrupt_function, as the VM does between opcodes; pcntl's hook
 * dispatches the queue. A worker function is PHP code like any other: its
 * signals are left to the VM (php_gearman_signal_suspend()).
 *
 * With async signals off the waits are never armed (pcntl_async_signals() is
 * wrapped too, to know, in a module global: pcntl keeps it per thread), so
 * nothing changes. Windows does without.
 *
 * Threaded builds (ZTS): handlers (sigaction) are per process, pcntl's queue
 * and EG(vm_interrupt) per thread. The kernel runs the handler in one thread,
 * pcntl's handler queues the signal for that thread, so the relay wakes that
 * thread's wait: the descriptor and client are thread-local, and a wait in
 * another thread is left alone. A signal handler must not touch TLS that
 * the first access allocates: glibc allocates a dlopen()ed module's
 * general-dynamic TLS lazily, with malloc, so there the variables use the
 * initial-exec model (an offset from the thread pointer, in glibc's static
 * TLS surplus for dlopen()ed modules); musl allocates at dlopen() time. The
 * CLI, where pcntl exists, runs one thread. */
#if defined(ZTS) && defined(__GLIBC__) && defined(__GNUC__)
#define PHP_GEARMAN_SIGNAL_TLS __thread __attribute__((tls_model("initial-exec")))
#elif defined(ZTS)
#define PHP_GEARMAN_SIGNAL_TLS ZEND_TLS
#else
#define PHP_GEARMAN_SIGNAL_TLS
#endif
static PHP_GEARMAN_SIGNAL_TLS volatile sig_atomic_t php_gearman_wake_fd = -1;
static PHP_GEARMAN_SIGNAL_TLS gearman_client_st *volatile php_gearman_wake_client;
static struct sigaction php_gearman_relayed[NSIG];
static zif_handler php_gearman_pcntl_signal_orig;
static zif_handler php_gearman_pcntl_async_orig;

static void php_gearman_relay(int signo, siginfo_t *info, void *context)
{
	int saved_errno = errno;
	const struct sigaction *next = &php_gearman_relayed[signo];
	gearman_client_st *client;
	int fd;

	if (next->sa_flags & SA_SIGINFO) {
		next->sa_sigaction(signo, info, context);
	} else if (next->sa_handler != SIG_DFL && next->sa_handler != SIG_IGN) {
		next->sa_handler(signo);
	}
	fd = php_gearman_wake_fd;
	if (fd >= 0) {
		ssize_t written = write(fd, "!", 1);
		(void)written;
	}
	client = php_gearman_wake_client;
	if (client) {
		gearman_client_set_timeout(client, 0);
	}
	errno = saved_errno;
}

/* Puts the relay in front of the process-level handler of signo. The old
 * one is saved before the relay is installed, so a signal in between runs
 * the old handler directly. */
static void php_gearman_relay_install(zend_long signo)
{
	struct sigaction current, relay;

	if (signo <= 0 || signo >= NSIG || sigaction((int)signo, NULL, &current) != 0) {
		return;
	}
	if (current.sa_flags & SA_SIGINFO) {
		if (current.sa_sigaction == php_gearman_relay) {
			return;
		}
	} else if (current.sa_handler == SIG_DFL || current.sa_handler == SIG_IGN) {
		return;
	}
	php_gearman_relayed[signo] = current;
	relay = current;
	relay.sa_sigaction = php_gearman_relay;
	relay.sa_flags |= SA_SIGINFO;
	sigaction((int)signo, &relay, NULL);
}

/* pcntl_signal(int $signal, callable|int $handler, bool $restart_syscalls = true): bool */
static ZEND_NAMED_FUNCTION(php_gearman_pcntl_signal)
{
	php_gearman_pcntl_signal_orig(INTERNAL_FUNCTION_PARAM_PASSTHRU);
	if (EG(exception) || Z_TYPE_P(return_value) != IS_TRUE || ZEND_NUM_ARGS() < 2) {
		return;
	}
	/* SIG_DFL and SIG_IGN are ints; a PHP handler is anything else. */
	if (Z_TYPE_P(ZEND_CALL_ARG(execute_data, 2)) != IS_LONG) {
		php_gearman_relay_install(zval_get_long(ZEND_CALL_ARG(execute_data, 1)));
	}
}

/* pcntl_async_signals(?bool $enable = null): bool */
static ZEND_NAMED_FUNCTION(php_gearman_pcntl_async_signals)
{
	php_gearman_pcntl_async_orig(INTERNAL_FUNCTION_PARAM_PASSTHRU);
	if (!EG(exception) && ZEND_NUM_ARGS() >= 1 && Z_TYPE_P(ZEND_CALL_ARG(execute_data, 1)) != IS_NULL) {
		GEARMAN_G(async_signals) = zend_is_true(ZEND_CALL_ARG(execute_data, 1));
	}
}

static zif_handler php_gearman_wrap(const char *name, size_t len, zif_handler wrapper)
{
	zend_function *fn = zend_hash_str_find_ptr(CG(function_table), name, len);

	if (!fn || fn->type != ZEND_INTERNAL_FUNCTION) {
		return NULL;
	}
	zif_handler orig = fn->internal_function.handler;
	fn->internal_function.handler = wrapper;
	return orig;
}

void php_gearman_signal_minit(void)
{
	php_gearman_pcntl_signal_orig = php_gearman_wrap(ZEND_STRL("pcntl_signal"), php_gearman_pcntl_signal);
	php_gearman_pcntl_async_orig =
		php_gearman_wrap(ZEND_STRL("pcntl_async_signals"), php_gearman_pcntl_async_signals);
	if (!php_gearman_pcntl_signal_orig || !php_gearman_pcntl_async_orig) {
		/* Without both, the relay is never armed; put back what was wrapped. */
		if (php_gearman_pcntl_signal_orig) {
			php_gearman_wrap(ZEND_STRL("pcntl_signal"), php_gearman_pcntl_signal_orig);
		}
		if (php_gearman_pcntl_async_orig) {
			php_gearman_wrap(ZEND_STRL("pcntl_async_signals"), php_gearman_pcntl_async_orig);
		}
	}
}

/* Before this library is unloaded: no handler or function may point into it. */
void php_gearman_signal_mshutdown(void)
{
	for (int signo = 1; signo < NSIG; signo++) {
		struct sigaction current;
		if (sigaction(signo, NULL, &current) == 0 && (current.sa_flags & SA_SIGINFO) &&
		    current.sa_sigaction == php_gearman_relay) {
			sigaction(signo, &php_gearman_relayed[signo], NULL);
		}
	}
	if (php_gearman_pcntl_signal_orig && php_gearman_pcntl_async_orig) {
		php_gearman_wrap(ZEND_STRL("pcntl_signal"), php_gearman_pcntl_signal_orig);
		php_gearman_wrap(ZEND_STRL("pcntl_async_signals"), php_gearman_pcntl_async_orig);
	}
}


/* One blocking call that a signal may cut short. The call runs armed: the
 * relay writes to wake_fd (a worker's pipe, read back from read_fd) or sets
 * the client's timeout to 0. */
typedef struct php_gearman_signal_wait {
	int wake_fd;
	int read_fd;
	/* The client whose timeout marks a cut: the handle may be renewed
	 * between attempts, so it is read through the caller's field. */
	gearman_client_st *const *client;
	/* What a call not made because a signal was already pending returns. */
	gearman_return_t skipped;
	gearman_return_t (*call)(void *ctx);
	/* After a call: whether a signal cut it short, and it is to be made
	 * again once the handlers ran; it may replace ret. */
	bool (*was_cut)(struct php_gearman_signal_wait *wait, gearman_return_t *ret);
	/* After the handlers ran: true to stop, with ret replaced. */
	bool (*stop)(struct php_gearman_signal_wait *wait, gearman_return_t *ret);
	void *ctx;
	int saved_fd;
	gearman_client_st *saved_client;
	/* The client's own timeout, put back after each cut. */
	int timeout;
	const bool *stopped;
	void (*retry)(void *ctx);
} php_gearman_signal_wait;

static void php_gearman_signal_arm(php_gearman_signal_wait *wait, bool with_client)
{
	php_gearman_wake_fd = wait->wake_fd;
	php_gearman_wake_client = with_client && wait->client ? *wait->client : NULL;
}

void php_gearman_signal_suspend(void)
{
	php_gearman_wake_fd = -1;
	php_gearman_wake_client = NULL;
}

/* A signal arrived while not armed: its handlers are pending. A timeout is
 * left for the VM to raise once the call returns. */
static bool php_gearman_signal_pending(void)
{
	return zend_atomic_bool_load_ex(&EG(vm_interrupt)) && !zend_atomic_bool_load_ex(&EG(timed_out));
}

/* Empties the pipe (read_fd >= 0) and runs the pending PHP handlers, as the
 * VM does at an interrupt. False when one threw. */
static bool php_gearman_signal_handle(int read_fd)
{
	char buffer[64];

	/* Non-blocking: stops at EAGAIN once the pipe is empty. */
	while (read_fd >= 0 && read(read_fd, buffer, sizeof(buffer)) > 0) {
	}
	if (php_gearman_signal_pending() && zend_interrupt_function) {
		zend_atomic_bool_store_ex(&EG(vm_interrupt), false);
		zend_interrupt_function(EG(current_execute_data));
	}
	return !EG(exception);
}

/* The loop of every interruptible call: after a cut, or a signal pending
 * before the call, the handlers run and the call is made again, unless a
 * handler threw (its exception is then pending and the last return code
 * stays) or the hook says stop. The relay's targets are saved and put back,
 * so a wait inside a wait (a PHP callback that blocks again) leaves the
 * outer one armed. */
static gearman_return_t php_gearman_signal_block(php_gearman_signal_wait *wait)
{
	gearman_return_t ret = wait->skipped;

	wait->saved_fd = php_gearman_wake_fd;
	wait->saved_client = php_gearman_wake_client;
	for (;;) {
		if (!php_gearman_signal_pending()) {
			php_gearman_signal_arm(wait, true);
			ret = wait->call(wait->ctx);
			/* Disarmed before the mark is read, so that it cannot come after. */
			php_gearman_signal_arm(wait, false);
			if (!wait->was_cut(wait, &ret)) {
				break;
			}
		}
		if (!php_gearman_signal_handle(wait->read_fd) || (wait->stop && wait->stop(wait, &ret))) {
			break;
		}
	}
	php_gearman_wake_fd = wait->saved_fd;
	php_gearman_wake_client = wait->saved_client;
	return ret;
}

/* A client has no wake-up pipe: the relay sets the client's timeout to 0
 * instead, a plain store of an int in libgearman 1.1
 * (gearman_universal_set_timeout), and the client's poll() loop, which
 * retries on EINTR while its timeout is not 0, then ends the wait with
 * GEARMAN_TIMEOUT; a signal before poll() makes it return at once. A timeout
 * of 0 is what marks the cut: the real one is put back after each call. A
 * client whose timeout is 0 never blocks and is not armed. */
static bool php_gearman_signal_client_cut(php_gearman_signal_wait *wait, gearman_return_t *ret)
{
	if (gearman_client_timeout(*wait->client) != 0) {
		return false;
	}
	gearman_client_set_timeout(*wait->client, wait->timeout);
	if (*ret != GEARMAN_TIMEOUT) {
		return false; /* done all the same: the VM runs the handlers */
	}
	if (wait->retry) {
		wait->retry(wait->ctx);
	}
	return true;
}

gearman_return_t php_gearman_signal_client_loop(gearman_client_st *const *client, gearman_return_t (*call)(void *ctx),
						 void (*retry)(void *ctx), void *ctx)
{
	php_gearman_signal_wait wait = {
		.wake_fd = -1,
		.read_fd = -1,
		.client = client,
		.skipped = GEARMAN_SUCCESS,
		.call = call,
		.was_cut = php_gearman_signal_client_cut,
		.ctx = ctx,
		.timeout = gearman_client_timeout(*client),
		.retry = retry,
	};

	if (wait.timeout == 0) {
		return call(ctx);
	}
	return php_gearman_signal_block(&wait);
}

/* A byte in the worker's pipe makes its wait return GEARMAN_SHUTDOWN_GRACEFUL. */
static bool php_gearman_signal_worker_cut(php_gearman_signal_wait *wait, gearman_return_t *ret)
{
	(void)wait;
	return *ret == GEARMAN_SHUTDOWN_GRACEFUL;
}

/* stop() from a handler ends the loop as a shutdown. */
static bool php_gearman_signal_worker_stop(php_gearman_signal_wait *wait, gearman_return_t *ret)
{
	if (!*wait->stopped) {
		return false;
	}
	*ret = GEARMAN_SHUTDOWN;
	return true;
}

typedef struct {
	gearman_worker_st *worker;
	gearman_return_t (*call)(gearman_worker_st *);
} php_gearman_signal_worker_ctx;

static gearman_return_t php_gearman_signal_worker_call(void *ctx)
{
	php_gearman_signal_worker_ctx *worker = ctx;
	return worker->call(worker->worker);
}

gearman_return_t php_gearman_signal_worker_loop(gearman_worker_st *worker,
						 gearman_return_t (*call)(gearman_worker_st *), const bool *stopped)
{
	gearman_id_t pipe = gearman_worker_id(worker);
	if (pipe.write_fd < 0) {
		return call(worker);
	}
	php_gearman_signal_worker_ctx ctx = { .worker = worker, .call = call };
	php_gearman_signal_wait wait = {
		.wake_fd = pipe.write_fd,
		.read_fd = pipe.read_fd,
		.skipped = GEARMAN_SHUTDOWN_GRACEFUL,
		.call = php_gearman_signal_worker_call,
		.was_cut = php_gearman_signal_worker_cut,
		.stop = php_gearman_signal_worker_stop,
		.ctx = &ctx,
		.stopped = stopped,
	};
	return php_gearman_signal_block(&wait);
}
#else
/* Windows: no pcntl, the plain calls. */
void php_gearman_signal_minit(void)
{
}

void php_gearman_signal_mshutdown(void)
{
}

void php_gearman_signal_suspend(void)
{
}

/* Never called (php_gearman_signal_armable() is false); defined for builds
 * that keep the dead branch. */
gearman_return_t php_gearman_signal_client_loop(gearman_client_st *const *client, gearman_return_t (*call)(void *ctx),
						void (*retry)(void *ctx), void *ctx)
{
	(void)client;
	(void)retry;
	return call(ctx);
}

gearman_return_t php_gearman_signal_worker_loop(gearman_worker_st *worker,
						gearman_return_t (*call)(gearman_worker_st *), const bool *stopped)
{
	(void)stopped;
	return call(worker);
}
#endif
