/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* GearmanTask: a job submitted with addTask*() and run by runTasks(), and
 * the hooks through which libgearman calls the client's PHP callbacks.
 *
 * Ownership: libgearman owns the gearman_task_st and frees it when the task
 * finishes (GEARMAN_CLIENT_FREE_TASKS) or with the client; it then calls
 * php_gearman_task_context_free(), which detaches the PHP object. The client
 * holds the object while libgearman has the task; the object only points
 * back at its client, for as long as it has a task (see
 * php_gearman_private.h). */

#include "php_gearman_private.h"

/* addTask*() and the client's resubmission of a task (php_gearman_client_workarounds.c). */
const php_gearman_add_task_fn php_gearman_add_task_fns[2][3] = {
	{
		[GEARMAN_JOB_PRIORITY_HIGH] = gearman_client_add_task_high,
		[GEARMAN_JOB_PRIORITY_NORMAL] = gearman_client_add_task,
		[GEARMAN_JOB_PRIORITY_LOW] = gearman_client_add_task_low,
	},
	{
		[GEARMAN_JOB_PRIORITY_HIGH] = gearman_client_add_task_high_background,
		[GEARMAN_JOB_PRIORITY_NORMAL] = gearman_client_add_task_background,
		[GEARMAN_JOB_PRIORITY_LOW] = gearman_client_add_task_low_background,
	},
};

static zend_object_handlers php_gearman_task_handlers;

static void php_gearman_task_state_release(php_gearman_task_state *state)
{
	for (int i = 0; i < PHP_GEARMAN_TASK_STRING_COUNT; i++) {
		if (state->strings[i]) {
			zend_string_release(state->strings[i]);
			state->strings[i] = NULL;
		}
	}
}

static zend_string *php_gearman_task_dup(const char *value)
{
	return value && *value ? zend_string_init(value, strlen(value), 0) : NULL;
}

/* What functionName(), unique() and jobHandle() read from a live task. */
static const char *(*const php_gearman_task_getters[PHP_GEARMAN_TASK_DATA])(const gearman_task_st *) = {
	[PHP_GEARMAN_TASK_FUNCTION_NAME] = gearman_task_function_name,
	[PHP_GEARMAN_TASK_UNIQUE] = gearman_task_unique,
	[PHP_GEARMAN_TASK_JOB_HANDLE] = gearman_task_job_handle,
};

/* Keeps what the getters answer before libgearman frees the task. */
void php_gearman_task_remember(php_gearman_task *obj)
{
	gearman_task_st *task = obj->task;
	const char *data = gearman_task_data(task);
	size_t size = gearman_task_data_size(task);

	php_gearman_task_state_release(&obj->last);
	/* A status task's "function name" is its request packet's argument, the
	 * job handle, and that packet may be half-reset after a failed send:
	 * the handle is read from the task instead. */
	for (int i = 0; i < PHP_GEARMAN_TASK_DATA; i++) {
		int from = obj->status && i == PHP_GEARMAN_TASK_FUNCTION_NAME ? PHP_GEARMAN_TASK_JOB_HANDLE : i;
		obj->last.strings[i] = php_gearman_task_dup(php_gearman_task_getters[from](task));
	}
	obj->last.strings[PHP_GEARMAN_TASK_DATA] = data && size ? zend_string_init(data, size, 0) : NULL;
	obj->last.numerator = gearman_task_numerator(task);
	obj->last.denominator = gearman_task_denominator(task);
	obj->last.is_known = gearman_task_is_known(task);
	obj->last.is_running = gearman_task_is_running(task);
	obj->ret = gearman_task_return(task);
}

static void php_gearman_task_detach(php_gearman_task *obj);

void php_gearman_task_context_free(gearman_task_st *task, void *context)
{
	php_gearman_task *obj = context;

	if (!obj) {
		return;
	}
	/* While libgearman frees a whole client it has already released the
	 * task's packets: nothing is left to read, only to detach. And a task
	 * object that only the client's table holds dies below, unread: most
	 * tasks of a big runTasks() go that way, so copying their strings would
	 * be the dearest part of finishing them. */
	php_gearman_client *client = obj->client;
	bool only_in_table =
		client && GC_REFCOUNT(&obj->std) == 1 && zend_hash_index_exists(&client->tasks, obj->std.handle);
	if (!client || (!client->freeing && !only_in_table)) {
		php_gearman_task_remember(obj);
	}
	php_gearman_task_detach(obj);
}

/* Lets go of the libgearman task: the object may go too, when only its
 * client's table held it. */
