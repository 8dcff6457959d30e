/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* GearmanJob: the job a worker function is running. libgearman owns the
 * gearman_job_st; the PHP object only borrows it for one call. */

#include "php_gearman_private.h"

static zend_object_handlers php_gearman_job_handlers;

static zend_object *php_gearman_job_create(zend_class_entry *ce)
{
	php_gearman_job *obj = zend_object_alloc(sizeof(php_gearman_job), ce);

	/* zend_object_alloc() does not zero: start from a clean struct. */
	memset(obj, 0, offsetof(php_gearman_job, std));

	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = &php_gearman_job_handlers;
	obj->job = NULL;
	obj->handle = NULL;
	obj->ret = GEARMAN_SUCCESS;
	obj->pid = php_gearman_getpid();
	return &obj->std;
}

static void php_gearman_job_free(zend_object *object)
{
	php_gearman_job *obj = php_gearman_job_from_obj(object);

	if (obj->handle) {
		/* Another process's job stays with that process's handle. */
		if (obj->job && EXPECTED(obj->handle->pid == php_gearman_getpid())) {
			gearman_job_free(obj->job);
			obj->job = NULL;
		}
		php_gearman_worker_handle_release(obj->handle);
		obj->handle = NULL;
	}
	zend_object_std_dtor(&obj->std);
}

/* A copy never reaches the job: two objects must not answer for one job. */
static zend_object *php_gearman_job_clone(zend_object *old_object)
{
	zend_object *new_object = php_gearman_job_create(old_object->ce);

	php_gearman_job_from_obj(new_object)->ret = php_gearman_job_from_obj(old_object)->ret;
	zend_objects_clone_members(new_object, old_object);
	return new_object;
}

void php_gearman_job_minit(zend_class_entry *ce)
{
	ce->create_object = php_gearman_job_create;
	memcpy(&php_gearman_job_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_gearman_job_handlers.offset = offsetof(php_gearman_job, std);
	php_gearman_job_handlers.free_obj = php_gearman_job_free;
	php_gearman_job_handlers.clone_obj = php_gearman_job_clone;
}

void php_gearman_job_attach(zval *zjob, gearman_job_st *job)
{
	object_init_ex(zjob, php_gearman_job_ce);
	Z_GEARMAN_JOB_P(zjob)->job = job;
}

gearman_return_t php_gearman_job_detach(zval *zjob)
{
	php_gearman_job *obj = Z_GEARMAN_JOB_P(zjob);

	obj->job = NULL;
	return obj->ret;
}

void php_gearman_job_adopt(zval *zjob, gearman_job_st *job, php_gearman_worker_handle *handle)
{
	php_gearman_job *obj;

	object_init_ex(zjob, php_gearman_job_ce);
	obj = Z_GEARMAN_JOB_P(zjob);
	obj->job = job;
	obj->handle = handle;
	handle->refcount++;
}

/* A GearmanJob without a job (new GearmanJob(), a clone, an unserialized
 * one, or one kept after its worker function returned): the getters answer
 * as PECL does for such an object, "" / 0 / false; a send has nothing to
 * send on and fails with a warning that says so, where PECL said "(null)"
 * or, for a finished job, wrote to freed memory. */
#define PHP_GEARMAN_JOB_GET(job, zobj, empty)             \
	gearman_job_st *job = Z_GEARMAN_JOB_P(zobj)->job; \
	if (!job) {                                       \
		empty;                                    \
	}

php_gearman_job *php_gearman_job_fetch_running(zval *zobj)
{
	php_gearman_job *obj = Z_GEARMAN_JOB_P(zobj);

	if (UNEXPECTED(obj->pid != php_gearman_getpid())) {
		php_gearman_throw_inherited(ZSTR_VAL(obj->std.ce->name), obj->pid);
		return NULL;
	}
	if (UNEXPECTED(!obj->job)) {
		obj->ret = GEARMAN_INVALID_ARGUMENT;
		php_gearman_warning(
			obj->ret, "No job: a GearmanJob is usable only inside its worker function or after grabJob()");
		return NULL;
	}
	return obj;
}

/* A send* call's outcome: true, or a warning with libgearman's reason and false. */
static void php_gearman_job_sent(php_gearman_job *obj, gearman_return_t ret, zval *return_value)
{
	obj->ret = ret;
	if (ret != GEARMAN_SUCCESS && ret != GEARMAN_IO_WAIT) {
		php_gearman_warn_failure(ret, gearman_job_error(obj->job));
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_METHOD(GearmanJob, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_FUNCTION(gearman_job_return_code)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	RETURN_LONG(Z_GEARMAN_JOB_P(zobj)->ret);
}

/* Any return code but GEARMAN_MAX_RETURN, which PECL accepted although it
 * is the enum's end marker: libgearman has no name for it. */
PHP_FUNCTION(gearman_job_set_return)
{
	zend_long ret;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_job_ce, 1, 1)
		Z_PARAM_LONG(ret)
	ZEND_PARSE_PARAMETERS_END();

	if (ret < 0 || ret >= GEARMAN_MAX_RETURN) {
		zend_argument_value_error(PHP_GEARMAN_ARG_BASE() + 1, "must be a GEARMAN_* return code (0 to %d)",
					  GEARMAN_MAX_RETURN - 1);
		RETURN_THROWS();
	}
	Z_GEARMAN_JOB_P(zobj)->ret = (gearman_return_t)ret;
	RETURN_TRUE;
}

PHP_FUNCTION(gearman_job_workload)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	PHP_GEARMAN_JOB_GET(job, zobj, RETURN_EMPTY_STRING());
	const char *workload = gearman_job_workload(job);
	size_t size = gearman_job_workload_size(job);
	if (!workload || size == 0) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRINGL(workload, size);
}

PHP_FUNCTION(gearman_job_workload_size)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	PHP_GEARMAN_JOB_GET(job, zobj, RETURN_LONG(0));
	RETURN_LONG((zend_long)gearman_job_workload_size(job));
}

