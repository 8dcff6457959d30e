/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* Module entry, MINIT (classes, constants), MINFO and the helpers shared by
 * the class files. */

#include "php_gearman_private.h"

#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif
#include "php_ini.h"
#include "ext/standard/info.h"
#include "gearman_arginfo.h"

#ifndef PHP_WIN32
#include <unistd.h>
#endif
#if !defined(PHP_WIN32) && defined(__GLIBC__)
#include <pthread.h>
#endif

ZEND_DECLARE_MODULE_GLOBALS(gearman)

PHP_INI_BEGIN()
STD_PHP_INI_BOOLEAN("gearman.exceptions", "0", PHP_INI_ALL, OnUpdateBool, exceptions, zend_gearman_globals,
		    gearman_globals)
PHP_INI_END()

zend_class_entry *php_gearman_client_ce;
zend_class_entry *php_gearman_worker_ce;
zend_class_entry *php_gearman_job_ce;
zend_class_entry *php_gearman_task_ce;
zend_class_entry *php_gearman_exception_ce;

void php_gearman_callback_set(php_gearman_callback *cb, zend_fcall_info *fci, zend_fcall_info_cache *fcc)
{
	php_gearman_callback_dtor(cb);
	ZVAL_COPY(&cb->fn, &fci->function_name);
	cb->fcc = *fcc;
	if (fcc->function_handler && (fcc->function_handler->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE)) {
		/* A trampoline is freed after one call: resolve anew each time. */
		zend_release_fcall_info_cache(fcc);
		cb->fcc.function_handler = NULL;
	}
}

void php_gearman_callback_dtor(php_gearman_callback *cb)
{
	zval_ptr_dtor(&cb->fn);
	ZVAL_UNDEF(&cb->fn);
	cb->fcc.function_handler = NULL;
}

void php_gearman_callback_call(php_gearman_callback *cb, zval *retval, uint32_t argc, zval *argv)
{
	/* The callback may replace or clear itself while it runs (setXCallback(),
	 * clearCallbacks(), addFunction()): hold what it needs until it returns. */
	zval fn;
	zend_fcall_info_cache fcc = cb->fcc;

	ZVAL_COPY(&fn, &cb->fn);
	ZVAL_UNDEF(retval);
	if (fcc.function_handler) {
		zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, retval, argc, argv, NULL);
	} else {
		zend_fcall_info fci = {
			.size = sizeof(fci),
			.retval = retval,
			.params = argv,
			.param_count = argc,
		};
		ZVAL_COPY_VALUE(&fci.function_name, &fn);
		zend_call_function(&fci, NULL);
	}
	zval_ptr_dtor(&fn);
}

gearman_return_t php_gearman_error_text_code(const char *error)
{
	const char *open = error ? strchr(error, '(') : NULL;
	const char *close = open ? strchr(open, ')') : NULL;

	if (!close) {
		return GEARMAN_SUCCESS;
	}
	size_t len = (size_t)(close - open - 1);
	for (int rc = 0; rc < GEARMAN_MAX_RETURN; rc++) {
		const char *name = gearman_strerror((gearman_return_t)rc);
		if (name && strlen(name) == len && memcmp(name, open + 1, len) == 0) {
			return (gearman_return_t)rc;
		}
	}
	return GEARMAN_SUCCESS;
}

gearman_return_t php_gearman_throw_exception_option(gearman_return_t code)
{
	/* A failure libgearman gave no code for is the server's refusal. */
	if (code == GEARMAN_SUCCESS) {
		code = GEARMAN_SERVER_ERROR;
	}
	zend_throw_exception(php_gearman_exception_ce, "Failed to set exception option", (zend_long)code);
	return code;
}

void php_gearman_warn_failure(gearman_return_t ret, const char *error)
{
	php_gearman_warning(ret, "%s", error && *error ? error : gearman_strerror(ret));
}

void php_gearman_warning(gearman_return_t ret, const char *format, ...)
{
	va_list args;

	va_start(args, format);
	if (GEARMAN_G(exceptions)) {
		zend_string *message = zend_vstrpprintf(0, format, args);
		zend_throw_exception(php_gearman_exception_ce, ZSTR_VAL(message), (zend_long)ret);
		zend_string_release(message);
	} else {
#if PHP_VERSION_ID >= 80600
		/* PHP 8.6 dropped php_verror()'s params argument. */
		php_verror(NULL, E_WARNING, format, args);
#else
		php_verror(NULL, "", E_WARNING, format, args);
#endif
	}
	va_end(args);
}

