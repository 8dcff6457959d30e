/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* GearmanClient: one gearman_client_st per object. */

#include "php_gearman_private.h"

static zend_object_handlers php_gearman_client_handlers;

static zend_object *php_gearman_client_create(zend_class_entry *ce)
{
	php_gearman_client *obj = zend_object_alloc(sizeof(php_gearman_client), ce);

	/* zend_object_alloc() does not zero: start from a clean struct. */
	memset(obj, 0, offsetof(php_gearman_client, std));

	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = &php_gearman_client_handlers;
	obj->client = gearman_client_create(NULL);
	obj->ret = GEARMAN_SUCCESS;
	obj->pid = php_gearman_getpid();
	obj->callbacks = NULL;
	zend_hash_init(&obj->tasks, 8, NULL, ZVAL_PTR_DTOR, 0);
	if (obj->client) {
		gearman_client_set_task_context_free_fn(obj->client, php_gearman_task_context_free);
		/* As in PECL: finished tasks go at once, so long-running clients
		 * do not accumulate them. */
		gearman_client_add_options(obj->client, GEARMAN_CLIENT_FREE_TASKS);
	}
	return &obj->std;
}

/* The callback slots, allocated empty at the first use. */
static php_gearman_callback *php_gearman_client_callbacks(php_gearman_client *obj)
{
	if (!obj->callbacks) {
		obj->callbacks = safe_emalloc(PHP_GEARMAN_CB_COUNT, sizeof(php_gearman_callback), 0);
		for (int i = 0; i < PHP_GEARMAN_CB_COUNT; i++) {
			ZVAL_UNDEF(&obj->callbacks[i].fn);
		}
	}
	return obj->callbacks;
}

static void php_gearman_client_free(zend_object *object)
{
	php_gearman_client *obj = php_gearman_client_from_obj(object);
	zval *ztask;

	/* libgearman detaches every task object it still has as it frees the
	 * client (php_gearman_task_context_free); the table goes after that.
	 * A task object held elsewhere outlives its client: it keeps what it
	 * showed, read now, since libgearman releases the packets first. */
	ZEND_HASH_FOREACH_VAL(&obj->tasks, ztask)
	{
		php_gearman_task *task = Z_GEARMAN_TASK_P(ztask);
		if (task->task && GC_REFCOUNT(Z_OBJ_P(ztask)) > 1) {
			php_gearman_task_remember(task);
		}
	}
	ZEND_HASH_FOREACH_END();
	obj->freeing = true;
	if (obj->client && UNEXPECTED(obj->pid != php_gearman_getpid())) {
		/* Inherited by a forked child: the parent's connections and tasks
		 * stay untouched, the task objects let go of them. */
		ZEND_HASH_FOREACH_VAL(&obj->tasks, ztask)
		{
			Z_GEARMAN_TASK_P(ztask)->task = NULL;
			Z_GEARMAN_TASK_P(ztask)->client = NULL;
		}
		ZEND_HASH_FOREACH_END();
		php_gearman_keep_orphan(obj->client);
		obj->client = NULL;
	}
	if (obj->client) {
		php_gearman_tls_client_free(obj->client);
		obj->client = NULL;
		php_gearman_trim_heap(zend_hash_num_elements(&obj->tasks));
	}
	zend_hash_destroy(&obj->tasks);
	if (obj->callbacks) {
		for (int i = 0; i < PHP_GEARMAN_CB_COUNT; i++) {
			php_gearman_callback_dtor(&obj->callbacks[i]);
		}
		efree(obj->callbacks);
	}
	if (obj->context) {
		zend_string_release(obj->context);
	}
	if (obj->renewal.lost_error) {
		zend_string_release(obj->renewal.lost_error);
	}
	php_gearman_tls_free(obj->tls);
	zend_object_std_dtor(&obj->std);
}

