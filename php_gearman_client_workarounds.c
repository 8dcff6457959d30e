/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* GearmanClient: the workarounds for libgearman 1.1.20's client defects,
 * kept apart from the plain methods in php_gearman_client.c. PECL has every
 * one of these defects. Each piece below says which defect it answers and
 * when it runs; README.md lists the user-visible effect, with its test.
 *
 * 1. Stale read marks. After a call that waits on each server in turn (the
 *    "exceptions" option, ping()), libgearman leaves the connections marked
 *    ready to read, and with two or more servers the next blocking call can
 *    wait for ever on one of them. consume_stale_reads() runs after those
 *    calls; request_exceptions(), the one way the client asks for the
 *    option, is here so that it always does. Tests: client_add_servers,
 *    client_two_servers_blocking_calls.
 *
 * 2. A handle broken by a failed synchronous call. After doNormal(),
 *    doBackground(), jobStatus() or ping() fail on the connection, and after
 *    every jobStatusByUniqueKey(), libgearman's task counters are off: the
 *    next runTasks() spins for ever, the next submission blocks.
 *    renew() then replaces the handle with a fresh clone
 *    (replace_handle(): same servers, options, timeout and hooks). Tests:
 *    client_run_tasks_after_job_status_failure, client_dead_server*,
 *    client_job_status_by_unique_key, client_signal_silent_server.
 *
 * 3. Tasks stranded in a broken handle. After runTasks() lost its only
 *    server, libgearman never sends its unfinished tasks again (and a
 *    restarted gearmand reuses job handles); after a PHP exception stopped
 *    runTasks(), it is half-way through a packet. move_tasks() gives the
 *    client a fresh handle and takes the tasks along (resubmit_task()), or
 *    ends those a server had accepted. It runs from runTasks() only, and
 *    from renew() for a client holding tasks. Tests:
 *    fault_client_run_tasks_gearmand_killed,
 *    fault_client_run_tasks_after_restart,
 *    client_callback_exception_then_do_normal,
 *    client_dead_server_tasks_then_background.
 *
 * 4. gearman_task_is_finished() always answers false: task_done() reads the
 *    task's state name instead.
 *
 * What a new handle loses is put back by before_io() (inline in
 * php_gearman_private.h; restore_after_renewal() here), which every call
 * that talks to the servers runs first (php_gearman_client_fetch_for_io(),
 * runTasks()): the servers' exception forwarding belongs to the old
 * connections and is asked for again (client_exceptions_survive_client_reset),
 * and error() answers the old handle's last error (lost_error) until then
 * (fault_client_error_after_lost_connection).
 *
 * Removing a piece once libgearman is fixed: delete its functions here and
 * their calls (grep the names), keep the tests above, and they must still
 * pass against the fixed libgearman. With 2 and 3 gone, replace_handle(),
 * before_io()'s re-request, lost_error and PHP_GEARMAN_EXCEPTIONS_LOST go
 * too; with all gone, so does this file (config.m4, config.w32, package.xml),
 * and request_exceptions() moves to php_gearman_client.c.
 *
 * Calls go one way: the class files call in here; this file calls only
 * libgearman, the task code (php_gearman_task.c) and the TLS copies
 * (php_gearman_tls.c), never back into php_gearman_client.c. */

#include "php_gearman_private.h"

/* After a call that sends a packet to each server in turn and waits for
 * each answer (the "exceptions" option, ping()), libgearman 1.1.20 leaves
 * the connections it had to wait on marked ready to read. A later blocking
 * call (doNormal(), doBackground(), jobStatus()) then reads such a stale
 * connection first and, with two or more servers, can block on it for ever
 * while its answer sits on another connection. runTasks() reads without
 * blocking, so throw-away status requests run through it consume the marks.
 * It stops at the answer, before the connections after that one, so there
 * is one request per server. Only for a client with several servers and no
 * tasks of its own, after the call that left the marks. */
void php_gearman_client_consume_stale_reads(php_gearman_client *obj)
{
	if (obj->servers < 2 || zend_hash_num_elements(&obj->tasks) > 0 || gearman_client_has_tasks(obj->client)) {
		return;
	}
	bool owned = !gearman_client_has_option(obj->client, GEARMAN_CLIENT_FREE_TASKS);
	for (uint32_t i = 0; i < MIN(obj->servers, 8); i++) {
		gearman_return_t ret;
		gearman_task_st *task =
			gearman_client_add_task_status(obj->client, NULL, NULL, "H:consume-stale-reads:0", &ret);
		if (!task) {
			return;
		}
		ret = gearman_client_run_tasks(obj->client);
		if (owned) {
			gearman_task_free(task);
		}
		if (ret != GEARMAN_SUCCESS) {
			return;
		}
	}
}

