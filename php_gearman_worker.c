/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* GearmanWorker: one gearman_worker_st per object, and the trampoline that
 * runs a PHP function for each job libgearman hands over. */

#include "php_gearman_private.h"

static zend_object_handlers php_gearman_worker_handlers;

static void php_gearman_worker_fn_free(zval *entry)
{
	php_gearman_worker_fn *fn = Z_PTR_P(entry);

	php_gearman_callback_dtor(&fn->cb);
	zval_ptr_dtor(&fn->context);
	efree(fn);
}

void php_gearman_worker_handle_release(php_gearman_worker_handle *handle)
{
	if (--handle->refcount == 0) {
		if (handle->worker && UNEXPECTED(handle->pid != php_gearman_getpid())) {
			php_gearman_keep_orphan(handle->worker);
		} else if (handle->worker) {
			gearman_worker_free(handle->worker);
		}
		efree(handle);
	}
}

void php_gearman_worker_set_handle(php_gearman_worker *obj, gearman_worker_st *worker)
{
	if (obj->handle) {
		php_gearman_worker_handle_release(obj->handle);
	}
	obj->handle = emalloc(sizeof(*obj->handle));
	obj->handle->worker = worker;
	obj->handle->refcount = 1;
	obj->handle->pid = php_gearman_getpid();
	obj->worker = worker;
}

static zend_object *php_gearman_worker_create(zend_class_entry *ce)
{
	php_gearman_worker *obj = zend_object_alloc(sizeof(php_gearman_worker), ce);

	/* zend_object_alloc() does not zero: start from a clean struct. */
	memset(obj, 0, offsetof(php_gearman_worker, std));

	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = &php_gearman_worker_handlers;
	php_gearman_worker_set_handle(obj, gearman_worker_create(NULL));
	obj->ret = GEARMAN_SUCCESS;
	zend_hash_init(&obj->functions, 8, NULL, php_gearman_worker_fn_free, 0);
	return &obj->std;
}

static void php_gearman_worker_free(zend_object *object)
{
	php_gearman_worker *obj = php_gearman_worker_from_obj(object);

	/* libgearman holds pointers into obj->functions: the handle goes first,
	 * or, kept by grabbed jobs, is never run again (nothing can reach it but
	 * the jobs' send*() methods). */
	php_gearman_worker_handle_release(obj->handle);
	obj->handle = NULL;
	obj->worker = NULL;
	php_gearman_tls_free(obj->tls);
	zend_hash_destroy(&obj->functions);
	zend_object_std_dtor(&obj->std);
}