static HashTable *php_gearman_client_get_gc(zend_object *object, zval **table, int *n)
{
	php_gearman_client *obj = php_gearman_client_from_obj(object);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	zval *task;

	for (int i = 0; obj->callbacks && i < PHP_GEARMAN_CB_COUNT; i++) {
		zend_get_gc_buffer_add_zval(buf, &obj->callbacks[i].fn);
	}
	ZEND_HASH_FOREACH_VAL(&obj->tasks, task)
	{
		zend_get_gc_buffer_add_zval(buf, task);
	}
	ZEND_HASH_FOREACH_END();
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

/* libgearman copies servers, options, timeout and callback hooks, not tasks;
 * the PHP callbacks and context come along, so the copy behaves the same. */
static zend_object *php_gearman_client_clone(zend_object *old_object)
{
	php_gearman_client *old = php_gearman_client_from_obj(old_object);
	zend_object *new_object = php_gearman_client_create(old_object->ce);
	php_gearman_client *obj = php_gearman_client_from_obj(new_object);

	if (old->client && obj->client) {
		php_gearman_tls_client_free(obj->client);
		obj->client = php_gearman_tls_clone_client(old->client, old->tls);
		if (obj->client) {
			gearman_client_set_task_context_free_fn(obj->client, php_gearman_task_context_free);
		}
	}
	obj->servers = old->servers;
	for (int i = 0; old->callbacks && i < PHP_GEARMAN_CB_COUNT; i++) {
		php_gearman_callback *cb = &php_gearman_client_callbacks(obj)[i];
		ZVAL_COPY(&cb->fn, &old->callbacks[i].fn);
		cb->fcc = old->callbacks[i].fcc;
	}
	if (old->context) {
		obj->context = zend_string_copy(old->context);
	}
	obj->tls = php_gearman_tls_copy(old->tls);
	/* New connections: asked for exceptions before the copy's first job. */
	obj->exceptions = old->exceptions == PHP_GEARMAN_EXCEPTIONS_OFF ? PHP_GEARMAN_EXCEPTIONS_OFF
									: PHP_GEARMAN_EXCEPTIONS_LOST;
	obj->ret = old->ret;
	zend_objects_clone_members(new_object, old_object);
	return new_object;
}

void php_gearman_client_minit(zend_class_entry *ce)
{
	ce->create_object = php_gearman_client_create;
	memcpy(&php_gearman_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_gearman_client_handlers.offset = offsetof(php_gearman_client, std);
	php_gearman_client_handlers.free_obj = php_gearman_client_free;
	php_gearman_client_handlers.clone_obj = php_gearman_client_clone;
	php_gearman_client_handlers.get_gc = php_gearman_client_get_gc;
}

static void php_gearman_client_warn(php_gearman_client *obj)
{
	php_gearman_warn_failure(obj->ret, gearman_client_error(obj->client));
}

/* The blocking calls other than runTasks() also run libgearman's task loop:
 * on an interrupted client they would finish another task's packet, run its
 * callback, and then wait for ever for their own job, which is never sent.
 * runTasks() is the way out of that state, so it takes fetch_idle() and
 * calls before_io() itself. */
void php_gearman_client_throw_interrupted(void)
{
	const char *space;
	const char *class_name = get_active_class_name(&space);

	zend_throw_exception_ex(php_gearman_exception_ce, 0,
				"%s%s%s(): the last runTasks() was stopped by an exception while tasks were still "
				"running; call runTasks() to finish them first",
				class_name, space, get_active_function_name());
}

/* As request_exceptions, but a failure is the caller's: it throws. */
static bool php_gearman_client_enable_exceptions(php_gearman_client *obj)
{
	if (php_gearman_client_request_exceptions(obj)) {
		return true;
	}
	obj->ret = php_gearman_throw_exception_option(gearman_client_error_code(obj->client));
	return false;
}

PHP_METHOD(GearmanClient, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!Z_GEARMAN_CLIENT_P(ZEND_THIS)->client) {
		zend_throw_exception(php_gearman_exception_ce, "GearmanClient Object creation failure.", 0);
	}
}

/* Resources go with the object (free_obj): calling this by hand is harmless. */
PHP_METHOD(GearmanClient, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_FUNCTION(gearman_client_create)
{
	ZEND_PARSE_PARAMETERS_NONE();
	object_init_ex(return_value, php_gearman_client_ce);
	if (!Z_GEARMAN_CLIENT_P(return_value)->client) {
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
}

PHP_FUNCTION(gearman_client_return_code)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	RETURN_LONG(Z_GEARMAN_CLIENT_P(zobj)->ret);
}

PHP_FUNCTION(gearman_client_error)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	const char *error = gearman_client_error(obj->client);
	if (!error || !*error) {
		if (obj->renewal.lost_error) {
			RETURN_STR_COPY(obj->renewal.lost_error);
		}
		RETURN_FALSE;
	}
	RETURN_STRING(error);
}

PHP_FUNCTION(gearman_client_get_errno)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	RETURN_LONG(gearman_client_errno(obj->client));
}

/* What addServer() adds to: the client and, once its servers forward
 * exceptions, a probe that asks only the new servers (add_checked()). */
typedef struct {
	php_gearman_client *obj;
	gearman_client_st *probe;
} php_gearman_client_adding;