static void php_gearman_task_detach(php_gearman_task *obj)
{
	php_gearman_client *client = obj->client;

	obj->task = NULL;
	obj->client = NULL;
	if (obj->workload) {
		zend_string_release(obj->workload);
		obj->workload = NULL;
	}
	zval_ptr_dtor(&obj->context);
	ZVAL_UNDEF(&obj->context);
	/* A client being freed destroys its table itself. */
	if (client && !client->freeing) {
		zend_hash_index_del(&client->tasks, obj->std.handle);
	}
}

void php_gearman_task_free_now(php_gearman_task *obj)
{
	gearman_task_st *task = obj->task;

	/* Read while it can be: gearman_task_free() of an unfinished task
	 * releases its packets before it calls the context free function. */
	php_gearman_task_remember(obj);
	gearman_task_set_context(task, NULL);
	php_gearman_task_detach(obj);
	gearman_task_free(task);
}

static zend_object *php_gearman_task_create(zend_class_entry *ce)
{
	php_gearman_task *obj = zend_object_alloc(sizeof(php_gearman_task), ce);

	/* zend_object_alloc() does not zero: start from a clean struct. */
	memset(obj, 0, offsetof(php_gearman_task, std));

	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = &php_gearman_task_handlers;
	ZVAL_UNDEF(&obj->context);
	return &obj->std;
}

static void php_gearman_task_free(zend_object *object)
{
	php_gearman_task *obj = php_gearman_task_from_obj(object);

	/* Only reachable while the task lives when the GC or the shutdown frees
	 * objects regardless of references: cut libgearman's way back to us. */
	if (obj->task) {
		gearman_task_set_context(obj->task, NULL);
		obj->task = NULL;
		obj->client = NULL;
	}
	php_gearman_task_state_release(&obj->last);
	if (obj->workload) {
		zend_string_release(obj->workload);
	}
	zval_ptr_dtor(&obj->context);
	zend_object_std_dtor(&obj->std);
}

static HashTable *php_gearman_task_get_gc(zend_object *object, zval **table, int *n)
{
	php_gearman_task *obj = php_gearman_task_from_obj(object);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &obj->context);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(object);
}

/* A copy answers with what the original showed, but is not a live task:
 * two objects must not drive one libgearman task. */
static zend_object *php_gearman_task_clone(zend_object *old_object)
{
	php_gearman_task *old = php_gearman_task_from_obj(old_object);
	zend_object *new_object = php_gearman_task_create(old_object->ce);
	php_gearman_task *obj = php_gearman_task_from_obj(new_object);

	if (old->task) {
		php_gearman_task_remember(old);
	}
	obj->ret = old->ret;
	obj->last = old->last;
	for (int i = 0; i < PHP_GEARMAN_TASK_STRING_COUNT; i++) {
		if (obj->last.strings[i]) {
			zend_string_addref(obj->last.strings[i]);
		}
	}
	zend_objects_clone_members(new_object, old_object);
	return new_object;
}