static HashTable *php_gearman_worker_get_gc(zend_object *object, zval **table, int *n)
{
	php_gearman_worker *obj = php_gearman_worker_from_obj(object);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
	php_gearman_worker_fn *fn;

	ZEND_HASH_FOREACH_PTR(&obj->functions, fn)
	{
		zend_get_gc_buffer_add_zval(buf, &fn->cb.fn);
		zend_get_gc_buffer_add_zval(buf, &fn->context);
	}
	ZEND_HASH_FOREACH_END();
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

static void *php_gearman_worker_callback(gearman_job_st *job, void *context, size_t *result_size,
					 gearman_return_t *ret_ptr);

gearman_return_t php_gearman_worker_register_fn(gearman_worker_st *worker, zend_string *name, php_gearman_worker_fn *fn)
{
	return gearman_worker_add_function(worker, ZSTR_VAL(name), fn->timeout, php_gearman_worker_callback, fn);
}

static bool php_gearman_worker_define(php_gearman_worker *obj, zend_string *name, php_gearman_worker_fn *fn)
{
	obj->ret = php_gearman_worker_register_fn(obj->worker, name, fn);
	return obj->ret == GEARMAN_SUCCESS;
}

/* libgearman copies the servers and options, but also the function list with
 * its context pointers into the old object's table: re-point every function
 * at the new object's own copy so neither worker depends on the other. */
static zend_object *php_gearman_worker_clone(zend_object *old_object)
{
	php_gearman_worker *old = php_gearman_worker_from_obj(old_object);
	zend_object *new_object = php_gearman_worker_create(old_object->ce);
	php_gearman_worker *obj = php_gearman_worker_from_obj(new_object);
	zend_string *name;
	php_gearman_worker_fn *old_fn;

	zend_objects_clone_members(new_object, old_object);
	obj->ret = old->ret;
	if (!old->worker || !obj->worker) {
		return new_object;
	}
	php_gearman_worker_set_handle(obj, gearman_worker_clone(NULL, old->worker));
	if (!obj->worker) {
		return new_object;
	}
	obj->tls = php_gearman_tls_copy(old->tls);
	php_gearman_tls_apply_worker(obj->worker, obj->tls);
	gearman_worker_unregister_all(obj->worker);
	ZEND_HASH_FOREACH_STR_KEY_PTR(&old->functions, name, old_fn)
	{
		/* Not what the old worker has unregistered. */
		if (!gearman_worker_function_exist(old->worker, ZSTR_VAL(name), ZSTR_LEN(name))) {
			continue;
		}
		php_gearman_worker_fn *fn = ecalloc(1, sizeof(*fn));
		fn->owner = obj;
		fn->timeout = old_fn->timeout;
		ZVAL_COPY(&fn->cb.fn, &old_fn->cb.fn);
		fn->cb.fcc = old_fn->cb.fcc;
		ZVAL_COPY(&fn->context, &old_fn->context);
		zend_hash_add_new_ptr(&obj->functions, name, fn);
		php_gearman_worker_define(obj, name, fn);
	}
	ZEND_HASH_FOREACH_END();
	return new_object;
}

void php_gearman_worker_minit(zend_class_entry *ce)
{
	ce->create_object = php_gearman_worker_create;
	memcpy(&php_gearman_worker_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_gearman_worker_handlers.offset = offsetof(php_gearman_worker, std);
	php_gearman_worker_handlers.free_obj = php_gearman_worker_free;
	php_gearman_worker_handlers.clone_obj = php_gearman_worker_clone;
	php_gearman_worker_handlers.get_gc = php_gearman_worker_get_gc;
}

static void php_gearman_worker_warn(php_gearman_worker *obj)
{
	php_gearman_warn_failure(obj->ret, gearman_worker_error(obj->worker));
}

/* Reports a PHP exception thrown by the worker function to the client, with
 * the exception's own message (PECL before 2.2.1 sent a fixed text). A worker
 * that asked its servers for exceptions (addServer()'s default, as in PECL
 * 2.2.1) sends it as WORK_EXCEPTION, which gearmand 1.1.20 forwards to the
 * clients that asked for exceptions and which ends the job. Without that
 * (addServer(..., false)) it goes as WORK_WARNING, then WORK_FAIL: gearmand
 * tells WORK_EXCEPTION to no other client, and those would wait for ever. */
static void php_gearman_worker_report_exception(php_gearman_worker *obj, gearman_job_st *job)
{
	zend_object *ex = EG(exception);
	zval rv, *message = zend_read_property_ex(ex->ce, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
	zend_string *text = Z_TYPE_P(message) == IS_STRING && Z_STRLEN_P(message) > 0 ? Z_STR_P(message) : ex->ce->name;

	if (obj->exceptions) {
		gearman_job_send_exception(job, ZSTR_VAL(text), ZSTR_LEN(text));
	} else {
		gearman_job_send_warning(job, ZSTR_VAL(text), ZSTR_LEN(text));
	}
	/* A no-op after WORK_EXCEPTION, which finished the job. */
	gearman_job_send_fail(job);
}

/* Turns the PHP function's return value into the malloc()ed result that
 * libgearman sends with WORK_COMPLETE and then frees with free(). */
static void *php_gearman_worker_result(zval *retval, size_t *result_size, gearman_return_t *outcome)
{
	zend_string *str = zval_try_get_string(retval);
	void *result = NULL;

	if (!str) {
		return NULL; /* an exception is pending */
	}
	if (ZSTR_LEN(str) > 0) {
		result = malloc(ZSTR_LEN(str));
		if (result) {
			memcpy(result, ZSTR_VAL(str), ZSTR_LEN(str));
			*result_size = ZSTR_LEN(str);
		} else {
			*outcome = GEARMAN_MEMORY_ALLOCATION_FAILURE;
		}
	}
	zend_string_release(str);
	return result;
}

/* libgearman's worker hook: runs the PHP function for one job.
 *
 * Failures are reported to gearmand here, and libgearman is always told
 * GEARMAN_SUCCESS: on any other code its state machine returns from
 * gearman_worker_work() half-way and needs one more call to finish the job,
 * which made PECL's next work() return true without running anything. The
 * real outcome goes to the worker object, for work() to report. A PHP
 * exception stays pending, for work() to rethrow. */
static void *php_gearman_worker_callback(gearman_job_st *job, void *context, size_t *result_size,
					 gearman_return_t *ret_ptr)
{
	php_gearman_worker_fn *fn = context;
	zval args[2], retval;
	void *result = NULL;
	gearman_return_t outcome;
	php_gearman_pid_t pid = php_gearman_getpid();

	*result_size = 0;
	/* Signals during the function are the VM's to dispatch, as anywhere. */
	if (php_gearman_signal_armable()) {
		php_gearman_signal_suspend();
	}
	php_gearman_job_attach(&args[0], job);
	ZVAL_COPY_VALUE(&args[1], &fn->context);
	fn->owner->in_callback = true;
	php_gearman_callback_call(&fn->cb, &retval, 2, args);
	if (UNEXPECTED(php_gearman_getpid() != pid)) {
		php_gearman_leave_inherited("a GearmanWorker function", pid);
	}
	fn->owner->in_callback = false;

	outcome = php_gearman_job_detach(&args[0]);
	if (!EG(exception) && !Z_ISUNDEF(retval) && outcome == GEARMAN_SUCCESS) {
		result = php_gearman_worker_result(&retval, result_size, &outcome);
	}
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&retval);

	if (EG(exception) && zend_is_unwind_exit(EG(exception))) {
		/* exit(): nothing is sent for the job. GEARMAN_LOST_CONNECTION
		 * makes libgearman close the connections without a word, and
		 * gearmand gives the job to another worker. */
		free(result);
		fn->owner->job_ret = GEARMAN_LOST_CONNECTION;
		*ret_ptr = GEARMAN_LOST_CONNECTION;
		return NULL;
	}
	if (EG(exception)) {
		php_gearman_worker_report_exception(fn->owner, job);
		outcome = GEARMAN_WORK_EXCEPTION;
	} else if (outcome != GEARMAN_SUCCESS) {
		/* A no-op when the function already ended the job itself. */
		gearman_job_send_fail(job);
	}
	if (outcome != GEARMAN_SUCCESS) {
		free(result);
		result = NULL;
		*result_size = 0;
	}
	fn->owner->job_ret = outcome;
	*ret_ptr = GEARMAN_SUCCESS;
	return result;
}

PHP_METHOD(GearmanWorker, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (!Z_GEARMAN_WORKER_P(ZEND_THIS)->worker) {
		zend_throw_exception(php_gearman_exception_ce, "GearmanWorker Object creation failure.", 0);
	}
}

/* Resources go with the object (free_obj): calling this by hand is harmless. */
PHP_METHOD(GearmanWorker, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_FUNCTION(gearman_worker_create)
{
	ZEND_PARSE_PARAMETERS_NONE();
	object_init_ex(return_value, php_gearman_worker_ce);
	if (!Z_GEARMAN_WORKER_P(return_value)->worker) {
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
}

PHP_FUNCTION(gearman_worker_return_code)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	RETURN_LONG(Z_GEARMAN_WORKER_P(zobj)->ret);
}

PHP_FUNCTION(gearman_worker_error)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	const char *error = gearman_worker_error(obj->worker);
	if (!error || !*error) {
		RETURN_FALSE;
	}
	RETURN_STRING(error);
}

PHP_FUNCTION(gearman_worker_errno)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	RETURN_LONG(gearman_worker_errno(obj->worker));
}

static gearman_return_t php_gearman_worker_add_one(void *handle, const char *host, in_port_t port)
{
	return gearman_worker_add_server((gearman_worker_st *)handle, host, port);
}

/* Asks every server for WORK_EXCEPTION forwarding; one round trip per server. */
static bool php_gearman_worker_enable_exceptions(php_gearman_worker *obj)
{
	if (gearman_worker_set_server_option(obj->worker, "exceptions", sizeof("exceptions") - 1)) {
		obj->exceptions = true;
		return true;
	}
	obj->ret = php_gearman_throw_exception_option(php_gearman_error_text_code(gearman_worker_error(obj->worker)));
	return false;
}

/* addServer() and addServers() differ only in how the list is given. */
static void php_gearman_worker_add(INTERNAL_FUNCTION_PARAMETERS, bool list)
{
	php_gearman_server_args args;

	if (!php_gearman_server_args_parse(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_gearman_worker_ce, list, &args)) {
		RETURN_THROWS();
	}
	PHP_GEARMAN_WORKER_FETCH(obj, args.zobj, php_gearman_worker_fetch);
	obj->ret = php_gearman_server_args_add(&args, obj->worker, php_gearman_worker_add_one);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (obj->ret != GEARMAN_SUCCESS) {
		php_gearman_worker_warn(obj);
		RETURN_FALSE;
	}
	if (args.setup_exceptions && !php_gearman_worker_enable_exceptions(obj)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_worker_add_server)
{
	php_gearman_worker_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_FUNCTION(gearman_worker_add_servers)
{
	php_gearman_worker_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* addFunction() and register(): a name libgearman can register (PECL passed
 * "" on, and libgearman warned), a timeout gearmand can keep. */
static bool php_gearman_worker_check_function(zend_string *name, zend_long timeout, uint32_t base, uint32_t timeout_arg)
{
	if (ZSTR_LEN(name) == 0) {
		zend_argument_value_error(base + 1, "cannot be empty");
		return false;
	}
	return php_gearman_check_uint32(timeout, base + timeout_arg);
}

/* Sets the PHP function and context of name: a second addFunction() for a
 * name replaces them in place, so libgearman's context pointer stays valid.
 * *is_new says whether the entry was made now. */
static php_gearman_worker_fn *php_gearman_worker_fn_put(php_gearman_worker *obj, zend_string *name,
							zend_fcall_info *fci, zend_fcall_info_cache *fcc, zval *context,
							zend_long timeout, bool *is_new)
{
	php_gearman_worker_fn *fn = zend_hash_find_ptr(&obj->functions, name);

	*is_new = fn == NULL;
	if (*is_new) {
		fn = ecalloc(1, sizeof(*fn));
		fn->owner = obj;
		ZVAL_UNDEF(&fn->cb.fn);
		ZVAL_NULL(&fn->context);
		zend_hash_add_new_ptr(&obj->functions, name, fn);
	}
	php_gearman_callback_set(&fn->cb, fci, fcc);
	zval_ptr_dtor(&fn->context);
	ZVAL_COPY(&fn->context, context ? context : &EG(uninitialized_zval));
	fn->timeout = (uint32_t)timeout;
	return fn;
}

PHP_FUNCTION(gearman_worker_add_function)
{
	zend_string *name;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zval *context = NULL;
	zend_long timeout = 0;
	php_gearman_worker *obj = NULL;
	bool is_new;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_worker_ce, 2, 4)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(context)
		Z_PARAM_LONG(timeout)
	ZEND_PARSE_PARAMETERS_END();

	if (php_gearman_worker_check_function(name, timeout, PHP_GEARMAN_ARG_BASE(), 4)) {
		obj = php_gearman_worker_fetch(zobj);
	}
	if (!obj) {
		zend_release_fcall_info_cache(&fcc);
		RETURN_THROWS();
	}
	php_gearman_worker_fn *fn = php_gearman_worker_fn_put(obj, name, &fci, &fcc, context, timeout, &is_new);
	php_gearman_worker_note_addition(obj);
	if (!php_gearman_worker_define(obj, name, fn)) {
		php_gearman_worker_warn(obj);
		if (is_new) {
			zend_hash_del(&obj->functions, name);
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* After stop(): false at once, without a warning. */
static bool php_gearman_worker_stopped(php_gearman_worker *obj)
{
	if (obj->stopped) {
		obj->ret = GEARMAN_SHUTDOWN;
	}
	return obj->stopped;
}

/* Return codes that work() reports without a warning: the non-blocking loop
 * and job failures are ordinary outcomes, not errors. */
static bool php_gearman_work_is_quiet(gearman_return_t ret)
{
	switch (ret) {
	case GEARMAN_SUCCESS:
	case GEARMAN_IO_WAIT:
	case GEARMAN_WORK_FAIL:
	case GEARMAN_TIMEOUT:
	case GEARMAN_WORK_EXCEPTION:
	case GEARMAN_NO_JOBS:
	case GEARMAN_SHUTDOWN:
		return true;
	default:
		return false;
	}
}

PHP_FUNCTION(gearman_worker_work)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch_for_io);
	if (php_gearman_worker_stopped(obj)) {
		RETURN_FALSE;
	}
	obj->job_ret = GEARMAN_SUCCESS;
	obj->ret = php_gearman_signal_worker_block(obj->worker, gearman_worker_work, &obj->stopped);
	php_gearman_worker_note_work(obj);
	if (obj->ret == GEARMAN_SUCCESS) {
		obj->ret = obj->job_ret;
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (!php_gearman_work_is_quiet(obj->ret)) {
		php_gearman_worker_warn(obj);
	}
	RETURN_BOOL(obj->ret == GEARMAN_SUCCESS);
}

/* Warns with libgearman's message when it left one for this call, and
 * otherwise with the return code's name: some failures (unregister() of an
 * unknown function) set no message, and the last one would be stale. */
static void php_gearman_worker_warn_code(php_gearman_worker *obj, bool has_message)
{
	php_gearman_warn_failure(obj->ret, has_message ? gearman_worker_error(obj->worker) : NULL);
}

/* Without GEARMAN_WORKER_ALLOCATED: it says that libgearman allocated the
 * struct (PECL embedded it, so its options() never had it), nothing a PHP
 * user can act on. */
PHP_FUNCTION(gearman_worker_options)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	RETURN_LONG((zend_long)(gearman_worker_options(obj->worker) & ~GEARMAN_WORKER_ALLOCATED));
}

/* setOptions(), addOptions() and removeOptions() differ only in what they
 * do with the bits; libgearman ignores those a user cannot change
 * (PACKET_INIT, CHANGE...), so options() can be passed back as it is. */
static void php_gearman_worker_change_options(INTERNAL_FUNCTION_PARAMETERS,
					      void (*change)(gearman_worker_st *, gearman_worker_options_t))
{
	zend_long option;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_worker_ce, 1, 1)
		Z_PARAM_LONG(option)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_gearman_check_options(option, GEARMAN_WORKER_MAX, "GEARMAN_WORKER", PHP_GEARMAN_ARG_BASE() + 1)) {
		RETURN_THROWS();
	}
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	change(obj->worker, (gearman_worker_options_t)option);
	RETURN_TRUE;
}

/* setTimeout() works through GEARMAN_WORKER_TIMEOUT_RETURN, which
 * setOptions(GEARMAN_WORKER_GRAB_UNIQ) and the like would clear, putting
 * libgearman's own 10 s period back: work() would then no longer return
 * GEARMAN_TIMEOUT, as with PECL. The option and the timeout are kept. */
static void php_gearman_worker_set_options_keep_timeout(gearman_worker_st *worker, gearman_worker_options_t options)
{
	int timeout = gearman_worker_timeout(worker);
	bool keep = timeout >= 0 && (gearman_worker_options(worker) & GEARMAN_WORKER_TIMEOUT_RETURN);

	gearman_worker_set_options(worker, options);
	if (keep) {
		gearman_worker_set_timeout(worker, timeout);
	}
}

PHP_FUNCTION(gearman_worker_set_options)
{
	php_gearman_worker_change_options(INTERNAL_FUNCTION_PARAM_PASSTHRU,
					  php_gearman_worker_set_options_keep_timeout);
}

PHP_FUNCTION(gearman_worker_add_options)
{
	php_gearman_worker_change_options(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_worker_add_options);
}

PHP_FUNCTION(gearman_worker_remove_options)
{
	php_gearman_worker_change_options(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_worker_remove_options);
}

PHP_FUNCTION(gearman_worker_timeout)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	RETURN_LONG(gearman_worker_timeout(obj->worker));
}

/* Milliseconds; negative waits forever. libgearman also turns on
 * GEARMAN_WORKER_TIMEOUT_RETURN, so that work() returns GEARMAN_TIMEOUT. */
PHP_FUNCTION(gearman_worker_set_timeout)
{
	zend_long timeout;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_worker_ce, 1, 1)
		Z_PARAM_LONG(timeout)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_gearman_check_timeout(timeout, PHP_GEARMAN_ARG_BASE() + 1)) {
		RETURN_THROWS();
	}
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	gearman_worker_set_timeout(obj->worker, (int)timeout);
	RETURN_TRUE;
}