static gearman_return_t php_gearman_client_add_one(void *handle, const char *host, in_port_t port)
{
	php_gearman_client_adding *adding = handle;
	gearman_return_t ret = gearman_client_add_server(adding->obj->client, host, port);

	if (ret == GEARMAN_SUCCESS) {
		adding->obj->servers++;
		if (adding->probe && gearman_client_add_server(adding->probe, host, port) != GEARMAN_SUCCESS) {
			php_gearman_tls_client_free(adding->probe);
			adding->probe = NULL;
		}
	}
	return ret;
}

/* Asks the servers just added for exceptions. Once the client's servers
 * forward them, libgearman asks each new connection on its first packet by
 * itself, and gearman_client_set_server_option() would ask every server
 * again (and queue the option once more for each later connection): adding
 * N servers made O(N^2) round trips. A probe, a copy of the client with
 * only the new servers, then checks that they answer, one round trip each;
 * when it fails, the client itself asks, for the error and return code a
 * caller sees. */
static bool php_gearman_client_add_checked(php_gearman_client *obj, gearman_client_st *probe, uint32_t before)
{
	bool ok = gearman_client_set_server_option(probe, "exceptions", sizeof("exceptions") - 1);

	php_gearman_tls_client_free(probe);
	if (!ok) {
		return php_gearman_client_enable_exceptions(obj);
	}
	/* The round trip on the first server left its read marks, harmless
	 * while it was the only one (consume_stale_reads() explains). */
	if (before == 1) {
		php_gearman_client_consume_stale_reads(obj);
	}
	return true;
}

