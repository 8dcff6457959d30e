/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* What the class files share. Not installed; php_gearman.h is the public
 * header. This comment is the guide to the internals.
 *
 * Files.
 *   gearman.stub.php            the whole PHP surface: functions, classes,
 *                               methods, constants; gearman_arginfo.h is
 *                               generated from it (scripts/gen-arginfo)
 *   php_gearman.c               module entry, MINIT (classes, constants,
 *                               GearmanException), MINFO, gearman.exceptions,
 *                               and what the classes share: callbacks,
 *                               warnings, argument checks, server lists
 *   php_gearman_signal.c        PHP signal handlers during blocking calls:
 *                               the relay behind pcntl's handlers and the
 *                               one loop client and worker calls run in
 *   php_gearman_client.c        GearmanClient: do*, addTask*, runTasks, ...
 *   php_gearman_client_workarounds.c  its workarounds for libgearman defects
 *   php_gearman_task.c          GearmanTask, and the C hooks that run the
 *                               client's PHP callbacks
 *   php_gearman_worker.c        GearmanWorker, and the C hook that runs a
 *                               PHP worker function for each job
 *   php_gearman_worker_workarounds.c  its workarounds for libgearman defects
 *   php_gearman_job.c           GearmanJob
 *   php_gearman_admin.c         GearmanAdmin: gearmand's text admin protocol
 *                               on its own socket (libgearman has none)
 *   php_gearman_resolve.c       picks the address of a multi-address server
 *                               name that libgearman is given (a libgearman
 *                               defect, explained there)
 *   php_gearman_tls.c           setSSL() for all three classes: the files
 *                               checked with OpenSSL before libgearman loads
 *                               them, put back on every handle copy, and a
 *                               worker's passed through the environment on
 *                               libgearman 1.1.x (its TLS traps, explained
 *                               there); OpenSSL is linked only when
 *                               libgearman has TLS (HAVE_GEARMAN_TLS)
 *   docs/workarounds.md         every workaround for a libgearman defect in
 *                               one table: defect, versions, code, tests
 *   tests/                      the suite (.phpt) and its helpers (.inc);
 *                               bench/ compares with PECL; scripts/
 *                               builds, tests, packages
 *
 * Error policy. Bad arguments throw before anything happens: TypeError from
 * the stub's types, ValueError naming the argument (php_gearman_check_*()).
 * A libgearman failure is php_gearman_warn_failure() (libgearman's message,
 * or the code's name where it left none), through php_gearman_warning(): an
 * E_WARNING, or with gearman.exceptions=1 a GearmanException with the same
 * text and the GEARMAN_* code; the method stores the code for returnCode() and returns
 * false (or an empty result), as PECL does. A call that would re-enter
 * libgearman from inside one of its callbacks throws Error
 * (php_gearman_throw_reentry()); a handle that could not be allocated
 * throws Error. GearmanException is thrown directly where PECL threw one
 * (constructors, "Failed to set exception option"), for a client whose
 * interrupted runTasks() must be finished first, and by every failing
 * GearmanAdmin call (a class PECL does not have). A PHP exception from
 * a callback stops the libgearman loop and leaves the method that started
 * it (runTasks(), work(), do*()), and the object stays usable.
 *
 * Adding a method: declare it in gearman.stub.php (the procedural function,
 * and the method with @implementation-alias naming it), run
 * scripts/gen-arginfo and commit gearman_arginfo.h; write one
 * PHP_FUNCTION(gearman_x_y) in the class's file, starting with
 * PHP_GEARMAN_PARSE_START/NONE and a PHP_GEARMAN_*_FETCH with the helper for
 * its precondition (below); then a test. README.md lists every difference
 * from PECL, with its test.
 *
 * Adding a test: tests/NAME.phpt, named after what it proves, against the
 * real gearmand that scripts/test starts (tests/connect.inc finds it;
 * tests/worker.inc runs a worker in a reaped child process;
 * tests/fault_gearmand.inc gives a test its own gearmand to kill and
 * restart; tests/tls.inc, for tls_*.phpt, the TLS gearmand that
 * scripts/test-tls starts). It must be able to fail, pass under scripts/test --valgrind,
 * and assert no timing that a loaded machine would miss. New files go into
 * package.xml with php scripts/gen-package. */

#ifndef PHP_GEARMAN_PRIVATE_H
#define PHP_GEARMAN_PRIVATE_H

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "php_gearman.h"

#include <libgearman-1.0/gearman.h>

/* A monotonic clock in nanoseconds, for deadlines: PHP 8.3 moved it from
 * ext/standard into the engine. */
#if PHP_VERSION_ID >= 80300
#include "zend_hrtime.h"
#define php_gearman_now_ns() ((uint64_t)zend_hrtime())
#else
#include "ext/standard/hrtime.h"
#define php_gearman_now_ns() ((uint64_t)php_hrtime_current())
#endif

/* Who keeps whom alive. The extension's own references never close a
 * cycle, so that objects the script drops go at once, and objects still
 * alive at the end of the script are freed then (PHP does not collect
 * cycles at shutdown: objects left in one are never freed).
 *
 *   GearmanClient -> GearmanTask   while libgearman has the task (tasks),
 *                                  so callbacks get the object addTask*()
 *                                  returned
 *   GearmanTask   ..> client       a plain pointer, set only while the task
 *                                  lives in the client's handle; a task kept
 *                                  after its client answers what it showed
 *   GearmanWorker -> its handle    php_gearman_worker_handle, a C refcount
 *   GearmanJob    -> that handle   for a job from grabJob(): libgearman
 *                                  frees a worker's jobs with it, so the
 *                                  handle outlives the worker object while
 *                                  such a job does; not the worker object
 *   GearmanJob    ..> its job      a job a worker function runs: borrowed
 *                                  for the call, nothing kept
 *   GearmanWorker ..> retired      a handle replaced by a fresh one
 *                     handles      (php_gearman_worker_workarounds.c) lives on
 *                                  only while jobs grabbed from it do
 *   GearmanClient ..> retired      a replaced handle is freed at once
 *                     handles      (php_gearman_client_workarounds.c): its tasks
 *                                  moved to the fresh one, or detached
 *                                  from their objects first
 *   GearmanWorker -> its functions php_gearman_worker_fn entries, freed
 *                                  only with the worker object, since
 *                                  libgearman keeps pointers to them (a
 *                                  handle kept by grabbed jobs never runs
 *                                  them again)
 *
 * Callbacks, contexts and task objects are PHP values the script gave or
 * got: every get_gc handler reports them, so a cycle the script closes
 * through them (a closure capturing its own client) is the script's, and
 * the cycle collector frees it while the script runs. */

extern zend_class_entry *php_gearman_client_ce;
extern zend_class_entry *php_gearman_worker_ce;
extern zend_class_entry *php_gearman_job_ce;
extern zend_class_entry *php_gearman_task_ce;
extern zend_class_entry *php_gearman_exception_ce;

/* A PHP callable kept by a C struct. fn keeps the callable (closure, object,
 * string) alive; fcc caches its resolution so that a call costs no lookup.
 * fcc.function_handler is NULL when the callable has to be resolved at each
 * call (trampolines such as __call, which must not outlive one call). */
typedef struct {
	zval fn;
	zend_fcall_info_cache fcc;
} php_gearman_callback;

void php_gearman_callback_set(php_gearman_callback *cb, zend_fcall_info *fci, zend_fcall_info_cache *fcc);
void php_gearman_callback_dtor(php_gearman_callback *cb);
void php_gearman_callback_call(php_gearman_callback *cb, zval *retval, uint32_t argc, zval *argv);

/* Calls add(handle, host, port) for each "host[:port]" entry of a
 * comma-separated server list; "[v6addr]:port" is accepted too. Throws a
 * ValueError naming argument arg_num on a malformed list. */
typedef gearman_return_t (*php_gearman_add_server_fn)(void *handle, const char *host, in_port_t port);
gearman_return_t php_gearman_add_servers(void *handle, php_gearman_add_server_fn add, zend_string *servers,
					 uint32_t arg_num);

/* The host to give libgearman for host:port: host itself, or, for a name
 * with several addresses, the numeric form (written to buf) of the one that
 * accepts connections (php_gearman_resolve.c explains why). */
#define PHP_GEARMAN_NUMERIC_HOST_SIZE 80 /* an IPv6 address with a scope */
const char *php_gearman_resolve_server(const char *host, in_port_t port, char *buf, size_t size);

/* What addServer() / addServers() of either class were given. */
typedef struct {
	zval *zobj;
	bool list;
	uint32_t base;     /* PHP_GEARMAN_ARG_BASE() */
	zend_string *host; /* or the list; NULL for the default server */
	zend_long port;
	bool setup_exceptions;
} php_gearman_server_args;

/* Parses addServer()'s (host, port, setupExceptionHandler) or, with list,
 * addServers()'s (servers, setupExceptionHandler). False when it threw. */
bool php_gearman_server_args_parse(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *ce, bool list,
				   php_gearman_server_args *args);

/* Adds the parsed server(s) to a libgearman client or worker through add.
 * Throws a ValueError for a bad port, host or list: check EG(exception). */
gearman_return_t php_gearman_server_args_add(const php_gearman_server_args *args, void *handle,
					     php_gearman_add_server_fn add);

/* Argument checks: each throws a ValueError naming argument arg_num and
 * returns false when the value is out of range. */

/* Timeouts in milliseconds: libgearman keeps a C int, and PECL's silent
 * truncation turned 2**32 into 0, "do not wait at all". Any negative value
 * means no timeout, and reads back as given, as in PECL. */
bool php_gearman_check_timeout(zend_long timeout, uint32_t arg_num);
/* setSSL() (php_gearman_tls.c): the three files libgearman needs, each
 * named by setSSL() or taken from the environment, and checked. */
#define PHP_GEARMAN_TLS_FILES 3
/* Where setSSL() took a file from: its argument, the environment variable
 * libgearman reads, or libgearman's compiled-in default. */
typedef enum { PHP_GEARMAN_TLS_ARG, PHP_GEARMAN_TLS_ENV, PHP_GEARMAN_TLS_DEFAULT } php_gearman_tls_source;
typedef struct {
	zend_string *files[PHP_GEARMAN_TLS_FILES]; /* CA, certificate, key */
} php_gearman_tls;

/* setSSL()'s four parameters, for every class (ce: the object's class in
 * the procedural form), each file named checked to be readable: false
 * with an exception thrown. */
bool php_gearman_tls_parse(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *ce, zval **zobj_out, bool *ssl,
			   zend_string *files[PHP_GEARMAN_TLS_FILES]);
/* Parses and checks setSSL()'s arguments for client and worker: false with
 * an exception thrown, else true with *zobj_out the object and *tls_out
 * the settings (NULL for setSSL(false)), which the caller then owns. */
bool php_gearman_tls_args(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *ce, zval **zobj_out,
			  php_gearman_tls **tls_out);
void php_gearman_tls_free(php_gearman_tls *tls);
#ifdef HAVE_GEARMAN_TLS
#include <openssl/ssl.h>
SSL_CTX *php_gearman_tls_context(zend_string *const files[PHP_GEARMAN_TLS_FILES], uint32_t arg_base,
				 const php_gearman_tls_source source[PHP_GEARMAN_TLS_FILES]);
/* GearmanAdmin::setSSL()'s arguments: false with an exception, else true
 * with *ctx the context to connect with (NULL for setSSL(false)). */
bool php_gearman_tls_admin_args(INTERNAL_FUNCTION_PARAMETERS, SSL_CTX **ctx);
#endif
php_gearman_tls *php_gearman_tls_copy(const php_gearman_tls *tls);
/* Gives a libgearman handle the settings (NULL: TLS off); run on every new
 * handle, as libgearman's copies keep the flag but not the files. */
void php_gearman_tls_apply_client(gearman_client_st *client, const php_gearman_tls *tls);
void php_gearman_tls_apply_worker(gearman_worker_st *worker, const php_gearman_tls *tls);
/* gearman_client_clone() with the files put back: every copy of a client
 * handle is made by this. */
gearman_client_st *php_gearman_tls_clone_client(gearman_client_st *from, const php_gearman_tls *tls);
/* gearman_client_free() for every client handle (php_gearman_tls.c: a
 * libgearman leak of the TLS paths). */
void php_gearman_tls_client_free(gearman_client_st *client);
#ifndef HAVE_GEARMAN_WORKER_SET_SSL
/* libgearman 1.1.x reads a worker's files from the environment when its
 * first connection starts: set before each call of a TLS worker. */
void php_gearman_tls_worker_env(const php_gearman_tls *tls);
#ifdef ZTS
bool php_gearman_tls_worker_allowed(const php_gearman_tls *tls);
#endif
#endif
/* A C uint32_t: sendStatus() numerators and denominators, function timeouts
 * (PECL wrapped -1 around to 4294967295). */
bool php_gearman_check_uint32(zend_long value, uint32_t arg_num);
/* Option bits of a client or worker: below GEARMAN_CLIENT_MAX or
 * GEARMAN_WORKER_MAX (prefix names the constants). PECL set every bit. */
bool php_gearman_check_options(zend_long options, int max, const char *prefix, uint32_t arg_num);

/* The Error thrown by a call that would re-enter libgearman from inside one
 * of its callbacks ("client's callbacks", "worker's functions"); the message
 * names the class and method. */
void php_gearman_throw_reentry(const char *what);

/* Forked children: each object records the process that made it (its
 * libgearman handle belongs to that process), and nothing of it reaches
 * libgearman in another process (php_gearman.c). The current process id is
 * one load where a fork handler keeps it (glibc, whose getpid() is a system
 * call). */
#ifdef PHP_WIN32
typedef int php_gearman_pid_t; /* no fork() there */
#define php_gearman_getpid()            ((php_gearman_pid_t)0)
#define php_gearman_keep_orphan(handle) ((void)(handle))
#else
#include <unistd.h>
typedef pid_t php_gearman_pid_t;
#ifdef __GLIBC__
extern pid_t php_gearman_pid;
#define php_gearman_getpid() (php_gearman_pid)
#else
#define php_gearman_getpid() getpid()
#endif
/* Keeps a libgearman handle that another process owns instead of freeing it. */
void php_gearman_keep_orphan(void *handle);
#endif
/* After a client let go of count libgearman tasks: with many (a batch of
 * thousands), gives the C heap they grew back to the system where the C
 * library can (glibc's malloc_trim()). */
void php_gearman_trim_heap(size_t count);

/* The Error of a method called on an object another process owns. */
void php_gearman_throw_inherited(const char *class_name, php_gearman_pid_t owner);
/* A forked child returning into its parent's libgearman loop: never returns
 * (exit() completes, anything else is a fatal error). */
ZEND_COLD ZEND_NORETURN void php_gearman_leave_inherited(const char *what, php_gearman_pid_t owner);

/* clang-format off */
ZEND_BEGIN_MODULE_GLOBALS(gearman)
	/* gearman.exceptions: warnings are thrown as GearmanException instead. */
	bool exceptions;
	/* pcntl_async_signals()'s state, which pcntl keeps per thread. */
	bool async_signals;
ZEND_END_MODULE_GLOBALS(gearman)
/* clang-format on */

ZEND_EXTERN_MODULE_GLOBALS(gearman)
#define GEARMAN_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(gearman, v)

/* Every warning of the extension: an E_WARNING, or with gearman.exceptions
 * on, a GearmanException with the same message and ret as its code. */
void php_gearman_warning(gearman_return_t ret, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
/* The one way a libgearman failure is reported: php_gearman_warning() with
 * libgearman's message for the call (error), or, where it left none (NULL
 * or empty: some failures set none, and the last one would be stale), the
 * return code's name. Client, worker, job and task all come through here. */
void php_gearman_warn_failure(gearman_return_t ret, const char *error);
/* addServer()'s failed exception round trip, client and worker alike:
 * throws "Failed to set exception option" (the message real code compares)
 * with libgearman's code for the failure, which it returns for returnCode().
 * error() keeps libgearman's text, which names the server and the cause. */
gearman_return_t php_gearman_throw_exception_option(gearman_return_t code);
/* The GEARMAN_* code that libgearman's error text names
 * ("flush(GEARMAN_COULD_NOT_CONNECT) ..."), GEARMAN_SUCCESS if none: the
 * worker's code, since libgearman 1.1 has no gearman_worker_error_code(). */
gearman_return_t php_gearman_error_text_code(const char *error);

/* PHP signal handlers during blocking libgearman calls, with
 * pcntl_async_signals(true) (php_gearman_signal.c says how): a signal with a
 * PHP handler cuts the call short, its handlers run, and the call is made
 * again, unless a handler threw (the exception is left pending) or, for a
 * worker, called stop() (GEARMAN_SHUTDOWN). With async signals off, or on
 * Windows, these are the plain calls. */
void php_gearman_signal_minit(void);
/* Before the library is unloaded: no handler or function points into it. */
void php_gearman_signal_mshutdown(void);
/* Whether the calls below are interruptible: async signals are on. A
 * variable, so that the usual case costs one load per call. */
#ifndef PHP_WIN32
#define php_gearman_signal_armable() (GEARMAN_G(async_signals))
#else
#define php_gearman_signal_armable() (false)
#endif
/* The armed loops behind the two calls below. */
gearman_return_t php_gearman_signal_client_loop(gearman_client_st *const *client, gearman_return_t (*call)(void *ctx),
						void (*retry)(void *ctx), void *ctx);
gearman_return_t php_gearman_signal_worker_loop(gearman_worker_st *worker,
						gearman_return_t (*call)(gearman_worker_st *), const bool *stopped);
/* call(ctx) on *client (read again for each attempt: retry(ctx), when
 * given, runs after a cut and may renew the handle). A client whose timeout
 * is 0 never blocks and runs call once. Inline, so that with async signals
 * off the call is direct. */
static zend_always_inline gearman_return_t php_gearman_signal_client_block(gearman_client_st *const *client,
									   gearman_return_t (*call)(void *ctx),
									   void (*retry)(void *ctx), void *ctx)
{
	return php_gearman_signal_armable() ? php_gearman_signal_client_loop(client, call, retry, ctx) : call(ctx);
}
/* call(worker) (gearman_worker_work() or gearman_worker_wait()); *stopped
 * is the worker's stop() flag. */
static zend_always_inline gearman_return_t php_gearman_signal_worker_block(gearman_worker_st *worker,
									   gearman_return_t (*call)(gearman_worker_st *),
									   const bool *stopped)
{
	return php_gearman_signal_armable() ? php_gearman_signal_worker_loop(worker, call, stopped) : call(worker);
}
/* For code that runs PHP inside a wait (a worker function): signals no
 * longer interrupt the wait, the VM runs their handlers as usual. */
void php_gearman_signal_suspend(void);

/* The procedural functions take the object as first parameter; the methods
 * are implementation aliases of them and get it as $this. */
#define PHP_GEARMAN_PARSE_START(zobj, ce, min, max)                                 \
	zval *zobj = getThis();                                                     \
	ZEND_PARSE_PARAMETERS_START((min) + (zobj ? 0 : 1), (max) + (zobj ? 0 : 1)) \
		if (!zobj) {                                                        \
			Z_PARAM_OBJECT_OF_CLASS(zobj, ce)                           \
		}

/* How many parameters come before the method's own: 1 for the object in the
 * procedural form, so errors name the argument the caller counts. */
#define PHP_GEARMAN_ARG_BASE() ((uint32_t)(Z_TYPE(EX(This)) == IS_OBJECT ? 0 : 1))

#define PHP_GEARMAN_PARSE_NONE(zobj, ce)        \
	PHP_GEARMAN_PARSE_START(zobj, ce, 0, 0) \
	ZEND_PARSE_PARAMETERS_END()

/* Every method that needs its libgearman handle gets its struct through one
 * fetch helper per precondition, given with each class below (the client's
 * and worker's inline, as they run on every call):
 *
 *   php_gearman_client_fetch()         the handle exists (allocation can fail)
 *   php_gearman_client_fetch_idle()    ... and no callback of the client runs
 *   php_gearman_client_fetch_for_io()  ... and no interrupted runTasks() is
 *                                      pending; the handle is made ready for
 *                                      I/O (php_gearman_client_workarounds.c)
 *   php_gearman_worker_fetch()         the handle exists
 *   php_gearman_worker_fetch_for_io()  ... and no worker function runs; a
 *                                      handle left broken is renewed first
 *                                      (php_gearman_worker_workarounds.c)
 *   php_gearman_task_fetch_running()   one of the task's callbacks runs
 *   php_gearman_job_fetch_running()    the job is live
 *
 * Client and worker helpers throw when a precondition fails; task and job
 * helpers warn and the method returns false. Each returns NULL
 * then, and the macros below return from the method. */
#define PHP_GEARMAN_FETCH_OR(type, obj, fetch, zobj, on_failure) \
	type *obj = fetch(zobj);                                 \
	if (UNEXPECTED(!obj)) {                                  \
		on_failure;                                      \
	}
#define PHP_GEARMAN_CLIENT_FETCH(obj, zobj, fetch) \
	PHP_GEARMAN_FETCH_OR(php_gearman_client, obj, fetch, zobj, RETURN_THROWS())
#define PHP_GEARMAN_WORKER_FETCH(obj, zobj, fetch) \
	PHP_GEARMAN_FETCH_OR(php_gearman_worker, obj, fetch, zobj, RETURN_THROWS())
#define PHP_GEARMAN_TASK_FETCH(obj, zobj, fetch) PHP_GEARMAN_FETCH_OR(php_gearman_task, obj, fetch, zobj, RETURN_FALSE)
#define PHP_GEARMAN_JOB_FETCH(obj, zobj, fetch)  PHP_GEARMAN_FETCH_OR(php_gearman_job, obj, fetch, zobj, RETURN_FALSE)

/* GearmanClient */

/* The callbacks a client can set, in the order of a task's life. */
typedef enum {
	PHP_GEARMAN_CB_WORKLOAD,
	PHP_GEARMAN_CB_CREATED,
	PHP_GEARMAN_CB_DATA,
	PHP_GEARMAN_CB_WARNING,
	PHP_GEARMAN_CB_STATUS,
	PHP_GEARMAN_CB_COMPLETE,
	PHP_GEARMAN_CB_EXCEPTION,
	PHP_GEARMAN_CB_FAIL,
	PHP_GEARMAN_CB_COUNT
} php_gearman_client_cb;

typedef struct {
	gearman_client_st *client;
	gearman_return_t ret;
	/* PHP_GEARMAN_CB_COUNT slots, allocated when the first callback is set:
	 * most clients set none, and the slots were two thirds of the object. */
	php_gearman_callback *callbacks;
	zend_string *context; /* setContext(): binary-safe, unlike PECL's */
	php_gearman_tls *tls; /* setSSL(), NULL when off */
	/* Whether the servers were asked to forward exceptions, and whether a
	 * move to a fresh libgearman handle (php_gearman_client_workarounds.c) lost
	 * that. */
	enum { PHP_GEARMAN_EXCEPTIONS_OFF, PHP_GEARMAN_EXCEPTIONS_ON, PHP_GEARMAN_EXCEPTIONS_LOST } exceptions;
	/* object handle => GearmanTask: the client keeps each task object alive
	 * while libgearman has its task, so that callbacks get the object that
	 * addTask() returned, and its context. */
	HashTable tasks;
	/* Set while a callback runs: libgearman's run loop is not re-entrant. */
	uint32_t in_callback;
	/* How many servers were added: tasks cannot be traced to a server. */
	uint32_t servers;
	/* What php_gearman_client_workarounds.c keeps for a handle it renewed
	 * or must renew. */
	struct {
		/* The last error of a libgearman client replaced by a fresh copy. */
		zend_string *lost_error;
		/* runTasks() was stopped by a PHP exception with tasks still
		 * running: libgearman is half-way through a packet until runTasks()
		 * resumes. */
		bool interrupted;
	} renewal;
	bool freeing;
	php_gearman_pid_t pid; /* the process that made it */
	zend_object std;
} php_gearman_client;

static inline php_gearman_client *php_gearman_client_from_obj(zend_object *obj)
{
	return (php_gearman_client *)((char *)obj - offsetof(php_gearman_client, std));
}
#define Z_GEARMAN_CLIENT_P(zv) php_gearman_client_from_obj(Z_OBJ_P(zv))

/* The fetch helpers are inline: they run on every call. */
static zend_always_inline php_gearman_client *php_gearman_client_fetch(zval *zobj)
{
	php_gearman_client *obj = Z_GEARMAN_CLIENT_P(zobj);

	/* gearman_client_create() only fails when memory runs out. */
	if (UNEXPECTED(!obj->client)) {
		zend_throw_error(NULL, "GearmanClient could not allocate its libgearman client");
		return NULL;
	}
	if (UNEXPECTED(obj->pid != php_gearman_getpid())) {
		php_gearman_throw_inherited(ZSTR_VAL(obj->std.ce->name), obj->pid);
		return NULL;
	}
	return obj;
}

/* libgearman's run loop is not re-entrant: a client may not block on its own
 * server I/O from inside one of its callbacks. */
static zend_always_inline php_gearman_client *php_gearman_client_fetch_idle(zval *zobj)
{
	php_gearman_client *obj = php_gearman_client_fetch(zobj);

	if (obj && UNEXPECTED(obj->in_callback)) {
		php_gearman_throw_reentry("client's callbacks");
		return NULL;
	}
	return obj;
}

/* The GearmanException of a blocking call on a client whose runTasks() was
 * interrupted (php_gearman_client.c says why). */
void php_gearman_client_throw_interrupted(void);
/* php_gearman_client_workarounds.c */
void php_gearman_client_restore_after_renewal(php_gearman_client *obj);

/* Runs before a call that talks to the servers: puts back what a renewal of
 * the handle (php_gearman_client_workarounds.c) lost, if it lost anything. */
static zend_always_inline void php_gearman_client_before_io(php_gearman_client *obj)
{
	if (UNEXPECTED(obj->renewal.lost_error || obj->exceptions == PHP_GEARMAN_EXCEPTIONS_LOST)) {
		php_gearman_client_restore_after_renewal(obj);
	}
}

static zend_always_inline php_gearman_client *php_gearman_client_fetch_for_io(zval *zobj)
{
	php_gearman_client *obj = php_gearman_client_fetch_idle(zobj);

	if (obj && UNEXPECTED(obj->renewal.interrupted)) {
		php_gearman_client_throw_interrupted();
		return NULL;
	}
	if (obj) {
		php_gearman_client_before_io(obj);
	}
	return obj;
}

/* gearman_client_add_task*(), by [background][priority] (php_gearman_task.c). */
typedef gearman_task_st *(*php_gearman_add_task_fn)(gearman_client_st *, gearman_task_st *, void *, const char *,
						    const char *, const void *, size_t, gearman_return_t *);
extern const php_gearman_add_task_fn php_gearman_add_task_fns[2][3];
/* The workarounds for libgearman 1.1.20's client defects:
 * php_gearman_client_workarounds.c says which defect each answers. */
/* Asks every server for WORK_EXCEPTION packets, quietly: false on failure. */
bool php_gearman_client_request_exceptions(php_gearman_client *obj);
void php_gearman_client_consume_stale_reads(php_gearman_client *obj);
void php_gearman_client_renew(php_gearman_client *obj);
void php_gearman_client_renew_after_failure(php_gearman_client *obj);
/* Why move_tasks() runs: it decides which unfinished tasks stay. */
typedef enum {
	PHP_GEARMAN_MOVE_LOST,        /* runTasks() lost its server */
	PHP_GEARMAN_MOVE_INTERRUPTED, /* a PHP exception stopped runTasks() */
	PHP_GEARMAN_MOVE_RENEW,       /* renew(): a call outside runTasks() */
} php_gearman_move_why;
bool php_gearman_client_move_tasks(php_gearman_client *obj, php_gearman_move_why why);

/* GearmanWorker */

/* A libgearman worker handle, shared by its GearmanWorker and the GearmanJob
 * objects grabbed from it: libgearman frees a worker's jobs with it, so the
 * handle goes when the last of them lets it go. A plain C count, not a PHP
 * object, so that a job never keeps its worker object alive. */
typedef struct {
	gearman_worker_st *worker;
	uint32_t refcount;
	php_gearman_pid_t pid; /* the process that made it */
} php_gearman_worker_handle;

void php_gearman_worker_handle_release(php_gearman_worker_handle *handle);

typedef struct {
	gearman_worker_st *worker; /* handle->worker, for short */
	php_gearman_worker_handle *handle;
	gearman_return_t ret;
	gearman_return_t job_ret; /* outcome of the job the last work() ran */
	/* Set while a worker function runs: libgearman's work loop is not
	 * re-entrant, so work(), grabJob() and wait() are refused then. */
	bool in_callback;
	/* What php_gearman_worker_workarounds.c tracks to rebuild the handle. */
	struct {
		bool grab_midway;       /* libgearman's grab would resume half-way */
		bool grab_broken;       /* ... and a resumed grab found no job */
		bool removal_unsent;    /* unregister*() not yet sent to gearmand */
		bool registry_misorder; /* ... and an addFunction() came since */
	} renewal;
	bool exceptions; /* the "exceptions" server option was set */
	bool stopped;    /* stop(): work(), grabJob() and wait() return false */
	php_gearman_tls *tls; /* setSSL(), NULL when off */
	/* function name => php_gearman_worker_fn*, the context libgearman hands
	 * back to our C callback: entries are freed only with the worker. */
	HashTable functions;
	zend_object std;
} php_gearman_worker;

typedef struct php_gearman_worker_fn {
	php_gearman_callback cb;
	zval context; /* null when addFunction() was given none */
	uint32_t timeout;
	php_gearman_worker *owner; /* entries live and die with their worker */
} php_gearman_worker_fn;

static inline php_gearman_worker *php_gearman_worker_from_obj(zend_object *obj)
{
	return (php_gearman_worker *)((char *)obj - offsetof(php_gearman_worker, std));
}
#define Z_GEARMAN_WORKER_P(zv) php_gearman_worker_from_obj(Z_OBJ_P(zv))

/* php_gearman_worker_workarounds.c: replaces a handle the flags in renewal mark. */
bool php_gearman_worker_renew(php_gearman_worker *obj);

/* The fetch helpers are inline: they run on every call. */
static zend_always_inline php_gearman_worker *php_gearman_worker_fetch(zval *zobj)
{
	php_gearman_worker *obj = Z_GEARMAN_WORKER_P(zobj);

	/* gearman_worker_create() only fails when memory runs out. */
	if (UNEXPECTED(!obj->worker)) {
		zend_throw_error(NULL, "GearmanWorker could not allocate its libgearman worker");
		return NULL;
	}
	if (UNEXPECTED(obj->handle->pid != php_gearman_getpid())) {
		php_gearman_throw_inherited(ZSTR_VAL(obj->std.ce->name), obj->handle->pid);
		return NULL;
	}
#ifndef HAVE_GEARMAN_WORKER_SET_SSL
	if (UNEXPECTED(obj->tls)) {
		php_gearman_tls_worker_env(obj->tls);
	}
#endif
	return obj;
}

/* work(), grabJob(), wait() and ping() drive libgearman's worker state
 * machine, which a worker function runs inside of: a nested call would
 * corrupt it. A handle an earlier call left broken is renewed first. */
static zend_always_inline php_gearman_worker *php_gearman_worker_fetch_for_io(zval *zobj)
{
	php_gearman_worker *obj = php_gearman_worker_fetch(zobj);

	if (obj && UNEXPECTED(obj->in_callback)) {
		php_gearman_throw_reentry("worker's functions");
		return NULL;
	}
	if (obj && UNEXPECTED(obj->renewal.grab_broken || obj->renewal.registry_misorder) &&
	    !php_gearman_worker_renew(obj)) {
		return NULL;
	}
	return obj;
}

/* After work() (php_gearman_worker_workarounds.c, defect 1): only these end where a
 * grab starts afresh (PRE_SLEEP resets it). Inline: it runs on every job. */
static zend_always_inline void php_gearman_worker_note_work(php_gearman_worker *obj)
{
	obj->renewal.grab_midway = obj->ret != GEARMAN_NO_JOBS && obj->ret != GEARMAN_TIMEOUT;
}

/* Puts worker in place of the object's handle, which lives on while jobs
 * grabbed from it do. */
void php_gearman_worker_set_handle(php_gearman_worker *obj, gearman_worker_st *worker);
/* Registers fn under name with a libgearman worker (the object's own, or a
 * handle that is about to replace it). */
gearman_return_t php_gearman_worker_register_fn(gearman_worker_st *worker, zend_string *name,
						php_gearman_worker_fn *fn);

/* The workarounds for libgearman 1.1.20's worker defects:
 * php_gearman_worker_workarounds.c says which defect each answers. */
void php_gearman_worker_note_grab(php_gearman_worker *obj, bool got_job);
void php_gearman_worker_note_removal(php_gearman_worker *obj);
void php_gearman_worker_note_addition(php_gearman_worker *obj);

/* GearmanJob */
typedef struct {
	/* Borrowed from libgearman while a worker function runs, cleared when it
	 * returns, so a kept GearmanJob cannot reach freed memory. A job from
	 * grabJob() is owned instead: freed with this object. */
	gearman_job_st *job;
	/* For an owned job, the libgearman handle the job lives in, kept until
	 * the job is freed (not the worker object). NULL otherwise. */
	php_gearman_worker_handle *handle;
	gearman_return_t ret;
	php_gearman_pid_t pid; /* the process that made it */
	zend_object std;
} php_gearman_job;

static inline php_gearman_job *php_gearman_job_from_obj(zend_object *obj)
{
	return (php_gearman_job *)((char *)obj - offsetof(php_gearman_job, std));
}
#define Z_GEARMAN_JOB_P(zv) php_gearman_job_from_obj(Z_OBJ_P(zv))

php_gearman_job *php_gearman_job_fetch_running(zval *zobj);

/* GearmanTask */

/* What a task last showed, kept when libgearman frees the task (after
 * runTasks() with GEARMAN_CLIENT_FREE_TASKS, or with its client) so getters
 * keep answering; PECL returned false from all of them by then. */
typedef enum {
	PHP_GEARMAN_TASK_FUNCTION_NAME,
	PHP_GEARMAN_TASK_UNIQUE,
	PHP_GEARMAN_TASK_JOB_HANDLE,
	PHP_GEARMAN_TASK_DATA,
	PHP_GEARMAN_TASK_STRING_COUNT
} php_gearman_task_string_id;

typedef struct {
	zend_string *strings[PHP_GEARMAN_TASK_STRING_COUNT]; /* NULL: none or empty */
	uint32_t numerator;
	uint32_t denominator;
	bool is_known;
	bool is_running;
} php_gearman_task_state;

typedef struct {
	/* Owned by the client's libgearman handle; NULL once it is freed. */
	gearman_task_st *task;
	/* The client that added the task, not kept alive: set exactly while
	 * task is, which the client's table guarantees outlives nothing of it. */
	php_gearman_client *client;
	zval context; /* UNDEF when addTask*() was given none */
	gearman_return_t ret;
	php_gearman_task_state last;
	/* libgearman re-runs a callback that failed when runTasks() is called
	 * again; one that threw a PHP exception must not run twice. */
	bool skip_callback;
	/* True while one of this task's callbacks runs: only then does the task
	 * have a connection for sendWorkload()/recvData(). */
	bool in_callback;
	/* How addTask*() submitted it, so that a task a lost connection took
	 * before any server accepted it can be submitted again. The workload is
	 * NULL for addTaskStatus() and once libgearman has freed the task. */
	bool background;
	/* Made by addTask*() rather than new GearmanTask(). */
	bool added;
	bool status; /* made by addTaskStatus() */
	gearman_job_priority_t priority;
	zend_string *workload;
	zend_object std;
} php_gearman_task;

static inline php_gearman_task *php_gearman_task_from_obj(zend_object *obj)
{
	return (php_gearman_task *)((char *)obj - offsetof(php_gearman_task, std));
}
#define Z_GEARMAN_TASK_P(zv) php_gearman_task_from_obj(Z_OBJ_P(zv))

php_gearman_task *php_gearman_task_fetch_running(zval *zobj);

/* Creates the GearmanTask object for a task being added to client. */
php_gearman_task *php_gearman_task_init(zval *ztask, php_gearman_client *client, zval *context);
/* Copies what a live task shows into the object, for its getters to answer
 * once libgearman has freed the task. */
void php_gearman_task_remember(php_gearman_task *obj);
/* Frees the libgearman task of an object that has one, keeping what it
 * showed; the caller holds a reference to the object. */
void php_gearman_task_free_now(php_gearman_task *obj);
/* libgearman's hooks, installed on a client by its set*Callback() methods:
 * all eight callback types of libgearman are gearman_complete_fn. */
typedef struct {
	void (*set)(gearman_client_st *client, gearman_complete_fn *hook);
	gearman_complete_fn *hook;
} php_gearman_task_hook_entry;
extern const php_gearman_task_hook_entry php_gearman_task_hooks[PHP_GEARMAN_CB_COUNT];
/* Called by libgearman when it frees a task. */
void php_gearman_task_context_free(gearman_task_st *task, void *context);

void php_gearman_client_minit(zend_class_entry *ce);
void php_gearman_worker_minit(zend_class_entry *ce);
void php_gearman_job_minit(zend_class_entry *ce);
void php_gearman_task_minit(zend_class_entry *ce);
void php_gearman_admin_minit(zend_class_entry *ce);

/* Wraps a libgearman job for the duration of one worker function call. */
void php_gearman_job_attach(zval *zjob, gearman_job_st *job);
/* Ends that: the PHP object may live on, but no longer reaches the job. */
gearman_return_t php_gearman_job_detach(zval *zjob);
/* Wraps a job from gearman_worker_grab_job(): the object frees it, and keeps
 * the handle it came from meanwhile. */
void php_gearman_job_adopt(zval *zjob, gearman_job_st *job, php_gearman_worker_handle *handle);

#endif /* PHP_GEARMAN_PRIVATE_H */