/* setSSL(): php_gearman_tls.c checks the files and says how a worker gets
 * them. */
PHP_FUNCTION(gearman_worker_set_ssl)
{
	zval *zobj;
	php_gearman_tls *tls;

	if (!php_gearman_tls_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_gearman_worker_ce, &zobj, &tls)) {
		RETURN_THROWS();
	}
	php_gearman_worker *obj = php_gearman_worker_fetch(zobj);
#if defined(ZTS) && !defined(HAVE_GEARMAN_WORKER_SET_SSL)
	if (obj && !php_gearman_tls_worker_allowed(tls)) {
		obj = NULL;
	}
#endif
	if (!obj) {
		php_gearman_tls_free(tls);
		RETURN_THROWS();
	}
	php_gearman_tls_free(obj->tls);
	obj->tls = tls;
	php_gearman_tls_apply_worker(obj->worker, tls);
	/* Connections already open (addServer()'s exception round trip) stay
	 * as they are in libgearman: a fresh handle makes new ones. */
	if (!php_gearman_worker_renew(obj)) {
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_worker_set_id)
{
	zend_string *id;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_worker_ce, 1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	obj->ret = gearman_worker_set_identifier(obj->worker, ZSTR_VAL(id), ZSTR_LEN(id));
	RETURN_BOOL(obj->ret == GEARMAN_SUCCESS);
}