/* addServer() and addServers() differ only in how the list is given. */
static void php_gearman_client_add(INTERNAL_FUNCTION_PARAMETERS, bool list)
{
	php_gearman_server_args args;

	if (!php_gearman_server_args_parse(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_gearman_client_ce, list, &args)) {
		RETURN_THROWS();
	}
	PHP_GEARMAN_CLIENT_FETCH(obj, args.zobj, php_gearman_client_fetch);
	php_gearman_client_adding adding = { obj, NULL };
	uint32_t before = obj->servers;
	if (args.setup_exceptions && obj->exceptions == PHP_GEARMAN_EXCEPTIONS_ON && obj->servers > 0) {
		adding.probe = php_gearman_tls_clone_client(obj->client, obj->tls);
		if (adding.probe) {
			gearman_client_remove_servers(adding.probe);
		}
	}
	obj->ret = php_gearman_server_args_add(&args, &adding, php_gearman_client_add_one);
	if (EG(exception) || obj->ret != GEARMAN_SUCCESS) {
		if (adding.probe) {
			php_gearman_tls_client_free(adding.probe);
		}
		if (EG(exception)) {
			RETURN_THROWS();
		}
		php_gearman_client_warn(obj);
		RETURN_FALSE;
	}
	if (args.setup_exceptions && !(adding.probe ? php_gearman_client_add_checked(obj, adding.probe, before)
						    : php_gearman_client_enable_exceptions(obj))) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_client_add_server)
{
	php_gearman_client_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_FUNCTION(gearman_client_add_servers)
{
	php_gearman_client_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

typedef void *(*php_gearman_do_fn)(gearman_client_st *, const char *, const char *, const void *, size_t, size_t *,
				   gearman_return_t *);
typedef gearman_return_t (*php_gearman_do_bg_fn)(gearman_client_st *, const char *, const char *, const void *, size_t,
						 gearman_job_handle_t);

static const php_gearman_do_fn php_gearman_do_fns[] = {
	[GEARMAN_JOB_PRIORITY_HIGH] = gearman_client_do_high,
	[GEARMAN_JOB_PRIORITY_NORMAL] = gearman_client_do,
	[GEARMAN_JOB_PRIORITY_LOW] = gearman_client_do_low,
};

static const php_gearman_do_bg_fn php_gearman_do_bg_fns[] = {
	[GEARMAN_JOB_PRIORITY_HIGH] = gearman_client_do_high_background,
	[GEARMAN_JOB_PRIORITY_NORMAL] = gearman_client_do_background,
	[GEARMAN_JOB_PRIORITY_LOW] = gearman_client_do_low_background,
};

/* A foreground job may come back early with partial results: the worker's
 * data, status, warning, or its failure. The caller reads returnCode(). */
static bool php_gearman_do_ret_ok(gearman_return_t ret)
{
	switch (ret) {
	case GEARMAN_SUCCESS:
	case GEARMAN_PAUSE:
	case GEARMAN_IO_WAIT:
	case GEARMAN_WORK_DATA:
	case GEARMAN_WORK_STATUS:
	case GEARMAN_WORK_WARNING:
	case GEARMAN_WORK_EXCEPTION:
	case GEARMAN_WORK_FAIL:
		return true;
	default:
		return false;
	}
}

typedef gearman_return_t (*php_gearman_client_call)(php_gearman_client *obj, void *arg);

/* A blocking client call that PHP signal handlers may cut short
 * (php_gearman_signal.c): after a cut the handlers run and call is made
 * again (after retry, when given, prepares a new attempt), unless a handler
 * threw; its exception is then pending and the call's return code stays.
 * With async signals off this is the plain call. */
typedef struct {
	php_gearman_client *obj;
	php_gearman_client_call call;
	void (*retry)(php_gearman_client *);
	void *arg;
} php_gearman_client_block_ctx;

static gearman_return_t php_gearman_client_block_call(void *ctx)
{
	php_gearman_client_block_ctx *block = ctx;
	return block->call(block->obj, block->arg);
}

static void php_gearman_client_block_retry(void *ctx)
{
	php_gearman_client_block_ctx *block = ctx;
	block->retry(block->obj);
}

static gearman_return_t php_gearman_client_block(php_gearman_client *obj, php_gearman_client_call call,
						 void (*retry)(php_gearman_client *), void *arg)
{
	php_gearman_client_block_ctx block = { .obj = obj, .call = call, .retry = retry, .arg = arg };

	return php_gearman_signal_client_block(&obj->client, php_gearman_client_block_call,
					       retry ? php_gearman_client_block_retry : NULL, &block);
}

static gearman_return_t php_gearman_client_run_tasks_call(php_gearman_client *obj, void *arg)
{
	(void)arg;
	return gearman_client_run_tasks(obj->client);
}

/* doNormal(), doHigh(), doLow() with signals armed. gearman_client_do()
 * gives its job up when its wait is cut short, so the job goes as a task
 * instead, and runTasks()'s loop resumes it: the same SUBMIT_JOB, and the
 * same result (WORK_DATA chunks, then the WORK_COMPLETE data), without the
 * client's PHP callbacks (gearman_execute() gives the task its own
 * actions). Only for a client without tasks of its own, which the loop
 * would otherwise run too. The result is malloc()ed, as libgearman's. */
static void *php_gearman_client_do_task(php_gearman_client *obj, gearman_job_priority_t priority, const char *function,
					const char *unique, zend_string *workload, size_t *result_size)
{
	gearman_task_attr_t attr = gearman_task_attr_init(priority);
	gearman_argument_t argument = gearman_argument_make(NULL, 0, ZSTR_VAL(workload), ZSTR_LEN(workload));
	bool free_tasks = gearman_client_has_option(obj->client, GEARMAN_CLIENT_FREE_TASKS);
	void *result = NULL;

	/* Kept after it finishes, to be read; added without being run. */
	gearman_client_remove_options(obj->client, GEARMAN_CLIENT_FREE_TASKS);
	gearman_client_add_options(obj->client, GEARMAN_CLIENT_NON_BLOCKING);
	gearman_task_st *task = gearman_execute(obj->client, function, strlen(function), unique,
						unique ? strlen(unique) : 0, &attr, &argument, NULL);
	gearman_client_remove_options(obj->client, GEARMAN_CLIENT_NON_BLOCKING);
	if (!task) {
		obj->ret = gearman_client_error_code(obj->client);
	} else {
		obj->ret = php_gearman_client_block(obj, php_gearman_client_run_tasks_call, NULL, NULL);
		if (obj->ret == GEARMAN_SUCCESS) {
			obj->ret = gearman_task_return(task);
		}
		gearman_result_st *value = gearman_task_result(task);
		if (!EG(exception) && gearman_success(obj->ret) && value && gearman_result_size(value) > 0) {
			result = malloc(gearman_result_size(value));
			if (result) {
				memcpy(result, gearman_result_value(value), gearman_result_size(value));
				*result_size = gearman_result_size(value);
			}
		}
		gearman_task_free(task);
	}
	if (free_tasks) {
		gearman_client_add_options(obj->client, GEARMAN_CLIENT_FREE_TASKS);
	}
	/* A job given up for an exception: its packets go with the connection. */
	if (EG(exception)) {
		php_gearman_client_renew(obj);
	}
	return result;
}

/* Whether a foreground do* call takes php_gearman_client_do_task(): only
 * when signals may cut its wait. Taking it always would make one path, at
 * a cost: measured with bench/run (callgrind), 6075 -> 7019 instructions
 * per doNormal() (0.94x -> 1.08x PECL's), the extension's own 143 -> 238.
 * A client holding tasks of its own cannot take it at all (runTasks()'s
 * loop would run them). */
static bool php_gearman_client_do_interruptible(php_gearman_client *obj)
{
	return php_gearman_signal_armable() && gearman_client_timeout(obj->client) != 0 &&
	       !gearman_client_has_option(obj->client, GEARMAN_CLIENT_NON_BLOCKING) &&
	       zend_hash_num_elements(&obj->tasks) == 0 && !gearman_client_has_tasks(obj->client);
}

/* The do* family: one body for the three priorities, foreground or background. */
static void php_gearman_client_do(INTERNAL_FUNCTION_PARAMETERS, gearman_job_priority_t priority, bool background)
{
	zend_string *function, *workload, *unique = NULL;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 2, 3)
		Z_PARAM_PATH_STR(function)
		Z_PARAM_STR(workload)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR_OR_NULL(unique)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch_for_io);
	const char *unique_str = unique ? ZSTR_VAL(unique) : NULL;

	if (background) {
		gearman_job_handle_t handle;
		handle[0] = '\0';
		obj->ret = php_gearman_do_bg_fns[priority](obj->client, ZSTR_VAL(function), unique_str,
							   ZSTR_VAL(workload), ZSTR_LEN(workload), handle);
		if (obj->ret != GEARMAN_SUCCESS) {
			php_gearman_client_warn(obj);
			php_gearman_client_renew_after_failure(obj);
			RETURN_EMPTY_STRING();
		}
		RETURN_STRINGL(handle, strnlen(handle, GEARMAN_JOB_HANDLE_SIZE));
	}

	size_t result_size = 0;
	void *result = NULL;
	if (php_gearman_client_do_interruptible(obj)) {
		result = php_gearman_client_do_task(obj, priority, ZSTR_VAL(function), unique_str, workload,
						    &result_size);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	} else {
		result = php_gearman_do_fns[priority](obj->client, ZSTR_VAL(function), unique_str, ZSTR_VAL(workload),
						      ZSTR_LEN(workload), &result_size, &obj->ret);
	}
	if (!php_gearman_do_ret_ok(obj->ret)) {
		php_gearman_client_warn(obj);
		php_gearman_client_renew_after_failure(obj);
		RETVAL_EMPTY_STRING();
	} else if (result) {
		RETVAL_STRINGL(result, result_size);
	} else {
		RETVAL_EMPTY_STRING();
	}
	/* libgearman allocates the result with malloc() and hands it over. */
	free(result);
}