/* handle(), functionName() and unique(): a C string from libgearman, or false
 * without a job. A job grabbed without its unique key (GEARMAN_WORKER_GRAB_UNIQ
 * off) has "" for one, as in PECL. */
static void php_gearman_job_string(INTERNAL_FUNCTION_PARAMETERS, const char *(*get)(const gearman_job_st *))
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	PHP_GEARMAN_JOB_GET(job, zobj, RETURN_FALSE);
	const char *value = get(job);
	if (!value) {
		RETURN_FALSE;
	}
	RETURN_STRING(value);
}

PHP_FUNCTION(gearman_job_handle)
{
	php_gearman_job_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_job_handle);
}

PHP_FUNCTION(gearman_job_function_name)
{
	php_gearman_job_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_job_function_name);
}

PHP_FUNCTION(gearman_job_unique)
{
	php_gearman_job_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_job_unique);
}

PHP_FUNCTION(gearman_job_send_status)
{
	zend_long numerator, denominator;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_job_ce, 2, 2)
		Z_PARAM_LONG(numerator)
		Z_PARAM_LONG(denominator)
	ZEND_PARSE_PARAMETERS_END();

	uint32_t base = PHP_GEARMAN_ARG_BASE();
	if (!php_gearman_check_uint32(numerator, base + 1) || !php_gearman_check_uint32(denominator, base + 2)) {
		RETURN_THROWS();
	}
	PHP_GEARMAN_JOB_FETCH(obj, zobj, php_gearman_job_fetch_running);
	php_gearman_job_sent(obj, gearman_job_send_status(obj->job, (uint32_t)numerator, (uint32_t)denominator),
			     return_value);
}

/* sendData(), sendComplete() and the like: one string argument. */
static void php_gearman_job_send_string(INTERNAL_FUNCTION_PARAMETERS,
					gearman_return_t (*send)(gearman_job_st *, const void *, size_t))
{
	zend_string *data;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_job_ce, 1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	PHP_GEARMAN_JOB_FETCH(obj, zobj, php_gearman_job_fetch_running);
	php_gearman_job_sent(obj, send(obj->job, ZSTR_VAL(data), ZSTR_LEN(data)), return_value);
}

PHP_FUNCTION(gearman_job_send_data)
{
	php_gearman_job_send_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_job_send_data);
}

PHP_FUNCTION(gearman_job_send_complete)
{
	php_gearman_job_send_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_job_send_complete);
}

PHP_FUNCTION(gearman_job_send_warning)
{
	php_gearman_job_send_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_job_send_warning);
}

PHP_FUNCTION(gearman_job_send_exception)
{
	php_gearman_job_send_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, gearman_job_send_exception);
}

PHP_FUNCTION(gearman_job_send_fail)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	PHP_GEARMAN_JOB_FETCH(obj, zobj, php_gearman_job_fetch_running);
	php_gearman_job_sent(obj, gearman_job_send_fail(obj->job), return_value);
}