PHP_FUNCTION(gearman_worker_enable_exception_handler)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	if (!php_gearman_worker_enable_exceptions(obj)) {
		RETURN_THROWS();
	}
	obj->ret = GEARMAN_SUCCESS;
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_worker_ping)
{
	zend_string *data;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_worker_ce, 1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch_for_io);
	obj->ret = gearman_worker_echo(obj->worker, ZSTR_VAL(data), ZSTR_LEN(data));
	if (obj->ret != GEARMAN_SUCCESS) {
		php_gearman_worker_warn(obj);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* A function without a PHP callable, for grabJob(): work() cannot run its
 * jobs (GEARMAN_INVALID_FUNCTION_NAME). */
PHP_FUNCTION(gearman_worker_register)
{
	zend_string *name;
	zend_long timeout = 0;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_worker_ce, 1, 2)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_gearman_worker_check_function(name, timeout, PHP_GEARMAN_ARG_BASE(), 2)) {
		RETURN_THROWS();
	}
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	obj->ret = gearman_worker_register(obj->worker, ZSTR_VAL(name), (uint32_t)timeout);
	if (obj->ret != GEARMAN_SUCCESS) {
		php_gearman_worker_warn(obj);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* The PHP function and context stay in obj->functions until the worker is
 * freed: libgearman keeps the context pointer until its next work() has
 * told gearmand, and may still hand over a job that was already on its way. */
PHP_FUNCTION(gearman_worker_unregister)
{
	zend_string *name;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_worker_ce, 1, 1)
		Z_PARAM_PATH_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	obj->ret = gearman_worker_unregister(obj->worker, ZSTR_VAL(name));
	if (obj->ret != GEARMAN_SUCCESS) {
		php_gearman_worker_warn_code(obj, false);
		RETURN_FALSE;
	}
	php_gearman_worker_note_removal(obj);
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_worker_unregister_all)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch);
	obj->ret = gearman_worker_unregister_all(obj->worker);
	if (obj->ret != GEARMAN_SUCCESS) {
		php_gearman_worker_warn_code(obj, false);
		RETURN_FALSE;
	}
	php_gearman_worker_note_removal(obj);
	RETURN_TRUE;
}