PHP_FUNCTION(gearman_client_do_normal)
{
	php_gearman_client_do(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_NORMAL, false);
}

PHP_FUNCTION(gearman_client_do_high)
{
	php_gearman_client_do(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_HIGH, false);
}

PHP_FUNCTION(gearman_client_do_low)
{
	php_gearman_client_do(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_LOW, false);
}

PHP_FUNCTION(gearman_client_do_background)
{
	php_gearman_client_do(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_NORMAL, true);
}

PHP_FUNCTION(gearman_client_do_high_background)
{
	php_gearman_client_do(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_HIGH, true);
}

PHP_FUNCTION(gearman_client_do_low_background)
{
	php_gearman_client_do(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_LOW, true);
}

typedef struct {
	const char *handle; /* jobStatus() */
	const char *unique; /* jobStatusByUniqueKey() */
	size_t unique_length;
	bool known, running;
	uint32_t numerator, denominator;
	gearman_status_t status;
} php_gearman_job_status_args;

static gearman_return_t php_gearman_client_job_status_call(php_gearman_client *obj, void *arg)
{
	php_gearman_job_status_args *args = arg;

	return gearman_client_job_status(obj->client, args->handle, &args->known, &args->running, &args->numerator,
					 &args->denominator);
}

static gearman_return_t php_gearman_client_unique_status_call(php_gearman_client *obj, void *arg)
{
	php_gearman_job_status_args *args = arg;

	args->status = gearman_client_unique_status(obj->client, args->unique, args->unique_length);
	return gearman_status_return(args->status);
}

