/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 69e110f70354cacf459f386c3c738f537535baab */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_version, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_bugreport arginfo_gearman_version

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_verbose_name, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, verbose, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_gearman_client_create, 0, 0, GearmanClient, MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_return_code, 0, 1, IS_LONG, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_gearman_client_error, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_client_get_errno arginfo_gearman_client_return_code

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_add_server, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, host, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, setupExceptionHandler, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_add_servers, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, servers, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, setupExceptionHandler, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_do_normal, 0, 3, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, workload, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, unique, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_gearman_client_do_high arginfo_gearman_client_do_normal

#define arginfo_gearman_client_do_low arginfo_gearman_client_do_normal

#define arginfo_gearman_client_do_background arginfo_gearman_client_do_normal

#define arginfo_gearman_client_do_high_background arginfo_gearman_client_do_normal

#define arginfo_gearman_client_do_low_background arginfo_gearman_client_do_normal

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_job_status, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, job_handle, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_client_options arginfo_gearman_client_return_code

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_set_options, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, option, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_client_add_options arginfo_gearman_client_set_options

#define arginfo_gearman_client_remove_options arginfo_gearman_client_set_options

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_timeout, 0, 1, IS_LONG, 1)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_set_timeout, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_set_ssl, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ssl, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ca_file, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, certificate, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key_file, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_context, 0, 1, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_set_context, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_enable_exception_handler, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_client_wait arginfo_gearman_client_enable_exception_handler

#define arginfo_gearman_client_do_job_handle arginfo_gearman_client_context

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_do_status, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_job_status_by_unique_key, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, unique_key, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_ping, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, workload, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_gearman_client_add_task, 0, 3, GearmanTask, MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, function_name, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, workload, MAY_BE_STRING|MAY_BE_LONG|MAY_BE_DOUBLE, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, unique_key, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_gearman_client_add_task_high arginfo_gearman_client_add_task

#define arginfo_gearman_client_add_task_low arginfo_gearman_client_add_task

#define arginfo_gearman_client_add_task_background arginfo_gearman_client_add_task

#define arginfo_gearman_client_add_task_high_background arginfo_gearman_client_add_task

#define arginfo_gearman_client_add_task_low_background arginfo_gearman_client_add_task

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_gearman_client_add_task_status, 0, 2, GearmanTask, MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, job_handle, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_client_set_workload_callback, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanClient, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_client_set_created_callback arginfo_gearman_client_set_workload_callback

#define arginfo_gearman_client_set_data_callback arginfo_gearman_client_set_workload_callback

#define arginfo_gearman_client_set_warning_callback arginfo_gearman_client_set_workload_callback

#define arginfo_gearman_client_set_status_callback arginfo_gearman_client_set_workload_callback

#define arginfo_gearman_client_set_complete_callback arginfo_gearman_client_set_workload_callback

#define arginfo_gearman_client_set_exception_callback arginfo_gearman_client_set_workload_callback

#define arginfo_gearman_client_set_fail_callback arginfo_gearman_client_set_workload_callback

#define arginfo_gearman_client_clear_callbacks arginfo_gearman_client_enable_exception_handler

#define arginfo_gearman_client_run_tasks arginfo_gearman_client_enable_exception_handler

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_task_return_code, 0, 1, IS_LONG, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanTask, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_gearman_task_function_name, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanTask, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_task_unique arginfo_gearman_task_function_name

#define arginfo_gearman_task_job_handle arginfo_gearman_task_function_name

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_task_is_known, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanTask, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_task_is_running arginfo_gearman_task_is_known

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_gearman_task_numerator, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanTask, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_task_denominator arginfo_gearman_task_numerator

#define arginfo_gearman_task_data arginfo_gearman_task_function_name