/* Asks every server for WORK_EXCEPTION packets, one round trip each, and
 * consumes what that leaves (1). */
bool php_gearman_client_request_exceptions(php_gearman_client *obj)
{
	if (!gearman_client_set_server_option(obj->client, "exceptions", sizeof("exceptions") - 1)) {
		return false;
	}
	obj->exceptions = PHP_GEARMAN_EXCEPTIONS_ON;
	php_gearman_client_consume_stale_reads(obj);
	return true;
}

static void php_gearman_client_forget_lost_error(php_gearman_client *obj)
{
	if (obj->renewal.lost_error) {
		zend_string_release(obj->renewal.lost_error);
		obj->renewal.lost_error = NULL;
	}
}

/* before_io()'s work, when a renewal left some: the error of the replaced
 * handle is forgotten, and the servers of a renewed client are asked for
 * exceptions again, quietly: until that works, it is retried each time. */
void php_gearman_client_restore_after_renewal(php_gearman_client *obj)
{
	php_gearman_client_forget_lost_error(obj);
	if (obj->exceptions == PHP_GEARMAN_EXCEPTIONS_LOST) {
		php_gearman_client_request_exceptions(obj);
	}
}

/* Puts fresh, a clone of the client's libgearman handle, in its place. The
 * old handle's tasks must all be gone or detached from their objects. */
static void php_gearman_client_replace_handle(php_gearman_client *obj, gearman_client_st *fresh)
{
	const char *error = gearman_client_error(obj->client);
	php_gearman_client_forget_lost_error(obj);
	if (error && *error) {
		obj->renewal.lost_error = zend_string_init(error, strlen(error), 0);
	}
	php_gearman_tls_client_free(obj->client);
	obj->client = fresh;
	gearman_client_set_task_context_free_fn(obj->client, php_gearman_task_context_free);
	/* The servers' exception forwarding belongs to the old connections; it
	 * is asked for again before the next call, not now, so that error()
	 * still describes the failure that made the swap. */
	if (obj->exceptions == PHP_GEARMAN_EXCEPTIONS_ON) {
		obj->exceptions = PHP_GEARMAN_EXCEPTIONS_LOST;
	}
}

/* gearman_task_is_finished() of libgearman 1.1.20 always says false. */
static bool php_gearman_client_task_done(gearman_task_st *task)
{
	const char *state = gearman_task_strstate(task);
	static const char *const finished[] = { "GEARMAN_TASK_STATE_COMPLETE", "GEARMAN_TASK_STATE_EXCEPTION",
						"GEARMAN_TASK_STATE_FAIL", "GEARMAN_TASK_STATE_FINISHED" };

	for (size_t i = 0; state && i < sizeof(finished) / sizeof(finished[0]); i++) {
		if (strcmp(state, finished[i]) == 0) {
			return true;
		}
	}
	return false;
}

/* Whether libgearman has begun to send the task's SUBMIT_JOB: from then on
 * a server may hold the job even before its JOB_CREATED is read (the reply
 * can sit behind another task's packets), and submitting it again would
 * run it twice or leave its result to a later call. */
static bool php_gearman_client_task_sent(gearman_task_st *task)
{
	const char *state = gearman_task_strstate(task);
	return gearman_task_is_known(task) || !state || strcmp(state, "GEARMAN_TASK_STATE_NEW") != 0;
}

/* Adds a task that no server accepted to fresh, for the same object. */
static bool php_gearman_client_resubmit_task(gearman_client_st *fresh, php_gearman_task *task)
{
	gearman_task_st *old = task->task;
	const char *unique = gearman_task_unique(old);
	gearman_return_t ret;
	gearman_task_st *added = php_gearman_add_task_fns[task->background][task->priority](
		fresh, NULL, task, gearman_task_function_name(old), unique && *unique ? unique : NULL,
		ZSTR_VAL(task->workload), ZSTR_LEN(task->workload), &ret);

	if (!added) {
		return false;
	}
	/* Without its context, the old task goes with the old handle unseen. */
	gearman_task_set_context(old, NULL);
	task->task = added;
	return true;
}