PHP_FUNCTION(gearman_client_job_status)
{
	zend_string *handle;
	bool known = false, running = false;
	uint32_t numerator = 0, denominator = 0;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 1)
		Z_PARAM_PATH_STR(handle)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch_for_io);
	php_gearman_job_status_args args = { .handle = ZSTR_VAL(handle) };
	obj->ret = php_gearman_client_block(obj, php_gearman_client_job_status_call, php_gearman_client_renew, &args);
	if (EG(exception)) {
		php_gearman_client_renew(obj);
		RETURN_THROWS();
	}
	known = args.known;
	running = args.running;
	numerator = args.numerator;
	denominator = args.denominator;
	if (obj->ret != GEARMAN_SUCCESS && obj->ret != GEARMAN_IO_WAIT) {
		php_gearman_client_warn(obj);
		php_gearman_client_renew_after_failure(obj);
	}
	array_init_size(return_value, 4);
	add_next_index_bool(return_value, known);
	add_next_index_bool(return_value, running);
	add_next_index_long(return_value, numerator);
	add_next_index_long(return_value, denominator);
}

PHP_FUNCTION(gearman_client_options)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	/* GEARMAN_CLIENT_ALLOCATED says how libgearman got its memory: not an option. */
	RETURN_LONG(gearman_client_options(obj->client) & ~GEARMAN_CLIENT_ALLOCATED);
}

typedef void (*php_gearman_client_options_fn)(gearman_client_st *, gearman_client_options_t);

/* setOptions(), addOptions() and removeOptions() differ only in the libgearman call. */
static void php_gearman_client_change_options(INTERNAL_FUNCTION_PARAMETERS, php_gearman_client_options_fn change)
{
	zend_long options;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 1)
		Z_PARAM_LONG(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_gearman_check_options(options, GEARMAN_CLIENT_MAX, "GEARMAN_CLIENT", PHP_GEARMAN_ARG_BASE() + 1)) {
		RETURN_THROWS();
	}
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	change(obj->client, (gearman_client_options_t)options);
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_client_set_options)
{
	php_gearman_client_change_options(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_client_set_options);
}

PHP_FUNCTION(gearman_client_add_options)
{
	php_gearman_client_change_options(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_client_add_options);
}

PHP_FUNCTION(gearman_client_remove_options)
{
	php_gearman_client_change_options(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_client_remove_options);
}

PHP_FUNCTION(gearman_client_timeout)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	RETURN_LONG(gearman_client_timeout(obj->client));
}

PHP_FUNCTION(gearman_client_set_timeout)
{
	zend_long timeout;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 1)
		Z_PARAM_LONG(timeout)
	ZEND_PARSE_PARAMETERS_END();

	/* Milliseconds; negative means wait forever, as in libgearman. */
	if (!php_gearman_check_timeout(timeout, PHP_GEARMAN_ARG_BASE() + 1)) {
		RETURN_THROWS();
	}
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	gearman_client_set_timeout(obj->client, (int)timeout);
	RETURN_TRUE;
}

/* setSSL(): php_gearman_tls.c checks the files. */
PHP_FUNCTION(gearman_client_set_ssl)
{
	zval *zobj;
	php_gearman_tls *tls;

	if (!php_gearman_tls_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_gearman_client_ce, &zobj, &tls)) {
		RETURN_THROWS();
	}
	php_gearman_client *obj = php_gearman_client_fetch(zobj);
	if (!obj) {
		php_gearman_tls_free(tls);
		RETURN_THROWS();
	}
	php_gearman_tls_free(obj->tls);
	obj->tls = tls;
	php_gearman_tls_apply_client(obj->client, tls);
	/* Connections already open stay as they are in libgearman: servers
	 * added before are reached again through a fresh handle. */
	if (obj->servers > 0) {
		php_gearman_client_renew(obj);
	}
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_client_context)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	php_gearman_client *obj = Z_GEARMAN_CLIENT_P(zobj);
	if (!obj->context) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR_COPY(obj->context);
}

PHP_FUNCTION(gearman_client_set_context)
{
	zend_string *context;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 1)
		Z_PARAM_STR(context)
	ZEND_PARSE_PARAMETERS_END();

	php_gearman_client *obj = Z_GEARMAN_CLIENT_P(zobj);
	if (obj->context) {
		zend_string_release(obj->context);
	}
	obj->context = zend_string_copy(context);
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_client_enable_exception_handler)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch_for_io);
	if (!php_gearman_client_enable_exceptions(obj)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_client_wait)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch_idle);
	obj->ret = gearman_client_wait(obj->client);
	if (obj->ret != GEARMAN_SUCCESS) {
		if (obj->ret != GEARMAN_TIMEOUT) {
			php_gearman_client_warn(obj);
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_client_do_job_handle)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	const char *handle = gearman_client_do_job_handle(obj->client);
	if (!handle) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRING(handle);
}

