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

	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = &php_gearman_client_handlers;
	obj->client = gearman_client_create(NULL);
	obj->ret = GEARMAN_SUCCESS;
	return &obj->std;
}

static void php_gearman_client_free(zend_object *object)
{
	php_gearman_client *obj = php_gearman_client_from_obj(object);

	if (obj->client) {
		gearman_client_free(obj->client);
		obj->client = NULL;
	}
	zend_object_std_dtor(&obj->std);
}

/* libgearman copies servers, options and timeout; nothing is shared. */
static zend_object *php_gearman_client_clone(zend_object *old_object)
{
	php_gearman_client *old = php_gearman_client_from_obj(old_object);
	zend_object *new_object = php_gearman_client_create(old_object->ce);
	php_gearman_client *obj = php_gearman_client_from_obj(new_object);

	if (old->client) {
		gearman_client_free(obj->client);
		obj->client = gearman_client_clone(NULL, old->client);
	}
	obj->ret = old->ret;
	zend_objects_clone_members(new_object, old_object);
	return new_object;
}

void php_gearman_client_minit(zend_class_entry *ce)
{
	ce->create_object = php_gearman_client_create;
	memcpy(&php_gearman_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_gearman_client_handlers.offset = XtOffsetOf(php_gearman_client, std);
	php_gearman_client_handlers.free_obj = php_gearman_client_free;
	php_gearman_client_handlers.clone_obj = php_gearman_client_clone;
}

/* gearman_client_create() only fails when memory runs out. */
static php_gearman_client *php_gearman_client_fetch(zval *zobj)
{
	php_gearman_client *obj = Z_GEARMAN_CLIENT_P(zobj);

	if (UNEXPECTED(!obj->client)) {
		zend_throw_error(NULL, "GearmanClient could not allocate its libgearman client");
		return NULL;
	}
	return obj;
}

static void php_gearman_client_warn(php_gearman_client *obj)
{
	php_error_docref(NULL, E_WARNING, "%s", gearman_client_error(obj->client));
}

/* Asks every server for WORK_EXCEPTION packets; one round trip per server. */
static bool php_gearman_client_enable_exceptions(php_gearman_client *obj)
{
	if (gearman_client_set_server_option(obj->client, "exceptions", sizeof("exceptions") - 1)) {
		return true;
	}
	obj->ret = gearman_client_error_code(obj->client);
	if (obj->ret == GEARMAN_SUCCESS) {
		obj->ret = GEARMAN_SERVER_ERROR;
	}
	zend_throw_exception(php_gearman_exception_ce, "Failed to set exception option", 0);
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
	php_gearman_client *obj = php_gearman_client_fetch(zobj);
	if (!obj) {
		RETURN_THROWS();
	}
	const char *error = gearman_client_error(obj->client);
	if (!error || !*error) {
		RETURN_FALSE;
	}
	RETURN_STRING(error);
}

PHP_FUNCTION(gearman_client_get_errno)
{
	PHP_GEARMAN_PARSE_NONE(zobj, php_gearman_client_ce);
	php_gearman_client *obj = php_gearman_client_fetch(zobj);
	if (!obj) {
		RETURN_THROWS();
	}
	RETURN_LONG(gearman_client_errno(obj->client));
}

static gearman_return_t php_gearman_client_add_one(void *handle, const char *host, in_port_t port)
{
	return gearman_client_add_server((gearman_client_st *)handle, host, port);
}

/* addServer() and addServers() differ only in how the list is given. */
static void php_gearman_client_add(INTERNAL_FUNCTION_PARAMETERS, bool list)
{
	zend_string *host = NULL;
	zend_long port = 0;
	bool setup_exceptions = true;
	uint32_t base;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 0, list ? 2 : 3)
	Z_PARAM_OPTIONAL
	Z_PARAM_STR_OR_NULL(host)
	if (list) {
		Z_PARAM_BOOL(setup_exceptions)
	} else {
		Z_PARAM_LONG(port)
		Z_PARAM_BOOL(setup_exceptions)
	}
	ZEND_PARSE_PARAMETERS_END();

	base = PHP_GEARMAN_ARG_BASE();
	php_gearman_client *obj = php_gearman_client_fetch(zobj);
	if (!obj) {
		RETURN_THROWS();
	}
	if (list) {
		obj->ret = php_gearman_add_servers(obj->client, php_gearman_client_add_one, host, base + 1);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	} else {
		if (!php_gearman_check_port(port, base + 2)) {
			RETURN_THROWS();
		}
		if (host && memchr(ZSTR_VAL(host), '\0', ZSTR_LEN(host))) {
			zend_argument_value_error(base + 1, "must not contain any null bytes");
			RETURN_THROWS();
		}
		obj->ret = gearman_client_add_server(obj->client, host ? ZSTR_VAL(host) : NULL, (in_port_t)port);
	}
	if (obj->ret != GEARMAN_SUCCESS) {
		php_gearman_client_warn(obj);
		RETURN_FALSE;
	}
	if (setup_exceptions && !php_gearman_client_enable_exceptions(obj)) {
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

	php_gearman_client *obj = php_gearman_client_fetch(zobj);
	if (!obj) {
		RETURN_THROWS();
	}
	const char *unique_str = unique ? ZSTR_VAL(unique) : NULL;

	if (background) {
		gearman_job_handle_t handle;
		handle[0] = '\0';
		obj->ret = php_gearman_do_bg_fns[priority](obj->client, ZSTR_VAL(function), unique_str,
							   ZSTR_VAL(workload), ZSTR_LEN(workload), handle);
		if (obj->ret != GEARMAN_SUCCESS) {
			php_gearman_client_warn(obj);
			RETURN_EMPTY_STRING();
		}
		RETURN_STRINGL(handle, strnlen(handle, GEARMAN_JOB_HANDLE_SIZE));
	}

	size_t result_size = 0;
	void *result = php_gearman_do_fns[priority](obj->client, ZSTR_VAL(function), unique_str, ZSTR_VAL(workload),
						    ZSTR_LEN(workload), &result_size, &obj->ret);
	if (!php_gearman_do_ret_ok(obj->ret)) {
		php_gearman_client_warn(obj);
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

PHP_FUNCTION(gearman_client_job_status)
{
	zend_string *handle;
	bool known = false, running = false;
	uint32_t numerator = 0, denominator = 0;

	PHP_GEARMAN_PARSE_START(zobj, php_gearman_client_ce, 1, 1)
	Z_PARAM_PATH_STR(handle)
	ZEND_PARSE_PARAMETERS_END();

	php_gearman_client *obj = php_gearman_client_fetch(zobj);
	if (!obj) {
		RETURN_THROWS();
	}
	obj->ret = gearman_client_job_status(obj->client, ZSTR_VAL(handle), &known, &running, &numerator,
					     &denominator);
	if (obj->ret != GEARMAN_SUCCESS && obj->ret != GEARMAN_IO_WAIT) {
		php_gearman_client_warn(obj);
	}
	array_init_size(return_value, 4);
	add_next_index_bool(return_value, known);
	add_next_index_bool(return_value, running);
	add_next_index_long(return_value, numerator);
	add_next_index_long(return_value, denominator);
}
