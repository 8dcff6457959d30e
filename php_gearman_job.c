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

	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = &php_gearman_job_handlers;
	obj->job = NULL;
	obj->ret = GEARMAN_SUCCESS;
	return &obj->std;
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
	php_gearman_job_handlers.offset = XtOffsetOf(php_gearman_job, std);
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

/* Every method but returnCode() needs a job that is still running. */
static php_gearman_job *php_gearman_job_fetch(zval *zobj)
{
	php_gearman_job *obj = Z_GEARMAN_JOB_P(zobj);

	if (UNEXPECTED(!obj->job)) {
		zend_throw_error(NULL, "%s(): the GearmanJob is not running: it is only usable inside its worker function",
				 get_active_function_name());
		return NULL;
	}
	return obj;
}

#define PHP_GEARMAN_JOB_FETCH(obj, zobj)                                                                   \
	php_gearman_job *obj = php_gearman_job_fetch(zobj);                                                \
	if (!obj) {                                                                                        \
		RETURN_THROWS();                                                                           \
	}

/* A send* call's outcome: true, or a warning with libgearman's reason and false. */
static void php_gearman_job_sent(php_gearman_job *obj, gearman_return_t ret, zval *return_value)
{
	obj->ret = ret;
	if (ret != GEARMAN_SUCCESS && ret != GEARMAN_IO_WAIT) {
		php_error_docref(NULL, E_WARNING, "%s", gearman_job_error(obj->job));
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

PHP_FUNCTION(gearman_job_workload)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	PHP_GEARMAN_JOB_FETCH(obj, zobj);
	const char *workload = gearman_job_workload(obj->job);
	size_t size = gearman_job_workload_size(obj->job);
	if (!workload || size == 0) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STRINGL(workload, size);
}

PHP_FUNCTION(gearman_job_workload_size)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	PHP_GEARMAN_JOB_FETCH(obj, zobj);
	RETURN_LONG((zend_long)gearman_job_workload_size(obj->job));
}

/* handle(), functionName() and unique(): a C string from libgearman, or false. */
static void php_gearman_job_string(INTERNAL_FUNCTION_PARAMETERS, const char *(*get)(const gearman_job_st *))
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	PHP_GEARMAN_JOB_FETCH(obj, zobj);
	const char *value = get(obj->job);
	if (!value || !*value) {
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
	if (numerator < 0 || numerator > UINT32_MAX) {
		zend_argument_value_error(base + 1, "must be between 0 and %u", UINT32_MAX);
		RETURN_THROWS();
	}
	if (denominator < 0 || denominator > UINT32_MAX) {
		zend_argument_value_error(base + 2, "must be between 0 and %u", UINT32_MAX);
		RETURN_THROWS();
	}
	PHP_GEARMAN_JOB_FETCH(obj, zobj);
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

	PHP_GEARMAN_JOB_FETCH(obj, zobj);
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

PHP_FUNCTION(gearman_job_send_fail)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_job_ce);
	PHP_GEARMAN_JOB_FETCH(obj, zobj);
	php_gearman_job_sent(obj, gearman_job_send_fail(obj->job), return_value);
}