void php_gearman_task_minit(zend_class_entry *ce)
{
	ce->create_object = php_gearman_task_create;
	memcpy(&php_gearman_task_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_gearman_task_handlers.offset = offsetof(php_gearman_task, std);
	php_gearman_task_handlers.free_obj = php_gearman_task_free;
	php_gearman_task_handlers.clone_obj = php_gearman_task_clone;
	php_gearman_task_handlers.get_gc = php_gearman_task_get_gc;
}

php_gearman_task *php_gearman_task_init(zval *ztask, php_gearman_client *client, zval *context)
{
	object_init_ex(ztask, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(ztask);
	obj->client = client;
	obj->added = true;
	if (context) {
		ZVAL_COPY(&obj->context, context);
	}
	return obj;
}

/* Runs the client's PHP callback `which` for a task. The callback gets the
 * task object and the task's context; what it returns becomes the libgearman
 * status (null means GEARMAN_SUCCESS), so returning a failure code stops
 * runTasks(). A PHP exception stops runTasks() too (GEARMAN_PAUSE), and
 * runTasks() rethrows it. */
static gearman_return_t php_gearman_task_hook(gearman_task_st *task, php_gearman_client_cb which)
{
	php_gearman_task *obj = gearman_task_context(task);

	if (!obj || !obj->client) {
		return GEARMAN_SUCCESS;
	}
	if (obj->skip_callback) {
		obj->skip_callback = false;
		return GEARMAN_SUCCESS;
	}
	php_gearman_client *client = obj->client;
	php_gearman_callback *cb = client->callbacks ? &client->callbacks[which] : NULL;
	if (!cb || Z_ISUNDEF(cb->fn)) {
		return GEARMAN_SUCCESS;
	}
	if (EG(exception)) {
		return GEARMAN_PAUSE;
	}

	zval args[2], retval;
	bool was_in_callback = obj->in_callback;
	gearman_return_t ret = GEARMAN_SUCCESS;
	/* As in PECL, the context is passed only when addTask*() was given one. */
	uint32_t argc = Z_ISUNDEF(obj->context) ? 1 : 2;

	/* Held for the call: the callback may drop the last other reference. */
	ZVAL_OBJ_COPY(&args[0], &obj->std);
	ZVAL_COPY(&args[1], &obj->context);
	obj->in_callback = true;
	client->in_callback++;
	php_gearman_callback_call(cb, &retval, argc, args);
	if (UNEXPECTED(client->pid != php_gearman_getpid())) {
		php_gearman_leave_inherited("a GearmanClient callback", client->pid);
	}
	client->in_callback--;
	obj->in_callback = was_in_callback;

	if (EG(exception)) {
		obj->skip_callback = true;
		ret = GEARMAN_PAUSE;
	} else if (!Z_ISUNDEF(retval) && Z_TYPE(retval) != IS_NULL) {
		zend_long code = zval_get_long(&retval);
		if (code < 0 || code >= GEARMAN_MAX_RETURN) {
			zend_value_error("%s callback must return null or a GEARMAN_* return code, " ZEND_LONG_FMT
					 " returned",
					 ZSTR_VAL(obj->std.ce->name), code);
			obj->skip_callback = true;
			ret = GEARMAN_PAUSE;
		} else {
			ret = (gearman_return_t)code;
		}
	}
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	return ret;
}

#define PHP_GEARMAN_TASK_HOOK(name, which)                                            \
	static gearman_return_t php_gearman_task_##name##_hook(gearman_task_st *task) \
	{                                                                             \
		return php_gearman_task_hook(task, which);                            \
	}

PHP_GEARMAN_TASK_HOOK(workload, PHP_GEARMAN_CB_WORKLOAD)
PHP_GEARMAN_TASK_HOOK(created, PHP_GEARMAN_CB_CREATED)
PHP_GEARMAN_TASK_HOOK(data, PHP_GEARMAN_CB_DATA)
PHP_GEARMAN_TASK_HOOK(warning, PHP_GEARMAN_CB_WARNING)
PHP_GEARMAN_TASK_HOOK(status, PHP_GEARMAN_CB_STATUS)
PHP_GEARMAN_TASK_HOOK(complete, PHP_GEARMAN_CB_COMPLETE)
PHP_GEARMAN_TASK_HOOK(exception, PHP_GEARMAN_CB_EXCEPTION)
PHP_GEARMAN_TASK_HOOK(fail, PHP_GEARMAN_CB_FAIL)

const php_gearman_task_hook_entry php_gearman_task_hooks[PHP_GEARMAN_CB_COUNT] = {
	[PHP_GEARMAN_CB_WORKLOAD] = { gearman_client_set_workload_fn, php_gearman_task_workload_hook },
	[PHP_GEARMAN_CB_CREATED] = { gearman_client_set_created_fn, php_gearman_task_created_hook },
	[PHP_GEARMAN_CB_DATA] = { gearman_client_set_data_fn, php_gearman_task_data_hook },
	[PHP_GEARMAN_CB_WARNING] = { gearman_client_set_warning_fn, php_gearman_task_warning_hook },
	[PHP_GEARMAN_CB_STATUS] = { gearman_client_set_status_fn, php_gearman_task_status_hook },
	[PHP_GEARMAN_CB_COMPLETE] = { gearman_client_set_complete_fn, php_gearman_task_complete_hook },
	[PHP_GEARMAN_CB_EXCEPTION] = { gearman_client_set_exception_fn, php_gearman_task_exception_hook },
	[PHP_GEARMAN_CB_FAIL] = { gearman_client_set_fail_fn, php_gearman_task_fail_hook },
};

PHP_METHOD(GearmanTask, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_FUNCTION(gearman_task_return_code)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);
	RETURN_LONG(obj->task ? gearman_task_return(obj->task) : obj->ret);
}

/* functionName(), unique() and jobHandle(): live from libgearman (possibly
 * empty, as in PECL), else as last seen, else false. */
static void php_gearman_task_string(INTERNAL_FUNCTION_PARAMETERS, php_gearman_task_string_id which)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);

	if (obj->task) {
		const char *value = php_gearman_task_getters[which](obj->task);
		RETURN_STRING(value ? value : "");
	}
	zend_string *last = obj->last.strings[which];
	if (!last) {
		RETURN_FALSE;
	}
	RETURN_STR_COPY(last);
}

PHP_FUNCTION(gearman_task_function_name)
{
	php_gearman_task_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_TASK_FUNCTION_NAME);
}

PHP_FUNCTION(gearman_task_unique)
{
	php_gearman_task_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_TASK_UNIQUE);
}