/* Gives the client a fresh libgearman handle, keeping its tasks' work:
 * finished tasks are let go (their objects keep what they showed), tasks no
 * server has accepted yet (no job handle) are submitted again on the fresh
 * handle, and tasks a server accepted and had not finished are ended with
 * GEARMAN_LOST_CONNECTION, since gearmand sends a job's results only to the
 * connection that submitted it.
 *
 * After runTasks() lost its server (lost), this is what makes the next
 * runTasks() work: libgearman keeps every unfinished task as it was and
 * never sends them again, neither those it had written to the dead
 * connection nor, often, those it had not; a restarted gearmand reuses job
 * handles, so that an old task can take a new job's packets; and its task
 * counters stay off. Every later runTasks() waited until its timeout, or for
 * ever. It needs a single server: with several, a task cannot be traced to
 * its server through libgearman's API.
 *
 * After runTasks() was stopped by a PHP exception (INTERRUPTED), libgearman
 * is half-way through a packet, and a doNormal() would wait for ever for a
 * job it never sends. When no unfinished task was sent, nothing is lost by
 * starting afresh; otherwise the client stays interrupted until the next
 * runTasks() (false is returned). A sent task counts even without its job
 * handle: its JOB_CREATED may sit behind the packet that threw (test
 * client_callback_exception_created_later).
 *
 * From renew() (RENEW) the client is not interrupted, so no packet of a
 * live connection is half-read: only a task a server accepted (a job
 * handle) keeps the handle. A task merely sent, or whose connection failed
 * (its state is past NEW all the same), is submitted again; keeping the
 * handle for it left libgearman spinning in the next doBackground() (test
 * client_dead_server_tasks_then_background, hostile_calls_fuzz). */
bool php_gearman_client_move_tasks(php_gearman_client *obj, php_gearman_move_why why)
{
	zval *ztask;

	if (why == PHP_GEARMAN_MOVE_LOST && obj->servers != 1) {
		return false;
	}
	if (why != PHP_GEARMAN_MOVE_LOST) {
		ZEND_HASH_FOREACH_VAL(&obj->tasks, ztask)
		{
			gearman_task_st *task = Z_GEARMAN_TASK_P(ztask)->task;
			if (!task || php_gearman_client_task_done(task)) {
				continue;
			}
			if (why == PHP_GEARMAN_MOVE_INTERRUPTED ? php_gearman_client_task_sent(task)
								: gearman_task_is_known(task)) {
				return false;
			}
		}
		ZEND_HASH_FOREACH_END();
	} else if (zend_hash_num_elements(&obj->tasks) == 0) {
		return true;
	}
	gearman_client_st *fresh = php_gearman_tls_clone_client(obj->client, obj->tls);
	if (!fresh) {
		return false;
	}
	uint32_t count = 0;
	zval *tasks = safe_emalloc(zend_hash_num_elements(&obj->tasks), sizeof(zval), 0);

	ZEND_HASH_FOREACH_VAL(&obj->tasks, ztask)
	{
		ZVAL_COPY(&tasks[count++], ztask);
	}
	ZEND_HASH_FOREACH_END();
	for (uint32_t i = 0; i < count; i++) {
		php_gearman_task *task = Z_GEARMAN_TASK_P(&tasks[i]);
		if (!task->task) {
			zval_ptr_dtor(&tasks[i]);
			continue;
		}
		bool finished = php_gearman_client_task_done(task->task);
		if (finished || gearman_task_is_known(task->task) || !task->workload ||
		    !php_gearman_client_resubmit_task(fresh, task)) {
			/* Freed here, while the old handle can still be read. */
			php_gearman_task_free_now(task);
			if (!finished) {
				task->ret = GEARMAN_LOST_CONNECTION;
			}
		}
		zval_ptr_dtor(&tasks[i]);
	}
	efree(tasks);
	php_gearman_client_replace_handle(obj, fresh);
	return true;
}

/* After a synchronous call fails on the connection, libgearman 1.1.20 can
 * leave the client's task counters off, and the next runTasks() spins for
 * ever at full CPU (a hang PECL users hit after a failed jobStatus()), as
 * does the next doBackground() of a client with tasks added but not run.
 * renew() swaps the client for a fresh copy: same servers, options,
 * timeout and hooks, clean state; tasks of its own that no server accepted
 * go along (move_tasks()), and while one a server accepted still runs,
 * nothing is swapped. It runs after every call that may have left the
 * handle broken (one cut short by a signal, one a PHP exception stopped,
 * every jobStatusByUniqueKey()); renew_after_failure() runs it when obj->ret
 * is a connection failure. */
void php_gearman_client_renew(php_gearman_client *obj)
{
	if (zend_hash_num_elements(&obj->tasks) > 0) {
		php_gearman_client_move_tasks(obj, PHP_GEARMAN_MOVE_RENEW);
		return;
	}
	if (gearman_client_has_tasks(obj->client)) {
		return;
	}
	gearman_client_st *fresh = php_gearman_tls_clone_client(obj->client, obj->tls);
	if (fresh) {
		php_gearman_client_replace_handle(obj, fresh);
	}
}

void php_gearman_client_renew_after_failure(php_gearman_client *obj)
{
	switch (obj->ret) {
	case GEARMAN_COULD_NOT_CONNECT:
	case GEARMAN_LOST_CONNECTION:
	case GEARMAN_TIMEOUT:
	case GEARMAN_NO_SERVERS:
	case GEARMAN_ERRNO:
		php_gearman_client_renew(obj);
		break;
	default:
		break;
	}
}