bool php_gearman_check_timeout(zend_long timeout, uint32_t arg_num)
{
	if (timeout < INT_MIN || timeout > INT_MAX) {
		zend_argument_value_error(arg_num, "must be between %d and %d", INT_MIN, INT_MAX);
		return false;
	}
	return true;
}

bool php_gearman_check_uint32(zend_long value, uint32_t arg_num)
{
	if (value < 0 || value > UINT32_MAX) {
		zend_argument_value_error(arg_num, "must be between 0 and %u", UINT32_MAX);
		return false;
	}
	return true;
}

bool php_gearman_check_options(zend_long options, int max, const char *prefix, uint32_t arg_num)
{
	if (options < 0 || options >= max) {
		zend_argument_value_error(arg_num, "must be a combination of %s_* options (0 to %d)", prefix, max - 1);
		return false;
	}
	return true;
}

void php_gearman_throw_reentry(const char *what)
{
	const char *space;
	const char *class_name = get_active_class_name(&space);

	zend_throw_error(NULL, "%s%s%s(): cannot be called from inside one of this %s", class_name, space,
			 get_active_function_name(), what);
}

/* Forked children (README: "Forked children and exit()"). A child shares
 * its parent's sockets: anything it sends lands in the parent's stream, and
 * libgearman's close, shutdown(SHUT_RDWR), ends the connection for both. So
 * an object owned by another process never reaches libgearman: its methods
 * throw, and freeing it leaves its handle alone (below). */
#ifndef PHP_WIN32
#ifdef __GLIBC__
/* glibc's getpid() is a system call; a fork handler keeps the answer here
 * instead (glibc drops the handler when the module is unloaded). */
pid_t php_gearman_pid;

static void php_gearman_atfork_child(void)
{
	php_gearman_pid = getpid();
}
#endif

/* Handles freed in a process that does not own them: never given to
 * libgearman's free, which would shut the parent's sockets down, but kept
 * reachable, so that they are neither reused nor reported as leaked. The
 * child exits soon, or lives on with what it inherited anyway. */
typedef struct php_gearman_orphan {
	void *handle;
	struct php_gearman_orphan *next;
} php_gearman_orphan;
static php_gearman_orphan *php_gearman_orphans;

void php_gearman_keep_orphan(void *handle)
{
	php_gearman_orphan *orphan = malloc(sizeof(*orphan));

	if (orphan) {
		orphan->handle = handle;
		orphan->next = php_gearman_orphans;
		php_gearman_orphans = orphan;
	}
}
#endif

/* libgearman mallocs some 3 KB per task. Freed, a batch's tasks stay in
 * glibc's heap as long as anything allocated after them lives above them
 * (a connection buffer, the next task), so a worker daemon that ran one
 * batch of 20,000 tasks kept some 60 MB of RSS for the rest of its life.
 * Below the threshold the trim is not worth its walk over the heap. */
#define PHP_GEARMAN_TRIM_TASKS 1024

void php_gearman_trim_heap(size_t count)
{
#ifdef HAVE_MALLOC_TRIM
	if (count >= PHP_GEARMAN_TRIM_TASKS) {
		malloc_trim(0);
	}
#else
	(void)count;
#endif
}

static void php_gearman_fork_minit(void)
{
#if !defined(PHP_WIN32) && defined(__GLIBC__)
	php_gearman_pid = getpid();
	pthread_atfork(NULL, NULL, php_gearman_atfork_child);
#endif
}

void php_gearman_throw_inherited(const char *class_name, php_gearman_pid_t owner)
{
	const char *space;
	const char *active_class = get_active_class_name(&space);

	zend_throw_error(NULL,
			 "%s%s%s(): this %s was created in process " ZEND_LONG_FMT
			 "; a forked child must create its own %s",
			 active_class, space, get_active_function_name(), class_name, (zend_long)owner, class_name);
}

/* A forked child came back from PHP code into a libgearman loop of its
 * parent's (a worker function, a client callback): returning would let
 * libgearman answer the parent's job or read its replies. An exit() ends the
 * child as exit() does, with its status, shutdown functions and destructors;
 * anything else is a fatal error. */
ZEND_COLD void php_gearman_leave_inherited(const char *what, php_gearman_pid_t owner)
{
	zend_object *ex = EG(exception);

	if (ex) {
		bool exiting = zend_is_unwind_exit(ex);
		GC_ADDREF(ex);
		zend_clear_exception();
		if (exiting) {
			OBJ_RELEASE(ex);
			zend_bailout();
		}
		zend_exception_error(ex, E_ERROR); /* releases it */
	}
	zend_error_noreturn(E_ERROR,
			    "A forked child returned from %s that its parent process " ZEND_LONG_FMT
			    " runs; the child must exit() there",
			    what, (zend_long)owner);
}