#define arginfo_gearman_task_data_size arginfo_gearman_task_numerator

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_gearman_task_send_workload, 0, 2, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanTask, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_gearman_task_recv_data, 0, 2, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanTask, 0)
	ZEND_ARG_TYPE_INFO(0, data_len, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_return_code, 0, 1, IS_LONG, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_workload, 0, 1, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_job_workload_size arginfo_gearman_job_return_code

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_gearman_job_handle, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_job_function_name arginfo_gearman_job_handle

#define arginfo_gearman_job_unique arginfo_gearman_job_handle

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_send_status, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
	ZEND_ARG_TYPE_INFO(0, numerator, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, denominator, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_send_data, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_send_complete, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
	ZEND_ARG_TYPE_INFO(0, result, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_send_fail, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_send_warning, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
	ZEND_ARG_TYPE_INFO(0, warning, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_send_exception, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
	ZEND_ARG_TYPE_INFO(0, exception, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_job_set_return, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanJob, 0)
	ZEND_ARG_TYPE_INFO(0, gearman_return_t, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_gearman_worker_create, 0, 0, GearmanWorker, MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_return_code, 0, 1, IS_LONG, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_gearman_worker_error, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_worker_errno arginfo_gearman_worker_return_code

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_add_server, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, host, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, setupExceptionHandler, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_add_servers, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, servers, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, setupExceptionHandler, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_add_function, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO(0, function_name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_work, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_worker_options arginfo_gearman_worker_return_code

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_set_options, 0, 2, IS_TRUE, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO(0, option, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_worker_add_options arginfo_gearman_worker_set_options

#define arginfo_gearman_worker_remove_options arginfo_gearman_worker_set_options

#define arginfo_gearman_worker_timeout arginfo_gearman_worker_return_code

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_set_timeout, 0, 2, IS_TRUE, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_set_ssl, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ssl, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ca_file, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, certificate, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key_file, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_set_id, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_worker_enable_exception_handler arginfo_gearman_worker_work

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_ping, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_register, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO(0, function_name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_unregister, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
	ZEND_ARG_TYPE_INFO(0, function_name, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_gearman_worker_unregister_all arginfo_gearman_worker_work

#define arginfo_gearman_worker_wait arginfo_gearman_worker_work

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_gearman_worker_grab_job, 0, 1, GearmanJob, MAY_BE_FALSE)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_gearman_worker_stop, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, obj, GearmanWorker, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_GearmanClient___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient___destruct arginfo_class_GearmanClient___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_returnCode, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_GearmanClient_error, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient_getErrno arginfo_class_GearmanClient_returnCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_addServer, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, host, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, setupExceptionHandler, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_addServers, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, servers, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, setupExceptionHandler, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_doNormal, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, workload, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, unique, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient_doHigh arginfo_class_GearmanClient_doNormal

#define arginfo_class_GearmanClient_doLow arginfo_class_GearmanClient_doNormal

#define arginfo_class_GearmanClient_doBackground arginfo_class_GearmanClient_doNormal

#define arginfo_class_GearmanClient_doHighBackground arginfo_class_GearmanClient_doNormal

#define arginfo_class_GearmanClient_doLowBackground arginfo_class_GearmanClient_doNormal

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_jobStatus, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, job_handle, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient_options arginfo_class_GearmanClient_returnCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_setOptions, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, option, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient_addOptions arginfo_class_GearmanClient_setOptions

#define arginfo_class_GearmanClient_removeOptions arginfo_class_GearmanClient_setOptions

#define arginfo_class_GearmanClient_timeout arginfo_class_GearmanClient_returnCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_setTimeout, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_setSSL, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ssl, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ca_file, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, certificate, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key_file, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient_context arginfo_gearman_version

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_setContext, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_enableExceptionHandler, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient_wait arginfo_class_GearmanClient_enableExceptionHandler

#define arginfo_class_GearmanClient_doJobHandle arginfo_gearman_version

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_doStatus, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_jobStatusByUniqueKey, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, unique_key, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_ping, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, workload, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_GearmanClient_addTask, 0, 2, GearmanTask, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, function_name, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, workload, MAY_BE_STRING|MAY_BE_LONG|MAY_BE_DOUBLE, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, unique_key, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient_addTaskHigh arginfo_class_GearmanClient_addTask

#define arginfo_class_GearmanClient_addTaskLow arginfo_class_GearmanClient_addTask

#define arginfo_class_GearmanClient_addTaskBackground arginfo_class_GearmanClient_addTask

#define arginfo_class_GearmanClient_addTaskHighBackground arginfo_class_GearmanClient_addTask

#define arginfo_class_GearmanClient_addTaskLowBackground arginfo_class_GearmanClient_addTask

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_GearmanClient_addTaskStatus, 0, 1, GearmanTask, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, job_handle, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanClient_setWorkloadCallback, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanClient_setCreatedCallback arginfo_class_GearmanClient_setWorkloadCallback

#define arginfo_class_GearmanClient_setDataCallback arginfo_class_GearmanClient_setWorkloadCallback

#define arginfo_class_GearmanClient_setWarningCallback arginfo_class_GearmanClient_setWorkloadCallback

#define arginfo_class_GearmanClient_setStatusCallback arginfo_class_GearmanClient_setWorkloadCallback

#define arginfo_class_GearmanClient_setCompleteCallback arginfo_class_GearmanClient_setWorkloadCallback

#define arginfo_class_GearmanClient_setExceptionCallback arginfo_class_GearmanClient_setWorkloadCallback

#define arginfo_class_GearmanClient_setFailCallback arginfo_class_GearmanClient_setWorkloadCallback

#define arginfo_class_GearmanClient_clearCallbacks arginfo_class_GearmanClient_enableExceptionHandler

#define arginfo_class_GearmanClient_runTasks arginfo_class_GearmanClient_enableExceptionHandler

#define arginfo_class_GearmanTask___construct arginfo_class_GearmanClient___construct

#define arginfo_class_GearmanTask_returnCode arginfo_class_GearmanClient_returnCode

#define arginfo_class_GearmanTask_functionName arginfo_class_GearmanClient_error

#define arginfo_class_GearmanTask_unique arginfo_class_GearmanClient_error

#define arginfo_class_GearmanTask_jobHandle arginfo_class_GearmanClient_error

#define arginfo_class_GearmanTask_isKnown arginfo_class_GearmanClient_enableExceptionHandler

#define arginfo_class_GearmanTask_isRunning arginfo_class_GearmanClient_enableExceptionHandler

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_GearmanTask_taskNumerator, 0, 0, MAY_BE_LONG|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanTask_taskDenominator arginfo_class_GearmanTask_taskNumerator

#define arginfo_class_GearmanTask_data arginfo_class_GearmanClient_error

#define arginfo_class_GearmanTask_dataSize arginfo_class_GearmanTask_taskNumerator

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_GearmanTask_sendWorkload, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_GearmanTask_recvData, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, data_len, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanJob___destruct arginfo_class_GearmanClient___construct

#define arginfo_class_GearmanJob_returnCode arginfo_class_GearmanClient_returnCode

#define arginfo_class_GearmanJob_workload arginfo_gearman_version

#define arginfo_class_GearmanJob_workloadSize arginfo_class_GearmanClient_returnCode

#define arginfo_class_GearmanJob_handle arginfo_class_GearmanClient_error

#define arginfo_class_GearmanJob_functionName arginfo_class_GearmanClient_error

#define arginfo_class_GearmanJob_unique arginfo_class_GearmanClient_error

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanJob_sendStatus, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, numerator, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, denominator, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanJob_sendData arginfo_class_GearmanClient_setContext

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanJob_sendComplete, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, result, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanJob_sendFail arginfo_class_GearmanClient_enableExceptionHandler

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanJob_sendWarning, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, warning, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanJob_sendException, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, exception, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanJob_setReturn, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, gearman_return_t, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanWorker___construct arginfo_class_GearmanClient___construct

#define arginfo_class_GearmanWorker___destruct arginfo_class_GearmanClient___construct

#define arginfo_class_GearmanWorker_returnCode arginfo_class_GearmanClient_returnCode

#define arginfo_class_GearmanWorker_error arginfo_class_GearmanClient_error

#define arginfo_class_GearmanWorker_getErrno arginfo_class_GearmanClient_returnCode

#define arginfo_class_GearmanWorker_addServer arginfo_class_GearmanClient_addServer

#define arginfo_class_GearmanWorker_addServers arginfo_class_GearmanClient_addServers

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanWorker_addFunction, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, function_name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanWorker_work arginfo_class_GearmanClient_enableExceptionHandler

#define arginfo_class_GearmanWorker_options arginfo_class_GearmanClient_returnCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanWorker_setOptions, 0, 1, IS_TRUE, 0)
	ZEND_ARG_TYPE_INFO(0, option, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanWorker_addOptions arginfo_class_GearmanWorker_setOptions

#define arginfo_class_GearmanWorker_removeOptions arginfo_class_GearmanWorker_setOptions

#define arginfo_class_GearmanWorker_timeout arginfo_class_GearmanClient_returnCode

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanWorker_setTimeout, 0, 1, IS_TRUE, 0)
	ZEND_ARG_TYPE_INFO(0, timeout, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanWorker_setSSL arginfo_class_GearmanClient_setSSL

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanWorker_setId, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanWorker_enableExceptionHandler arginfo_class_GearmanClient_enableExceptionHandler

#define arginfo_class_GearmanWorker_ping arginfo_class_GearmanClient_setContext

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanWorker_register, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, function_name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanWorker_unregister, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, function_name, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanWorker_unregisterAll arginfo_class_GearmanClient_enableExceptionHandler

#define arginfo_class_GearmanWorker_wait arginfo_class_GearmanClient_enableExceptionHandler

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_GearmanWorker_grabJob, 0, 0, GearmanJob, MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanWorker_stop, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_GearmanAdmin___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, host, IS_STRING, 0, "\"localhost\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "4730")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_LONG, 0, "5000")
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanAdmin_setTimeout arginfo_class_GearmanClient_setTimeout

#define arginfo_class_GearmanAdmin_timeout arginfo_class_GearmanClient_returnCode

#define arginfo_class_GearmanAdmin_setSSL arginfo_class_GearmanClient_setSSL

#define arginfo_class_GearmanAdmin_status arginfo_class_GearmanClient_doStatus

#define arginfo_class_GearmanAdmin_priorityStatus arginfo_class_GearmanClient_doStatus

#define arginfo_class_GearmanAdmin_workers arginfo_class_GearmanClient_doStatus

#define arginfo_class_GearmanAdmin_jobs arginfo_class_GearmanClient_doStatus

#define arginfo_class_GearmanAdmin_uniqueJobs arginfo_class_GearmanClient_doStatus

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanAdmin_cancelJob, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, handle, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanAdmin_createFunction, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanAdmin_dropFunction arginfo_class_GearmanAdmin_createFunction

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanAdmin_setMaxQueue, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, size, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanAdmin_setMaxQueueByPriority, 0, 4, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, function, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, high, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, normal, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, low, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanAdmin_serverVersion arginfo_gearman_version

#define arginfo_class_GearmanAdmin_serverPid arginfo_class_GearmanClient_returnCode

#define arginfo_class_GearmanAdmin_serverVerbose arginfo_gearman_version

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_GearmanAdmin_ping, 0, 0, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_GearmanAdmin_close arginfo_class_GearmanWorker_stop


ZEND_FUNCTION(gearman_version);
ZEND_FUNCTION(gearman_bugreport);
ZEND_FUNCTION(gearman_verbose_name);
ZEND_FUNCTION(gearman_client_create);
ZEND_FUNCTION(gearman_client_return_code);
ZEND_FUNCTION(gearman_client_error);
ZEND_FUNCTION(gearman_client_get_errno);
ZEND_FUNCTION(gearman_client_add_server);
ZEND_FUNCTION(gearman_client_add_servers);
ZEND_FUNCTION(gearman_client_do_normal);
ZEND_FUNCTION(gearman_client_do_high);
ZEND_FUNCTION(gearman_client_do_low);
ZEND_FUNCTION(gearman_client_do_background);
ZEND_FUNCTION(gearman_client_do_high_background);
ZEND_FUNCTION(gearman_client_do_low_background);
ZEND_FUNCTION(gearman_client_job_status);
ZEND_FUNCTION(gearman_client_options);
ZEND_FUNCTION(gearman_client_set_options);
ZEND_FUNCTION(gearman_client_add_options);
ZEND_FUNCTION(gearman_client_remove_options);
ZEND_FUNCTION(gearman_client_timeout);
ZEND_FUNCTION(gearman_client_set_timeout);
ZEND_FUNCTION(gearman_client_set_ssl);
ZEND_FUNCTION(gearman_client_context);
ZEND_FUNCTION(gearman_client_set_context);
ZEND_FUNCTION(gearman_client_enable_exception_handler);
ZEND_FUNCTION(gearman_client_wait);
ZEND_FUNCTION(gearman_client_do_job_handle);
ZEND_FUNCTION(gearman_client_do_status);
ZEND_FUNCTION(gearman_client_job_status_by_unique_key);
ZEND_FUNCTION(gearman_client_ping);
ZEND_FUNCTION(gearman_client_add_task);
ZEND_FUNCTION(gearman_client_add_task_high);
ZEND_FUNCTION(gearman_client_add_task_low);
ZEND_FUNCTION(gearman_client_add_task_background);
ZEND_FUNCTION(gearman_client_add_task_high_background);
ZEND_FUNCTION(gearman_client_add_task_low_background);
ZEND_FUNCTION(gearman_client_add_task_status);
ZEND_FUNCTION(gearman_client_set_workload_callback);
ZEND_FUNCTION(gearman_client_set_created_callback);
ZEND_FUNCTION(gearman_client_set_data_callback);
ZEND_FUNCTION(gearman_client_set_warning_callback);
ZEND_FUNCTION(gearman_client_set_status_callback);
ZEND_FUNCTION(gearman_client_set_complete_callback);
ZEND_FUNCTION(gearman_client_set_exception_callback);
ZEND_FUNCTION(gearman_client_set_fail_callback);
ZEND_FUNCTION(gearman_client_clear_callbacks);
ZEND_FUNCTION(gearman_client_run_tasks);
ZEND_FUNCTION(gearman_task_return_code);
ZEND_FUNCTION(gearman_task_function_name);
ZEND_FUNCTION(gearman_task_unique);
ZEND_FUNCTION(gearman_task_job_handle);
ZEND_FUNCTION(gearman_task_is_known);
ZEND_FUNCTION(gearman_task_is_running);
ZEND_FUNCTION(gearman_task_numerator);
ZEND_FUNCTION(gearman_task_denominator);
ZEND_FUNCTION(gearman_task_data);
ZEND_FUNCTION(gearman_task_data_size);
ZEND_FUNCTION(gearman_task_send_workload);
ZEND_FUNCTION(gearman_task_recv_data);
ZEND_FUNCTION(gearman_job_return_code);
ZEND_FUNCTION(gearman_job_workload);
ZEND_FUNCTION(gearman_job_workload_size);
ZEND_FUNCTION(gearman_job_handle);
ZEND_FUNCTION(gearman_job_function_name);
ZEND_FUNCTION(gearman_job_unique);
ZEND_FUNCTION(gearman_job_send_status);
ZEND_FUNCTION(gearman_job_send_data);
ZEND_FUNCTION(gearman_job_send_complete);
ZEND_FUNCTION(gearman_job_send_fail);
ZEND_FUNCTION(gearman_job_send_warning);
ZEND_FUNCTION(gearman_job_send_exception);
ZEND_FUNCTION(gearman_job_set_return);
ZEND_FUNCTION(gearman_worker_create);
ZEND_FUNCTION(gearman_worker_return_code);
ZEND_FUNCTION(gearman_worker_error);
ZEND_FUNCTION(gearman_worker_errno);
ZEND_FUNCTION(gearman_worker_add_server);
ZEND_FUNCTION(gearman_worker_add_servers);
ZEND_FUNCTION(gearman_worker_add_function);
ZEND_FUNCTION(gearman_worker_work);
ZEND_FUNCTION(gearman_worker_options);
ZEND_FUNCTION(gearman_worker_set_options);
ZEND_FUNCTION(gearman_worker_add_options);
ZEND_FUNCTION(gearman_worker_remove_options);
ZEND_FUNCTION(gearman_worker_timeout);
ZEND_FUNCTION(gearman_worker_set_timeout);
ZEND_FUNCTION(gearman_worker_set_ssl);
ZEND_FUNCTION(gearman_worker_set_id);
ZEND_FUNCTION(gearman_worker_enable_exception_handler);
ZEND_FUNCTION(gearman_worker_ping);
ZEND_FUNCTION(gearman_worker_register);
ZEND_FUNCTION(gearman_worker_unregister);
ZEND_FUNCTION(gearman_worker_unregister_all);
ZEND_FUNCTION(gearman_worker_wait);
ZEND_FUNCTION(gearman_worker_grab_job);
ZEND_FUNCTION(gearman_worker_stop);
ZEND_METHOD(GearmanClient, __construct);
ZEND_METHOD(GearmanClient, __destruct);
ZEND_METHOD(GearmanTask, __construct);
ZEND_METHOD(GearmanJob, __destruct);
ZEND_METHOD(GearmanWorker, __construct);
ZEND_METHOD(GearmanWorker, __destruct);
ZEND_METHOD(GearmanAdmin, __construct);
ZEND_METHOD(GearmanAdmin, setTimeout);
ZEND_METHOD(GearmanAdmin, timeout);
ZEND_METHOD(GearmanAdmin, setSSL);
ZEND_METHOD(GearmanAdmin, status);
ZEND_METHOD(GearmanAdmin, priorityStatus);
ZEND_METHOD(GearmanAdmin, workers);
ZEND_METHOD(GearmanAdmin, jobs);
ZEND_METHOD(GearmanAdmin, uniqueJobs);
ZEND_METHOD(GearmanAdmin, cancelJob);
ZEND_METHOD(GearmanAdmin, createFunction);
ZEND_METHOD(GearmanAdmin, dropFunction);
ZEND_METHOD(GearmanAdmin, setMaxQueue);
ZEND_METHOD(GearmanAdmin, setMaxQueueByPriority);
ZEND_METHOD(GearmanAdmin, serverVersion);
ZEND_METHOD(GearmanAdmin, serverPid);
ZEND_METHOD(GearmanAdmin, serverVerbose);
ZEND_METHOD(GearmanAdmin, ping);
ZEND_METHOD(GearmanAdmin, close);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(gearman_version, arginfo_gearman_version)
	ZEND_FE(gearman_bugreport, arginfo_gearman_bugreport)
	ZEND_FE(gearman_verbose_name, arginfo_gearman_verbose_name)
	ZEND_FE(gearman_client_create, arginfo_gearman_client_create)
	ZEND_FE(gearman_client_return_code, arginfo_gearman_client_return_code)
	ZEND_FE(gearman_client_error, arginfo_gearman_client_error)
	ZEND_FE(gearman_client_get_errno, arginfo_gearman_client_get_errno)
	ZEND_FE(gearman_client_add_server, arginfo_gearman_client_add_server)
	ZEND_FE(gearman_client_add_servers, arginfo_gearman_client_add_servers)
	ZEND_FE(gearman_client_do_normal, arginfo_gearman_client_do_normal)
	ZEND_FE(gearman_client_do_high, arginfo_gearman_client_do_high)
	ZEND_FE(gearman_client_do_low, arginfo_gearman_client_do_low)
	ZEND_FE(gearman_client_do_background, arginfo_gearman_client_do_background)
	ZEND_FE(gearman_client_do_high_background, arginfo_gearman_client_do_high_background)
	ZEND_FE(gearman_client_do_low_background, arginfo_gearman_client_do_low_background)
	ZEND_FE(gearman_client_job_status, arginfo_gearman_client_job_status)
	ZEND_FE(gearman_client_options, arginfo_gearman_client_options)
	ZEND_FE(gearman_client_set_options, arginfo_gearman_client_set_options)
	ZEND_FE(gearman_client_add_options, arginfo_gearman_client_add_options)
	ZEND_FE(gearman_client_remove_options, arginfo_gearman_client_remove_options)
	ZEND_FE(gearman_client_timeout, arginfo_gearman_client_timeout)
	ZEND_FE(gearman_client_set_timeout, arginfo_gearman_client_set_timeout)
	ZEND_FE(gearman_client_set_ssl, arginfo_gearman_client_set_ssl)
	ZEND_FE(gearman_client_context, arginfo_gearman_client_context)
	ZEND_FE(gearman_client_set_context, arginfo_gearman_client_set_context)
	ZEND_FE(gearman_client_enable_exception_handler, arginfo_gearman_client_enable_exception_handler)
	ZEND_FE(gearman_client_wait, arginfo_gearman_client_wait)
	ZEND_FE(gearman_client_do_job_handle, arginfo_gearman_client_do_job_handle)
	ZEND_FE(gearman_client_do_status, arginfo_gearman_client_do_status)
	ZEND_FE(gearman_client_job_status_by_unique_key, arginfo_gearman_client_job_status_by_unique_key)
	ZEND_FE(gearman_client_ping, arginfo_gearman_client_ping)
	ZEND_FE(gearman_client_add_task, arginfo_gearman_client_add_task)
	ZEND_FE(gearman_client_add_task_high, arginfo_gearman_client_add_task_high)
	ZEND_FE(gearman_client_add_task_low, arginfo_gearman_client_add_task_low)
	ZEND_FE(gearman_client_add_task_background, arginfo_gearman_client_add_task_background)
	ZEND_FE(gearman_client_add_task_high_background, arginfo_gearman_client_add_task_high_background)
	ZEND_FE(gearman_client_add_task_low_background, arginfo_gearman_client_add_task_low_background)
	ZEND_FE(gearman_client_add_task_status, arginfo_gearman_client_add_task_status)
	ZEND_FE(gearman_client_set_workload_callback, arginfo_gearman_client_set_workload_callback)
	ZEND_FE(gearman_client_set_created_callback, arginfo_gearman_client_set_created_callback)
	ZEND_FE(gearman_client_set_data_callback, arginfo_gearman_client_set_data_callback)
	ZEND_FE(gearman_client_set_warning_callback, arginfo_gearman_client_set_warning_callback)
	ZEND_FE(gearman_client_set_status_callback, arginfo_gearman_client_set_status_callback)
	ZEND_FE(gearman_client_set_complete_callback, arginfo_gearman_client_set_complete_callback)
	ZEND_FE(gearman_client_set_exception_callback, arginfo_gearman_client_set_exception_callback)
	ZEND_FE(gearman_client_set_fail_callback, arginfo_gearman_client_set_fail_callback)
	ZEND_FE(gearman_client_clear_callbacks, arginfo_gearman_client_clear_callbacks)
	ZEND_FE(gearman_client_run_tasks, arginfo_gearman_client_run_tasks)
	ZEND_FE(gearman_task_return_code, arginfo_gearman_task_return_code)
	ZEND_FE(gearman_task_function_name, arginfo_gearman_task_function_name)
	ZEND_FE(gearman_task_unique, arginfo_gearman_task_unique)
	ZEND_FE(gearman_task_job_handle, arginfo_gearman_task_job_handle)
	ZEND_FE(gearman_task_is_known, arginfo_gearman_task_is_known)
	ZEND_FE(gearman_task_is_running, arginfo_gearman_task_is_running)
	ZEND_FE(gearman_task_numerator, arginfo_gearman_task_numerator)
	ZEND_FE(gearman_task_denominator, arginfo_gearman_task_denominator)
	ZEND_FE(gearman_task_data, arginfo_gearman_task_data)
	ZEND_FE(gearman_task_data_size, arginfo_gearman_task_data_size)
	ZEND_FE(gearman_task_send_workload, arginfo_gearman_task_send_workload)
	ZEND_FE(gearman_task_recv_data, arginfo_gearman_task_recv_data)
	ZEND_FE(gearman_job_return_code, arginfo_gearman_job_return_code)
	ZEND_FE(gearman_job_workload, arginfo_gearman_job_workload)
	ZEND_FE(gearman_job_workload_size, arginfo_gearman_job_workload_size)
	ZEND_FE(gearman_job_handle, arginfo_gearman_job_handle)
	ZEND_FE(gearman_job_function_name, arginfo_gearman_job_function_name)
	ZEND_FE(gearman_job_unique, arginfo_gearman_job_unique)
	ZEND_FE(gearman_job_send_status, arginfo_gearman_job_send_status)
	ZEND_FE(gearman_job_send_data, arginfo_gearman_job_send_data)
	ZEND_FE(gearman_job_send_complete, arginfo_gearman_job_send_complete)
	ZEND_FE(gearman_job_send_fail, arginfo_gearman_job_send_fail)
	ZEND_FE(gearman_job_send_warning, arginfo_gearman_job_send_warning)
	ZEND_FE(gearman_job_send_exception, arginfo_gearman_job_send_exception)
	ZEND_FE(gearman_job_set_return, arginfo_gearman_job_set_return)
	ZEND_FE(gearman_worker_create, arginfo_gearman_worker_create)
	ZEND_FE(gearman_worker_return_code, arginfo_gearman_worker_return_code)
	ZEND_FE(gearman_worker_error, arginfo_gearman_worker_error)
	ZEND_FE(gearman_worker_errno, arginfo_gearman_worker_errno)
	ZEND_FE(gearman_worker_add_server, arginfo_gearman_worker_add_server)
	ZEND_FE(gearman_worker_add_servers, arginfo_gearman_worker_add_servers)
	ZEND_FE(gearman_worker_add_function, arginfo_gearman_worker_add_function)
	ZEND_FE(gearman_worker_work, arginfo_gearman_worker_work)
	ZEND_FE(gearman_worker_options, arginfo_gearman_worker_options)
	ZEND_FE(gearman_worker_set_options, arginfo_gearman_worker_set_options)
	ZEND_FE(gearman_worker_add_options, arginfo_gearman_worker_add_options)
	ZEND_FE(gearman_worker_remove_options, arginfo_gearman_worker_remove_options)
	ZEND_FE(gearman_worker_timeout, arginfo_gearman_worker_timeout)
	ZEND_FE(gearman_worker_set_timeout, arginfo_gearman_worker_set_timeout)
	ZEND_FE(gearman_worker_set_ssl, arginfo_gearman_worker_set_ssl)
	ZEND_FE(gearman_worker_set_id, arginfo_gearman_worker_set_id)
	ZEND_FE(gearman_worker_enable_exception_handler, arginfo_gearman_worker_enable_exception_handler)
	ZEND_FE(gearman_worker_ping, arginfo_gearman_worker_ping)
	ZEND_FE(gearman_worker_register, arginfo_gearman_worker_register)
	ZEND_FE(gearman_worker_unregister, arginfo_gearman_worker_unregister)
	ZEND_FE(gearman_worker_unregister_all, arginfo_gearman_worker_unregister_all)
	ZEND_FE(gearman_worker_wait, arginfo_gearman_worker_wait)
	ZEND_FE(gearman_worker_grab_job, arginfo_gearman_worker_grab_job)
	ZEND_FE(gearman_worker_stop, arginfo_gearman_worker_stop)
	ZEND_FE_END
};


static const zend_function_entry class_GearmanClient_methods[] = {
	ZEND_ME(GearmanClient, __construct, arginfo_class_GearmanClient___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanClient, __destruct, arginfo_class_GearmanClient___destruct, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(returnCode, gearman_client_return_code, arginfo_class_GearmanClient_returnCode, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(error, gearman_client_error, arginfo_class_GearmanClient_error, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(getErrno, gearman_client_get_errno, arginfo_class_GearmanClient_getErrno, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addServer, gearman_client_add_server, arginfo_class_GearmanClient_addServer, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addServers, gearman_client_add_servers, arginfo_class_GearmanClient_addServers, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(doNormal, gearman_client_do_normal, arginfo_class_GearmanClient_doNormal, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(doHigh, gearman_client_do_high, arginfo_class_GearmanClient_doHigh, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(doLow, gearman_client_do_low, arginfo_class_GearmanClient_doLow, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(doBackground, gearman_client_do_background, arginfo_class_GearmanClient_doBackground, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(doHighBackground, gearman_client_do_high_background, arginfo_class_GearmanClient_doHighBackground, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(doLowBackground, gearman_client_do_low_background, arginfo_class_GearmanClient_doLowBackground, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(jobStatus, gearman_client_job_status, arginfo_class_GearmanClient_jobStatus, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(options, gearman_client_options, arginfo_class_GearmanClient_options, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setOptions, gearman_client_set_options, arginfo_class_GearmanClient_setOptions, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addOptions, gearman_client_add_options, arginfo_class_GearmanClient_addOptions, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(removeOptions, gearman_client_remove_options, arginfo_class_GearmanClient_removeOptions, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(timeout, gearman_client_timeout, arginfo_class_GearmanClient_timeout, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setTimeout, gearman_client_set_timeout, arginfo_class_GearmanClient_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setSSL, gearman_client_set_ssl, arginfo_class_GearmanClient_setSSL, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(context, gearman_client_context, arginfo_class_GearmanClient_context, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setContext, gearman_client_set_context, arginfo_class_GearmanClient_setContext, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(enableExceptionHandler, gearman_client_enable_exception_handler, arginfo_class_GearmanClient_enableExceptionHandler, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(wait, gearman_client_wait, arginfo_class_GearmanClient_wait, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(doJobHandle, gearman_client_do_job_handle, arginfo_class_GearmanClient_doJobHandle, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(doStatus, gearman_client_do_status, arginfo_class_GearmanClient_doStatus, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(jobStatusByUniqueKey, gearman_client_job_status_by_unique_key, arginfo_class_GearmanClient_jobStatusByUniqueKey, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(ping, gearman_client_ping, arginfo_class_GearmanClient_ping, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addTask, gearman_client_add_task, arginfo_class_GearmanClient_addTask, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addTaskHigh, gearman_client_add_task_high, arginfo_class_GearmanClient_addTaskHigh, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addTaskLow, gearman_client_add_task_low, arginfo_class_GearmanClient_addTaskLow, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addTaskBackground, gearman_client_add_task_background, arginfo_class_GearmanClient_addTaskBackground, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addTaskHighBackground, gearman_client_add_task_high_background, arginfo_class_GearmanClient_addTaskHighBackground, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addTaskLowBackground, gearman_client_add_task_low_background, arginfo_class_GearmanClient_addTaskLowBackground, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addTaskStatus, gearman_client_add_task_status, arginfo_class_GearmanClient_addTaskStatus, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setWorkloadCallback, gearman_client_set_workload_callback, arginfo_class_GearmanClient_setWorkloadCallback, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setCreatedCallback, gearman_client_set_created_callback, arginfo_class_GearmanClient_setCreatedCallback, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setDataCallback, gearman_client_set_data_callback, arginfo_class_GearmanClient_setDataCallback, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setWarningCallback, gearman_client_set_warning_callback, arginfo_class_GearmanClient_setWarningCallback, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setStatusCallback, gearman_client_set_status_callback, arginfo_class_GearmanClient_setStatusCallback, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setCompleteCallback, gearman_client_set_complete_callback, arginfo_class_GearmanClient_setCompleteCallback, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setExceptionCallback, gearman_client_set_exception_callback, arginfo_class_GearmanClient_setExceptionCallback, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setFailCallback, gearman_client_set_fail_callback, arginfo_class_GearmanClient_setFailCallback, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(clearCallbacks, gearman_client_clear_callbacks, arginfo_class_GearmanClient_clearCallbacks, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(runTasks, gearman_client_run_tasks, arginfo_class_GearmanClient_runTasks, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_GearmanTask_methods[] = {
	ZEND_ME(GearmanTask, __construct, arginfo_class_GearmanTask___construct, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(returnCode, gearman_task_return_code, arginfo_class_GearmanTask_returnCode, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(functionName, gearman_task_function_name, arginfo_class_GearmanTask_functionName, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(unique, gearman_task_unique, arginfo_class_GearmanTask_unique, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(jobHandle, gearman_task_job_handle, arginfo_class_GearmanTask_jobHandle, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(isKnown, gearman_task_is_known, arginfo_class_GearmanTask_isKnown, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(isRunning, gearman_task_is_running, arginfo_class_GearmanTask_isRunning, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(taskNumerator, gearman_task_numerator, arginfo_class_GearmanTask_taskNumerator, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(taskDenominator, gearman_task_denominator, arginfo_class_GearmanTask_taskDenominator, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(data, gearman_task_data, arginfo_class_GearmanTask_data, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(dataSize, gearman_task_data_size, arginfo_class_GearmanTask_dataSize, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(sendWorkload, gearman_task_send_workload, arginfo_class_GearmanTask_sendWorkload, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(recvData, gearman_task_recv_data, arginfo_class_GearmanTask_recvData, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_GearmanJob_methods[] = {
	ZEND_ME(GearmanJob, __destruct, arginfo_class_GearmanJob___destruct, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(returnCode, gearman_job_return_code, arginfo_class_GearmanJob_returnCode, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(workload, gearman_job_workload, arginfo_class_GearmanJob_workload, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(workloadSize, gearman_job_workload_size, arginfo_class_GearmanJob_workloadSize, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(handle, gearman_job_handle, arginfo_class_GearmanJob_handle, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(functionName, gearman_job_function_name, arginfo_class_GearmanJob_functionName, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(unique, gearman_job_unique, arginfo_class_GearmanJob_unique, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(sendStatus, gearman_job_send_status, arginfo_class_GearmanJob_sendStatus, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(sendData, gearman_job_send_data, arginfo_class_GearmanJob_sendData, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(sendComplete, gearman_job_send_complete, arginfo_class_GearmanJob_sendComplete, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(sendFail, gearman_job_send_fail, arginfo_class_GearmanJob_sendFail, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(sendWarning, gearman_job_send_warning, arginfo_class_GearmanJob_sendWarning, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(sendException, gearman_job_send_exception, arginfo_class_GearmanJob_sendException, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setReturn, gearman_job_set_return, arginfo_class_GearmanJob_setReturn, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_GearmanWorker_methods[] = {
	ZEND_ME(GearmanWorker, __construct, arginfo_class_GearmanWorker___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanWorker, __destruct, arginfo_class_GearmanWorker___destruct, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(returnCode, gearman_worker_return_code, arginfo_class_GearmanWorker_returnCode, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(error, gearman_worker_error, arginfo_class_GearmanWorker_error, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(getErrno, gearman_worker_errno, arginfo_class_GearmanWorker_getErrno, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addServer, gearman_worker_add_server, arginfo_class_GearmanWorker_addServer, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addServers, gearman_worker_add_servers, arginfo_class_GearmanWorker_addServers, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addFunction, gearman_worker_add_function, arginfo_class_GearmanWorker_addFunction, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(work, gearman_worker_work, arginfo_class_GearmanWorker_work, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(options, gearman_worker_options, arginfo_class_GearmanWorker_options, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setOptions, gearman_worker_set_options, arginfo_class_GearmanWorker_setOptions, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(addOptions, gearman_worker_add_options, arginfo_class_GearmanWorker_addOptions, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(removeOptions, gearman_worker_remove_options, arginfo_class_GearmanWorker_removeOptions, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(timeout, gearman_worker_timeout, arginfo_class_GearmanWorker_timeout, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setTimeout, gearman_worker_set_timeout, arginfo_class_GearmanWorker_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setSSL, gearman_worker_set_ssl, arginfo_class_GearmanWorker_setSSL, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(setId, gearman_worker_set_id, arginfo_class_GearmanWorker_setId, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(enableExceptionHandler, gearman_worker_enable_exception_handler, arginfo_class_GearmanWorker_enableExceptionHandler, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(ping, gearman_worker_ping, arginfo_class_GearmanWorker_ping, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(register, gearman_worker_register, arginfo_class_GearmanWorker_register, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(unregister, gearman_worker_unregister, arginfo_class_GearmanWorker_unregister, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(unregisterAll, gearman_worker_unregister_all, arginfo_class_GearmanWorker_unregisterAll, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(wait, gearman_worker_wait, arginfo_class_GearmanWorker_wait, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(grabJob, gearman_worker_grab_job, arginfo_class_GearmanWorker_grabJob, ZEND_ACC_PUBLIC)
	ZEND_ME_MAPPING(stop, gearman_worker_stop, arginfo_class_GearmanWorker_stop, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_GearmanException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_GearmanAdmin_methods[] = {
	ZEND_ME(GearmanAdmin, __construct, arginfo_class_GearmanAdmin___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, setTimeout, arginfo_class_GearmanAdmin_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, timeout, arginfo_class_GearmanAdmin_timeout, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, setSSL, arginfo_class_GearmanAdmin_setSSL, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, status, arginfo_class_GearmanAdmin_status, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, priorityStatus, arginfo_class_GearmanAdmin_priorityStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, workers, arginfo_class_GearmanAdmin_workers, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, jobs, arginfo_class_GearmanAdmin_jobs, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, uniqueJobs, arginfo_class_GearmanAdmin_uniqueJobs, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, cancelJob, arginfo_class_GearmanAdmin_cancelJob, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, createFunction, arginfo_class_GearmanAdmin_createFunction, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, dropFunction, arginfo_class_GearmanAdmin_dropFunction, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, setMaxQueue, arginfo_class_GearmanAdmin_setMaxQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, setMaxQueueByPriority, arginfo_class_GearmanAdmin_setMaxQueueByPriority, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, serverVersion, arginfo_class_GearmanAdmin_serverVersion, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, serverPid, arginfo_class_GearmanAdmin_serverPid, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, serverVerbose, arginfo_class_GearmanAdmin_serverVerbose, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, ping, arginfo_class_GearmanAdmin_ping, ZEND_ACC_PUBLIC)
	ZEND_ME(GearmanAdmin, close, arginfo_class_GearmanAdmin_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_gearman_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("GEARMAN_ARGS_BUFFER_SIZE", GEARMAN_ARGS_BUFFER_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_ARGUMENT_TOO_LARGE", GEARMAN_ARGUMENT_TOO_LARGE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_ALLOCATED", GEARMAN_CLIENT_ALLOCATED, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_EXCEPTION", GEARMAN_CLIENT_EXCEPTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_FREE_TASKS", GEARMAN_CLIENT_FREE_TASKS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_GENERATE_UNIQUE", GEARMAN_CLIENT_GENERATE_UNIQUE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_NON_BLOCKING", GEARMAN_CLIENT_NON_BLOCKING, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_NO_NEW", GEARMAN_CLIENT_NO_NEW, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_STATE_IDLE", GEARMAN_CLIENT_STATE_IDLE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_STATE_NEW", GEARMAN_CLIENT_STATE_NEW, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_STATE_PACKET", GEARMAN_CLIENT_STATE_PACKET, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_STATE_SUBMIT", GEARMAN_CLIENT_STATE_SUBMIT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_TASK_IN_USE", GEARMAN_CLIENT_TASK_IN_USE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_UNBUFFERED_RESULT", GEARMAN_CLIENT_UNBUFFERED_RESULT, CONST_PERSISTENT);
#if defined(HAVE_GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL)
	REGISTER_LONG_CONSTANT("GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL", GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL, CONST_PERSISTENT);
#endif
#if defined(HAVE_GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL)
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL", GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL, CONST_PERSISTENT);
#endif
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_ALL_YOURS", GEARMAN_COMMAND_ALL_YOURS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_CANT_DO", GEARMAN_COMMAND_CANT_DO, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_CAN_DO", GEARMAN_COMMAND_CAN_DO, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_CAN_DO_TIMEOUT", GEARMAN_COMMAND_CAN_DO_TIMEOUT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_ECHO_REQ", GEARMAN_COMMAND_ECHO_REQ, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_ECHO_RES", GEARMAN_COMMAND_ECHO_RES, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_ERROR", GEARMAN_COMMAND_ERROR, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_GET_STATUS", GEARMAN_COMMAND_GET_STATUS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_GRAB_JOB", GEARMAN_COMMAND_GRAB_JOB, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_GRAB_JOB_UNIQ", GEARMAN_COMMAND_GRAB_JOB_UNIQ, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_JOB_ASSIGN", GEARMAN_COMMAND_JOB_ASSIGN, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_JOB_ASSIGN_UNIQ", GEARMAN_COMMAND_JOB_ASSIGN_UNIQ, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_JOB_CREATED", GEARMAN_COMMAND_JOB_CREATED, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_MAX", GEARMAN_COMMAND_MAX, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_NOOP", GEARMAN_COMMAND_NOOP, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_NO_JOB", GEARMAN_COMMAND_NO_JOB, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_OPTION_REQ", GEARMAN_COMMAND_OPTION_REQ, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_OPTION_RES", GEARMAN_COMMAND_OPTION_RES, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_PRE_SLEEP", GEARMAN_COMMAND_PRE_SLEEP, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_RESET_ABILITIES", GEARMAN_COMMAND_RESET_ABILITIES, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SET_CLIENT_ID", GEARMAN_COMMAND_SET_CLIENT_ID, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_STATUS_RES", GEARMAN_COMMAND_STATUS_RES, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SUBMIT_JOB", GEARMAN_COMMAND_SUBMIT_JOB, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SUBMIT_JOB_BG", GEARMAN_COMMAND_SUBMIT_JOB_BG, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SUBMIT_JOB_EPOCH", GEARMAN_COMMAND_SUBMIT_JOB_EPOCH, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SUBMIT_JOB_HIGH", GEARMAN_COMMAND_SUBMIT_JOB_HIGH, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SUBMIT_JOB_HIGH_BG", GEARMAN_COMMAND_SUBMIT_JOB_HIGH_BG, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SUBMIT_JOB_LOW", GEARMAN_COMMAND_SUBMIT_JOB_LOW, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SUBMIT_JOB_LOW_BG", GEARMAN_COMMAND_SUBMIT_JOB_LOW_BG, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_SUBMIT_JOB_SCHED", GEARMAN_COMMAND_SUBMIT_JOB_SCHED, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_TEXT", GEARMAN_COMMAND_TEXT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_UNUSED", GEARMAN_COMMAND_UNUSED, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_WORK_COMPLETE", GEARMAN_COMMAND_WORK_COMPLETE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_WORK_DATA", GEARMAN_COMMAND_WORK_DATA, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_WORK_EXCEPTION", GEARMAN_COMMAND_WORK_EXCEPTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_WORK_FAIL", GEARMAN_COMMAND_WORK_FAIL, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_WORK_STATUS", GEARMAN_COMMAND_WORK_STATUS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COMMAND_WORK_WARNING", GEARMAN_COMMAND_WORK_WARNING, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CON_CLOSE_AFTER_FLUSH", GEARMAN_CON_CLOSE_AFTER_FLUSH, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CON_EXTERNAL_FD", GEARMAN_CON_EXTERNAL_FD, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CON_IGNORE_LOST_CONNECTION", GEARMAN_CON_IGNORE_LOST_CONNECTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CON_PACKET_IN_USE", GEARMAN_CON_PACKET_IN_USE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CON_READY", GEARMAN_CON_READY, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CON_RECV_STATE_READ_DATA", GEARMAN_CON_RECV_STATE_READ_DATA, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_CON_SEND_STATE_NONE", GEARMAN_CON_SEND_STATE_NONE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_COULD_NOT_CONNECT", GEARMAN_COULD_NOT_CONNECT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_DATA_TOO_LARGE", GEARMAN_DATA_TOO_LARGE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_DEFAULT_SOCKET_RECV_SIZE", GEARMAN_DEFAULT_SOCKET_RECV_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_DEFAULT_SOCKET_SEND_SIZE", GEARMAN_DEFAULT_SOCKET_SEND_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_DEFAULT_SOCKET_TIMEOUT", GEARMAN_DEFAULT_SOCKET_TIMEOUT, CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("GEARMAN_DEFAULT_TCP_HOST", GEARMAN_DEFAULT_TCP_HOST, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_DEFAULT_TCP_PORT", GEARMAN_DEFAULT_TCP_PORT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_DONT_TRACK_PACKETS", GEARMAN_DONT_TRACK_PACKETS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_ECHO_DATA_CORRUPTION", GEARMAN_ECHO_DATA_CORRUPTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_ERRNO", GEARMAN_ERRNO, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_EVENT", GEARMAN_EVENT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_FLUSH_DATA", GEARMAN_FLUSH_DATA, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_GETADDRINFO", GEARMAN_GETADDRINFO, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_IGNORE_PACKET", GEARMAN_IGNORE_PACKET, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_INVALID_ARGUMENT", GEARMAN_INVALID_ARGUMENT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_INVALID_COMMAND", GEARMAN_INVALID_COMMAND, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_INVALID_FUNCTION_NAME", GEARMAN_INVALID_FUNCTION_NAME, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_INVALID_MAGIC", GEARMAN_INVALID_MAGIC, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_INVALID_PACKET", GEARMAN_INVALID_PACKET, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_INVALID_SERVER_OPTION", GEARMAN_INVALID_SERVER_OPTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_INVALID_WORKER_FUNCTION", GEARMAN_INVALID_WORKER_FUNCTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_IN_PROGRESS", GEARMAN_IN_PROGRESS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_IO_WAIT", GEARMAN_IO_WAIT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_JOB_EXISTS", GEARMAN_JOB_EXISTS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_JOB_HANDLE_SIZE", GEARMAN_JOB_HANDLE_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_JOB_NOT_FOUND", GEARMAN_JOB_NOT_FOUND, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_JOB_PRIORITY_HIGH", GEARMAN_JOB_PRIORITY_HIGH, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_JOB_PRIORITY_LOW", GEARMAN_JOB_PRIORITY_LOW, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_JOB_PRIORITY_MAX", GEARMAN_JOB_PRIORITY_MAX, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_JOB_PRIORITY_NORMAL", GEARMAN_JOB_PRIORITY_NORMAL, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_JOB_QUEUE_FULL", GEARMAN_JOB_QUEUE_FULL, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_LOST_CONNECTION", GEARMAN_LOST_CONNECTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_MAX_COMMAND_ARGS", GEARMAN_MAX_COMMAND_ARGS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_MAX_ERROR_SIZE", GEARMAN_MAX_ERROR_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_MAX_RETURN", GEARMAN_MAX_RETURN, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_MEMORY_ALLOCATION_FAILURE", GEARMAN_MEMORY_ALLOCATION_FAILURE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NEED_WORKLOAD_FN", GEARMAN_NEED_WORKLOAD_FN, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NON_BLOCKING", GEARMAN_NON_BLOCKING, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NOT_CONNECTED", GEARMAN_NOT_CONNECTED, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NOT_FLUSHING", GEARMAN_NOT_FLUSHING, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NO_ACTIVE_FDS", GEARMAN_NO_ACTIVE_FDS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NO_JOBS", GEARMAN_NO_JOBS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NO_REGISTERED_FUNCTION", GEARMAN_NO_REGISTERED_FUNCTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NO_REGISTERED_FUNCTIONS", GEARMAN_NO_REGISTERED_FUNCTIONS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_NO_SERVERS", GEARMAN_NO_SERVERS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_OPTION_SIZE", GEARMAN_OPTION_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_PACKET_HEADER_SIZE", GEARMAN_PACKET_HEADER_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_PAUSE", GEARMAN_PAUSE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_PIPE_EOF", GEARMAN_PIPE_EOF, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_PTHREAD", GEARMAN_PTHREAD, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_QUEUE_ERROR", GEARMAN_QUEUE_ERROR, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_RECV_BUFFER_SIZE", GEARMAN_RECV_BUFFER_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_RECV_IN_PROGRESS", GEARMAN_RECV_IN_PROGRESS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_SEND_BUFFER_SIZE", GEARMAN_SEND_BUFFER_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_SEND_BUFFER_TOO_SMALL", GEARMAN_SEND_BUFFER_TOO_SMALL, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_SEND_IN_PROGRESS", GEARMAN_SEND_IN_PROGRESS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_SERVER_ERROR", GEARMAN_SERVER_ERROR, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_SHUTDOWN", GEARMAN_SHUTDOWN, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_SHUTDOWN_GRACEFUL", GEARMAN_SHUTDOWN_GRACEFUL, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_SUCCESS", GEARMAN_SUCCESS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_COMPLETE", GEARMAN_TASK_STATE_COMPLETE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_CREATED", GEARMAN_TASK_STATE_CREATED, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_DATA", GEARMAN_TASK_STATE_DATA, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_EXCEPTION", GEARMAN_TASK_STATE_EXCEPTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_FAIL", GEARMAN_TASK_STATE_FAIL, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_FINISHED", GEARMAN_TASK_STATE_FINISHED, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_NEW", GEARMAN_TASK_STATE_NEW, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_STATUS", GEARMAN_TASK_STATE_STATUS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_SUBMIT", GEARMAN_TASK_STATE_SUBMIT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_WARNING", GEARMAN_TASK_STATE_WARNING, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_WORK", GEARMAN_TASK_STATE_WORK, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TASK_STATE_WORKLOAD", GEARMAN_TASK_STATE_WORKLOAD, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TIMEOUT", GEARMAN_TIMEOUT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_TOO_MANY_ARGS", GEARMAN_TOO_MANY_ARGS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_UNEXPECTED_PACKET", GEARMAN_UNEXPECTED_PACKET, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_UNIQUE_SIZE", GEARMAN_UNIQUE_SIZE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_UNKNOWN_OPTION", GEARMAN_UNKNOWN_OPTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_UNKNOWN_STATE", GEARMAN_UNKNOWN_STATE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_VERBOSE_CRAZY", GEARMAN_VERBOSE_CRAZY, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_VERBOSE_DEBUG", GEARMAN_VERBOSE_DEBUG, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_VERBOSE_ERROR", GEARMAN_VERBOSE_ERROR, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_VERBOSE_FATAL", GEARMAN_VERBOSE_FATAL, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_VERBOSE_INFO", GEARMAN_VERBOSE_INFO, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_VERBOSE_MAX", GEARMAN_VERBOSE_MAX, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_ALLOCATED", GEARMAN_WORKER_ALLOCATED, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_CHANGE", GEARMAN_WORKER_CHANGE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_GRAB_JOB_IN_USE", GEARMAN_WORKER_GRAB_JOB_IN_USE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_GRAB_UNIQ", GEARMAN_WORKER_GRAB_UNIQ, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_NON_BLOCKING", GEARMAN_WORKER_NON_BLOCKING, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_PACKET_INIT", GEARMAN_WORKER_PACKET_INIT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_PRE_SLEEP_IN_USE", GEARMAN_WORKER_PRE_SLEEP_IN_USE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_STATE_CONNECT", GEARMAN_WORKER_STATE_CONNECT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_STATE_FUNCTION_SEND", GEARMAN_WORKER_STATE_FUNCTION_SEND, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_STATE_GRAB_JOB_RECV", GEARMAN_WORKER_STATE_GRAB_JOB_RECV, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_STATE_GRAB_JOB_SEND", GEARMAN_WORKER_STATE_GRAB_JOB_SEND, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_STATE_PRE_SLEEP", GEARMAN_WORKER_STATE_PRE_SLEEP, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_STATE_START", GEARMAN_WORKER_STATE_START, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_TIMEOUT_RETURN", GEARMAN_WORKER_TIMEOUT_RETURN, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_WAIT_TIMEOUT", GEARMAN_WORKER_WAIT_TIMEOUT, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORKER_WORK_JOB_IN_USE", GEARMAN_WORKER_WORK_JOB_IN_USE, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORK_DATA", GEARMAN_WORK_DATA, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORK_ERROR", GEARMAN_WORK_ERROR, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORK_EXCEPTION", GEARMAN_WORK_EXCEPTION, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORK_FAIL", GEARMAN_WORK_FAIL, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORK_STATUS", GEARMAN_WORK_STATUS, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("GEARMAN_WORK_WARNING", GEARMAN_WORK_WARNING, CONST_PERSISTENT);
}

static zend_class_entry *register_class_GearmanClient(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "GearmanClient", class_GearmanClient_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_GearmanTask(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "GearmanTask", class_GearmanTask_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_GearmanJob(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "GearmanJob", class_GearmanJob_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_GearmanWorker(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "GearmanWorker", class_GearmanWorker_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_GearmanException(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "GearmanException", class_GearmanException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval property_code_default_value;
	ZVAL_LONG(&property_code_default_value, 0);
	zend_string *property_code_name = zend_string_init("code", sizeof("code") - 1, 1);
	zend_declare_property_ex(class_entry, property_code_name, &property_code_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_code_name);

	return class_entry;
}

static zend_class_entry *register_class_GearmanAdmin(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "GearmanAdmin", class_GearmanAdmin_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