/* For the non-blocking loop: waits for I/O on the worker's connections, up
 * to timeout(). Failures warn, as in PECL, except GEARMAN_TIMEOUT: a loop
 * with setTimeout() meets it every period, and PECL is silent on it too. */
PHP_FUNCTION(gearman_worker_wait)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch_for_io);
	if (php_gearman_worker_stopped(obj)) {
		RETURN_FALSE;
	}
	obj->ret = php_gearman_signal_worker_block(obj->worker, gearman_worker_wait, &obj->stopped);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (obj->ret != GEARMAN_SUCCESS) {
		if (obj->ret != GEARMAN_TIMEOUT && obj->ret != GEARMAN_SHUTDOWN) {
			php_gearman_worker_warn_code(obj, true);
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* The next queued job, unrun: the caller answers it with the GearmanJob's
 * send*() methods. With none queued this is false at once, returnCode()
 * GEARMAN_NO_JOBS (PECL returned an empty GearmanJob when non-blocking).
 *
 * Always one blocking round trip: outside gearman_worker_work(),
 * libgearman 1.1.20 leaves its state machine on a dangling connection when
 * a grab resumed after GEARMAN_IO_WAIT ends in NO_JOB, and the next grab
 * crashes (PECL too). Blocking, a grab never stops half-way; it still does
 * not wait for a job, only for gearmand's answer. */
PHP_FUNCTION(gearman_worker_grab_job)
{
	gearman_job_st *job;

	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	PHP_GEARMAN_WORKER_FETCH(obj, zobj, php_gearman_worker_fetch_for_io);
	if (php_gearman_worker_stopped(obj)) {
		RETURN_FALSE;
	}
	bool non_blocking = gearman_worker_options(obj->worker) & GEARMAN_WORKER_NON_BLOCKING;
	if (non_blocking) {
		gearman_worker_remove_options(obj->worker, GEARMAN_WORKER_NON_BLOCKING);
	}
	job = gearman_worker_grab_job(obj->worker, NULL, &obj->ret);
	if (non_blocking) {
		gearman_worker_add_options(obj->worker, GEARMAN_WORKER_NON_BLOCKING);
	}
	php_gearman_worker_note_grab(obj, job != NULL);
	if (!job) {
		if (obj->ret == GEARMAN_SUCCESS) {
			obj->ret = GEARMAN_UNKNOWN_STATE;
		}
		if (!php_gearman_work_is_quiet(obj->ret)) {
			php_gearman_worker_warn_code(obj, true);
		}
		RETURN_FALSE;
	}
	obj->ret = GEARMAN_SUCCESS;
	php_gearman_job_adopt(return_value, job, obj->handle);
}

/* Callable from a signal handler (run by work() or wait() while they wait),
 * from a worker function (work() returns true for that job, then false), or
 * before the loop: it only sets a flag. */
PHP_FUNCTION(gearman_worker_stop)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_worker_ce);
	Z_GEARMAN_WORKER_P(zobj)->stopped = true;
}