PHP_FUNCTION(gearman_client_do_status)
{
	uint32_t numerator = 0, denominator = 0;

	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	gearman_client_do_status(obj->client, &numerator, &denominator);
	array_init_size(return_value, 2);
	add_next_index_long(return_value, numerator);
	add_next_index_long(return_value, denominator);
}

PHP_FUNCTION(gearman_client_job_status_by_unique_key)
{
	zend_string *unique;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 1)
		Z_PARAM_STR(unique)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch_for_io);
	php_gearman_job_status_args args = { .unique = ZSTR_VAL(unique), .unique_length = ZSTR_LEN(unique) };
	obj->ret =
		php_gearman_client_block(obj, php_gearman_client_unique_status_call, php_gearman_client_renew, &args);
	if (EG(exception)) {
		php_gearman_client_renew(obj);
		RETURN_THROWS();
	}
	gearman_status_t status = args.status;
	if (obj->ret != GEARMAN_SUCCESS && obj->ret != GEARMAN_IO_WAIT) {
		php_gearman_client_warn(obj);
	}
	/* Even a successful one leaves every later submission on this client
	 * blocked (GEARMAN_UNKNOWN_STATE): another libgearman 1.1.20 defect. */
	php_gearman_client_renew(obj);
	array_init_size(return_value, 4);
	add_next_index_bool(return_value, gearman_status_is_known(status));
	add_next_index_bool(return_value, gearman_status_is_running(status));
	add_next_index_long(return_value, gearman_status_numerator(status));
	add_next_index_long(return_value, gearman_status_denominator(status));
}

PHP_FUNCTION(gearman_client_ping)
{
	zend_string *workload;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 1)
		Z_PARAM_STR(workload)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch_for_io);
	obj->ret = gearman_client_echo(obj->client, ZSTR_VAL(workload), ZSTR_LEN(workload));
	if (obj->ret != GEARMAN_SUCCESS) {
		php_gearman_client_warn(obj);
		php_gearman_client_renew_after_failure(obj);
		RETURN_FALSE;
	}
	php_gearman_client_consume_stale_reads(obj);
	RETURN_TRUE;
}

/* Remembers a task object for as long as libgearman has its task. */
static void php_gearman_client_keep_task(php_gearman_client *obj, zval *ztask)
{
	Z_ADDREF_P(ztask);
	zend_hash_index_add_new(&obj->tasks, Z_OBJ_HANDLE_P(ztask), ztask);
}

/* The addTask* family: one body for the three priorities, foreground or background. */
static void php_gearman_client_add_task(INTERNAL_FUNCTION_PARAMETERS, gearman_job_priority_t priority, bool background)
{
	zend_string *function, *unique = NULL;
	zval *zworkload, *context = NULL;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 2, 4)
		Z_PARAM_PATH_STR(function)
		Z_PARAM_ZVAL(zworkload)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(context)
		Z_PARAM_PATH_STR_OR_NULL(unique)
	ZEND_PARSE_PARAMETERS_END();

	/* string|int|float, with PHP's own weak-mode rule that a bool becomes an int. */
	bool weak_bool =
		(Z_TYPE_P(zworkload) == IS_TRUE || Z_TYPE_P(zworkload) == IS_FALSE) && !ZEND_ARG_USES_STRICT_TYPES();
	if (Z_TYPE_P(zworkload) != IS_STRING && Z_TYPE_P(zworkload) != IS_LONG && Z_TYPE_P(zworkload) != IS_DOUBLE &&
	    !weak_bool) {
		zend_argument_type_error(PHP_GEARMAN_ARG_BASE() + 2, "must be of type string|int|float, %s given",
					 zend_zval_type_name(zworkload));
		RETURN_THROWS();
	}
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);

	zend_string *workload =
		weak_bool ? zend_long_to_str(Z_TYPE_P(zworkload) == IS_TRUE) : zval_get_string(zworkload);
	php_gearman_task *task = php_gearman_task_init(return_value, obj, context);
	task->task = php_gearman_add_task_fns[background][priority](obj->client, NULL, task, ZSTR_VAL(function),
								    unique ? ZSTR_VAL(unique) : NULL,
								    ZSTR_VAL(workload), ZSTR_LEN(workload), &obj->ret);
	task->workload = workload;
	task->background = background;
	task->priority = priority;
	if (!task->task) {
		php_gearman_client_warn(obj);
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
	php_gearman_client_keep_task(obj, return_value);
}

