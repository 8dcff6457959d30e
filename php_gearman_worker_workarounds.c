/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* GearmanWorker: the workarounds for libgearman 1.1.20's worker defects,
 * kept apart from the plain methods in php_gearman_worker.c. Both end the
 * same way: before the next call that talks to gearmand
 * (php_gearman_worker_fetch_for_io(): work(), grabJob(), wait(), ping()),
 * renew() replaces the libgearman handle with a clone (same servers,
 * options and functions, new connections). The flags in
 * php_gearman_worker.reset say when; the note_*() functions, called by the
 * methods named, keep them (note_work(), on every job, is inline in
 * php_gearman_private.h).
 *
 * 1. A broken grab. libgearman's grab state machine may resume half-way
 *    (after a job, or GEARMAN_IO_WAIT), and outside gearman_worker_work() a
 *    resumed grab that finds no job leaves it on a dangling connection: the
 *    next grab crashed (PECL too). note_work() after work() and note_grab()
 *    after grabJob() track it. Tests: worker_grab_job, crash_copies_every_method.
 *
 * 2. Registrations sent out of order. After unregister() / unregisterAll()
 *    and an addFunction() before the next work(), libgearman sends the new
 *    CAN_DO before the old RESET_ABILITIES, and gearmand is left with no
 *    function. note_removal() and note_addition() track it; the rebuilt
 *    handle registers the functions again from the PHP table. Test:
 *    worker_unregister_all_add_function.
 *
 * Removing a piece once libgearman is fixed: delete its note_*() functions
 * and calls and its flags, keep its tests, and they must still pass against
 * the fixed libgearman; with both gone, this file, the renewal flags and
 * php_gearman_worker_set_handle()'s replacing of a handle go too (config.m4,
 * config.w32, package.xml).
 *
 * Calls go one way: php_gearman_worker.c calls in here; this file calls
 * libgearman, the TLS copies (php_gearman_tls.c) and two leaf helpers of
 * php_gearman_worker.c that call nothing back: set_handle() and
 * register_fn(), which build a handle exactly as the constructor and
 * addFunction() do. */

#include "php_gearman_private.h"

/* Replaces a handle whose grab state machine is broken, or whose
 * registrations would reach gearmand out of order, with a clone: same
 * servers, options and functions, a new connection. The
 * old handle lives on while GearmanJob objects grabbed from it do, since
 * libgearman frees a worker's jobs with it. */
bool php_gearman_worker_renew(php_gearman_worker *obj)
{
	gearman_worker_st *fresh = gearman_worker_clone(NULL, obj->worker);
	zend_string *name;

	if (!fresh) {
		zend_throw_error(NULL, "GearmanWorker could not allocate its libgearman worker");
		return false;
	}
	php_gearman_tls_apply_worker(fresh, obj->tls);
	/* The clone registers even what was being unregistered; a stale
	 * registry (registry_misorder) is set up again from the PHP table. */
	php_gearman_worker_fn *fn;
	ZEND_HASH_FOREACH_STR_KEY_PTR(&obj->functions, name, fn)
	{
		bool wanted = gearman_worker_function_exist(obj->worker, ZSTR_VAL(name), ZSTR_LEN(name));
		if (!wanted || obj->renewal.registry_misorder) {
			gearman_worker_unregister(fresh, ZSTR_VAL(name));
		}
		if (wanted && obj->renewal.registry_misorder) {
			php_gearman_worker_register_fn(fresh, name, fn);
		}
	}
	ZEND_HASH_FOREACH_END();
	php_gearman_worker_set_handle(obj, fresh);
	memset(&obj->renewal, 0, sizeof(obj->renewal));
	/* Best effort: if gearmand is away now, work() will say so. */
	if (obj->exceptions) {
		gearman_worker_set_server_option(fresh, "exceptions", sizeof("exceptions") - 1);
	}
	return true;
}

/* After grabJob(): a job leaves the state machine resuming; NO_JOB found by
 * a resumed grab leaves it broken; other failures may have, so assume they
 * did. */
void php_gearman_worker_note_grab(php_gearman_worker *obj, bool got_job)
{
	if (got_job) {
		obj->renewal.grab_midway = true;
	} else if (obj->ret != GEARMAN_NO_JOBS || obj->renewal.grab_midway) {
		obj->renewal.grab_broken = true;
	}
}

/* After a successful unregister() / unregisterAll(). */
void php_gearman_worker_note_removal(php_gearman_worker *obj)
{
	obj->renewal.removal_unsent = true;
}

/* Before addFunction() registers: a removal still unsent would reach
 * gearmand after this registration. */
void php_gearman_worker_note_addition(php_gearman_worker *obj)
{
	if (obj->renewal.removal_unsent) {
		obj->renewal.removal_unsent = (gearman_worker_options(obj->worker) & GEARMAN_WORKER_CHANGE) != 0;
		obj->renewal.registry_misorder = obj->renewal.registry_misorder || obj->renewal.removal_unsent;
	}
}