bool php_gearman_server_args_parse(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *ce, bool list,
				   php_gearman_server_args *args)
{
	args->list = list;
	args->host = NULL;
	args->port = 0;
	args->setup_exceptions = true;

	PHP_GEARMAN_PARSE_START(zobj, ce, 0, list ? 2 : 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(args->host)
		if (!list) {
			Z_PARAM_LONG(args->port)
		}
		Z_PARAM_BOOL(args->setup_exceptions)
	ZEND_PARSE_PARAMETERS_END_EX(return false);

	args->zobj = zobj;
	args->base = PHP_GEARMAN_ARG_BASE();
	return true;
}

/* Every server goes to libgearman through here: see php_gearman_resolve.c
 * for why a name with several addresses is replaced by one of them. */
static gearman_return_t php_gearman_add_resolved(void *handle, php_gearman_add_server_fn add, const char *host,
						 in_port_t port)
{
	char numeric[PHP_GEARMAN_NUMERIC_HOST_SIZE];

	return add(handle, php_gearman_resolve_server(host, port, numeric, sizeof(numeric)), port);
}

gearman_return_t php_gearman_server_args_add(const php_gearman_server_args *args, void *handle,
					     php_gearman_add_server_fn add)
{
	zend_string *host = args->host;

	if (args->list) {
		return php_gearman_add_servers(handle, add, host, args->base + 1);
	}
	/* Ports outside 0..65535 would be silently truncated by libgearman. */
	if (args->port < 0 || args->port > 65535) {
		zend_argument_value_error(args->base + 2, "must be between 0 and 65535");
		return GEARMAN_INVALID_ARGUMENT;
	}
	if (host && memchr(ZSTR_VAL(host), '\0', ZSTR_LEN(host))) {
		zend_argument_value_error(args->base + 1, "must not contain any null bytes");
		return GEARMAN_INVALID_ARGUMENT;
	}
	return php_gearman_add_resolved(handle, add, host ? ZSTR_VAL(host) : NULL, (in_port_t)args->port);
}

/* Splits one trimmed "host", "host:port", "[v6]" or "[v6]:port" entry. */
static bool php_gearman_split_server(char *entry, char **host, in_port_t *port)
{
	char *colon;

	*port = 0;
	if (*entry == '[') {
		char *end = strchr(entry, ']');
		if (!end || end == entry + 1) {
			return false;
		}
		*end = '\0';
		*host = entry + 1;
		colon = end[1] == ':' ? end + 1 : NULL;
		if (!colon && end[1] != '\0') {
			return false;
		}
	} else {
		*host = entry;
		colon = strrchr(entry, ':');
		if (colon && memchr(entry, ':', colon - entry)) {
			return false; /* a bare IPv6 address needs brackets */
		}
		if (colon) {
			*colon = '\0';
		}
		if (**host == '\0') {
			return false;
		}
	}
	if (colon) {
		char *digits = colon + 1, *end;
		if (*digits < '0' || *digits > '9') {
			return false;
		}
		unsigned long value = strtoul(digits, &end, 10);
		if (*end != '\0' || value > 65535) {
			return false;
		}
		*port = (in_port_t)value;
	}
	return true;
}

gearman_return_t php_gearman_add_servers(void *handle, php_gearman_add_server_fn add, zend_string *servers,
					 uint32_t arg_num)
{
	if (!servers) {
		return add(handle, NULL, 0);
	}
	if (ZSTR_LEN(servers) == 0 || memchr(ZSTR_VAL(servers), '\0', ZSTR_LEN(servers))) {
		zend_argument_value_error(arg_num, "must be a comma-separated list of host[:port] entries");
		return GEARMAN_INVALID_ARGUMENT;
	}

	/* Validate every entry before adding any, so a bad list adds nothing. */
	char *copy = estrndup(ZSTR_VAL(servers), ZSTR_LEN(servers));
	char *hosts[64];
	in_port_t ports[64];
	int count = 0;
	char *save = NULL;
	gearman_return_t ret = GEARMAN_SUCCESS;

	for (char *entry = php_strtok_r(copy, ",", &save); entry; entry = php_strtok_r(NULL, ",", &save)) {
		while (*entry == ' ' || *entry == '\t') {
			entry++;
		}
		char *end = entry + strlen(entry);
		while (end > entry && (end[-1] == ' ' || end[-1] == '\t')) {
			*--end = '\0';
		}
		if (count == (int)(sizeof(hosts) / sizeof(hosts[0]))) {
			zend_argument_value_error(arg_num, "lists more than 64 servers");
			efree(copy);
			return GEARMAN_INVALID_ARGUMENT;
		}
		if (!php_gearman_split_server(entry, &hosts[count], &ports[count])) {
			/* Quoted from the caller's string: splitting cut the copy. */
			zend_argument_value_error(arg_num, "has an invalid server entry \"%.*s\" (expected host[:port])",
						  (int)(end - entry), ZSTR_VAL(servers) + (entry - copy));
			efree(copy);
			return GEARMAN_INVALID_ARGUMENT;
		}
		count++;
	}
	if (count == 0) {
		zend_argument_value_error(arg_num, "must be a comma-separated list of host[:port] entries");
		efree(copy);
		return GEARMAN_INVALID_ARGUMENT;
	}
	for (int i = 0; i < count && ret == GEARMAN_SUCCESS; i++) {
		ret = php_gearman_add_resolved(handle, add, hosts[i], ports[i]);
	}
	efree(copy);
	return ret;
}

PHP_FUNCTION(gearman_version)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(gearman_version());
}