PHP_FUNCTION(gearman_client_add_task)
{
	php_gearman_client_add_task(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_NORMAL, false);
}

PHP_FUNCTION(gearman_client_add_task_high)
{
	php_gearman_client_add_task(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_HIGH, false);
}

PHP_FUNCTION(gearman_client_add_task_low)
{
	php_gearman_client_add_task(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_LOW, false);
}

PHP_FUNCTION(gearman_client_add_task_background)
{
	php_gearman_client_add_task(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_NORMAL, true);
}

PHP_FUNCTION(gearman_client_add_task_high_background)
{
	php_gearman_client_add_task(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_HIGH, true);
}

PHP_FUNCTION(gearman_client_add_task_low_background)
{
	php_gearman_client_add_task(INTERNAL_FUNCTION_PARAM_PASSTHRU, GEARMAN_JOB_PRIORITY_LOW, true);
}

PHP_FUNCTION(gearman_client_add_task_status)
{
	zend_string *handle;
	zval *context = NULL;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 2)
		Z_PARAM_PATH_STR(handle)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(context)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	php_gearman_task *task = php_gearman_task_init(return_value, obj, context);
	task->status = true;
	task->task = gearman_client_add_task_status(obj->client, NULL, task, ZSTR_VAL(handle), &obj->ret);
	if (!task->task) {
		php_gearman_client_warn(obj);
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
	php_gearman_client_keep_task(obj, return_value);
}

/* libgearman copies the client's hooks into each task it adds, so a callback
 * applies to the tasks added after it is set, as in PECL. */
static void php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAMETERS, php_gearman_client_cb which)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 1)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	php_gearman_client *obj = php_gearman_client_fetch(zobj);
	if (!obj || (which == PHP_GEARMAN_CB_EXCEPTION && !php_gearman_client_enable_exceptions(obj))) {
		zend_release_fcall_info_cache(&fcc);
		RETURN_THROWS();
	}
	php_gearman_callback_set(&php_gearman_client_callbacks(obj)[which], &fci, &fcc);
	php_gearman_task_hooks[which].set(obj->client, php_gearman_task_hooks[which].hook);
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_client_set_workload_callback)
{
	php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_CB_WORKLOAD);
}

PHP_FUNCTION(gearman_client_set_created_callback)
{
	php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_CB_CREATED);
}

PHP_FUNCTION(gearman_client_set_data_callback)
{
	php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_CB_DATA);
}

PHP_FUNCTION(gearman_client_set_warning_callback)
{
	php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_CB_WARNING);
}

PHP_FUNCTION(gearman_client_set_status_callback)
{
	php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_CB_STATUS);
}

PHP_FUNCTION(gearman_client_set_complete_callback)
{
	php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_CB_COMPLETE);
}

/* An exception callback is of no use unless the servers forward exceptions:
 * as in PECL, setting one asks them to, and throws when that fails. */
PHP_FUNCTION(gearman_client_set_exception_callback)
{
	php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_CB_EXCEPTION);
}

PHP_FUNCTION(gearman_client_set_fail_callback)
{
	php_gearman_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_CB_FAIL);
}

/* Safe from inside a callback: the running one is held until it returns. */
PHP_FUNCTION(gearman_client_clear_callbacks)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch);
	gearman_client_clear_fn(obj->client);
	for (int i = 0; obj->callbacks && i < PHP_GEARMAN_CB_COUNT; i++) {
		php_gearman_callback_dtor(&obj->callbacks[i]);
	}
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_client_run_tasks)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	PHP_GEARMAN_CLIENT_FETCH(obj, zobj, php_gearman_client_fetch_idle);
	php_gearman_client_before_io(obj);
	uint32_t before = zend_hash_num_elements(&obj->tasks);
	obj->ret = php_gearman_client_block(obj, php_gearman_client_run_tasks_call, NULL, NULL);
	php_gearman_trim_heap(before - MIN(before, zend_hash_num_elements(&obj->tasks)));
	if (EG(exception)) {
		obj->renewal.interrupted = !php_gearman_client_move_tasks(obj, PHP_GEARMAN_MOVE_INTERRUPTED);
		RETURN_THROWS();
	}
	obj->renewal.interrupted = false;
	if (!php_gearman_do_ret_ok(obj->ret)) {
		php_gearman_client_warn(obj);
		if (obj->ret == GEARMAN_LOST_CONNECTION || obj->ret == GEARMAN_COULD_NOT_CONNECT) {
			php_gearman_client_move_tasks(obj, PHP_GEARMAN_MOVE_LOST);
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