PHP_FUNCTION(gearman_task_job_handle)
{
	php_gearman_task_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_GEARMAN_TASK_JOB_HANDLE);
}

PHP_FUNCTION(gearman_task_is_known)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);
	RETURN_BOOL(obj->task ? gearman_task_is_known(obj->task) : obj->last.is_known);
}

PHP_FUNCTION(gearman_task_is_running)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);
	RETURN_BOOL(obj->task ? gearman_task_is_running(obj->task) : obj->last.is_running);
}

PHP_FUNCTION(gearman_task_numerator)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);
	if (!obj->added) {
		RETURN_FALSE;
	}
	RETURN_LONG(obj->task ? gearman_task_numerator(obj->task) : obj->last.numerator);
}

PHP_FUNCTION(gearman_task_denominator)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);
	if (!obj->added) {
		RETURN_FALSE;
	}
	RETURN_LONG(obj->task ? gearman_task_denominator(obj->task) : obj->last.denominator);
}

PHP_FUNCTION(gearman_task_data)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);
	if (obj->task) {
		const char *data = gearman_task_data(obj->task);
		size_t size = gearman_task_data_size(obj->task);
		if (!data || !size) {
			RETURN_EMPTY_STRING();
		}
		RETURN_STRINGL(data, size);
	}
	if (!obj->last.strings[PHP_GEARMAN_TASK_DATA]) {
		RETURN_FALSE;
	}
	RETURN_STR_COPY(obj->last.strings[PHP_GEARMAN_TASK_DATA]);
}

PHP_FUNCTION(gearman_task_data_size)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_task_ce);
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);
	if (obj->task) {
		RETURN_LONG((zend_long)gearman_task_data_size(obj->task));
	}
	if (!obj->added) {
		RETURN_FALSE;
	}
	zend_string *data = obj->last.strings[PHP_GEARMAN_TASK_DATA];
	RETURN_LONG(data ? (zend_long)ZSTR_LEN(data) : 0);
}

/* sendWorkload() and recvData() talk on the task's connection, which exists
 * only while libgearman runs the task: inside one of its callbacks. PECL
 * crashed when they were called on a task not yet run. */
php_gearman_task *php_gearman_task_fetch_running(zval *zobj)
{
	php_gearman_task *obj = Z_GEARMAN_TASK_P(zobj);

	if (obj->client && UNEXPECTED(obj->client->pid != php_gearman_getpid())) {
		php_gearman_throw_inherited(ZSTR_VAL(obj->std.ce->name), obj->client->pid);
		return NULL;
	}
	if (!obj->task || !obj->in_callback) {
		obj->ret = GEARMAN_INVALID_ARGUMENT;
		php_gearman_warning(obj->ret, "The task is not running: call it from one of the task's callbacks");
		return NULL;
	}
	return obj;
}

PHP_FUNCTION(gearman_task_send_workload)
{
	zend_string *data;
	gearman_return_t ret = GEARMAN_SUCCESS;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_task_ce, 1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_TASK_FETCH(obj, zobj, php_gearman_task_fetch_running);
	size_t sent = gearman_task_send_workload(obj->task, ZSTR_VAL(data), ZSTR_LEN(data), &ret);
	obj->ret = ret;
	if (ret != GEARMAN_SUCCESS && ret != GEARMAN_IO_WAIT) {
		php_gearman_warn_failure(ret, gearman_task_error(obj->task));
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long)sent);
}

PHP_FUNCTION(gearman_task_recv_data)
{
	zend_long length;
	gearman_return_t ret = GEARMAN_SUCCESS;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_task_ce, 1, 1)
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();

	if (length < 1 || length > INT32_MAX) {
		zend_argument_value_error(PHP_GEARMAN_ARG_BASE() + 1, "must be between 1 and %d", INT32_MAX);
		RETURN_THROWS();
	}
	PHP_GEARMAN_TASK_FETCH(obj, zobj, php_gearman_task_fetch_running);
	zend_string *buffer = zend_string_alloc((size_t)length, 0);
	size_t received = gearman_task_recv_data(obj->task, ZSTR_VAL(buffer), (size_t)length, &ret);
	obj->ret = ret;
	if (ret != GEARMAN_SUCCESS && ret != GEARMAN_IO_WAIT) {
		zend_string_efree(buffer);
		php_gearman_warn_failure(ret, gearman_task_error(obj->task));
		RETURN_FALSE;
	}
	buffer = zend_string_truncate(buffer, received, 0);
	ZSTR_VAL(buffer)[received] = '\0';
	array_init_size(return_value, 2);
	add_next_index_long(return_value, (zend_long)received);
	add_next_index_str(return_value, buffer);
}