PHP_FUNCTION(gearman_bugreport)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(gearman_bugreport());
}

PHP_FUNCTION(gearman_verbose_name)
{
	zend_long verbose;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(verbose)
	ZEND_PARSE_PARAMETERS_END();

	if (verbose < 0) {
		php_gearman_warning(GEARMAN_INVALID_ARGUMENT, "Input must be an integer greater than 0.");
		RETURN_NULL();
	}
	/* Clamped: libgearman names anything past the last level "UNKNOWN",
	 * but PECL passed huge values through a cast and crashed. */
	if (verbose > GEARMAN_VERBOSE_MAX) {
		verbose = GEARMAN_VERBOSE_MAX;
	}
	RETURN_STRING(gearman_verbose_name((gearman_verbose_t)verbose));
}

static PHP_GINIT_FUNCTION(gearman)
{
#if defined(COMPILE_DL_GEARMAN) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	gearman_globals->exceptions = false;
	gearman_globals->async_signals = false;
}

static PHP_MINIT_FUNCTION(gearman)
{
	REGISTER_INI_ENTRIES();
	register_gearman_symbols(module_number);
	php_gearman_fork_minit();
	php_gearman_signal_minit();

	php_gearman_exception_ce = register_class_GearmanException(zend_ce_exception);
	php_gearman_client_ce = register_class_GearmanClient();
	php_gearman_client_minit(php_gearman_client_ce);
	php_gearman_worker_ce = register_class_GearmanWorker();
	php_gearman_worker_minit(php_gearman_worker_ce);
	php_gearman_job_ce = register_class_GearmanJob();
	php_gearman_job_minit(php_gearman_job_ce);
	php_gearman_task_ce = register_class_GearmanTask();
	php_gearman_task_minit(php_gearman_task_ce);
	php_gearman_admin_minit(register_class_GearmanAdmin());

	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(gearman)
{
	UNREGISTER_INI_ENTRIES();
	php_gearman_signal_mshutdown();
	return SUCCESS;
}

/* pcntl forgets async signals and its handlers between requests. */
static PHP_RSHUTDOWN_FUNCTION(gearman)
{
	GEARMAN_G(async_signals) = false;
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(gearman)
{
	char port[16];

	snprintf(port, sizeof(port), "%d", GEARMAN_DEFAULT_TCP_PORT);
	php_info_print_table_start();
	php_info_print_table_header(2, "gearman support", "enabled");
	php_info_print_table_row(2, "extension version", PHP_GEARMAN_VERSION);
	php_info_print_table_row(2, "libgearman version", gearman_version());
	php_info_print_table_row(2, "default host", GEARMAN_DEFAULT_TCP_HOST);
	php_info_print_table_row(2, "default port", port);
#ifdef HAVE_GEARMAN_TLS
	php_info_print_table_row(2, "TLS support", "yes");
#else
	php_info_print_table_row(2, "TLS support", "no (libgearman built without TLS)");
#endif
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

/* pcntl, when there is one, starts first: its functions are wrapped at MINIT. */
static const zend_module_dep php_gearman_deps[] = { ZEND_MOD_OPTIONAL("pcntl") ZEND_MOD_END };

zend_module_entry gearman_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	php_gearman_deps,
	"gearman",
	ext_functions,
	PHP_MINIT(gearman),
	PHP_MSHUTDOWN(gearman),
	NULL,
	PHP_RSHUTDOWN(gearman),
	PHP_MINFO(gearman),
	PHP_GEARMAN_VERSION,
	PHP_MODULE_GLOBALS(gearman),
	PHP_GINIT(gearman),
	NULL,
	NULL,
	STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_GEARMAN
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(gearman)
#endif
