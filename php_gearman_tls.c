/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

/* setSSL() for GearmanClient and GearmanWorker: TLS to gearmand through
 * libgearman, with the checks libgearman does not make.
 *
 * libgearman (1.1.19 to 1.1.22) has three traps, each met here:
 * - built without TLS (Debian builds it so), it takes the flag and sends in
 *   plain text: setSSL(true) is refused instead;
 * - with TLS, a CA, certificate or key it cannot load makes it call abort()
 *   at the first connection: the files are loaded here first, with the same
 *   OpenSSL calls, and a bad one is refused with its name;
 * - a copy of a handle (gearman_client_clone(), which the extension makes
 *   for clone and when it renews a handle) keeps the flag but not the
 *   files: php_gearman_tls_apply_client() puts them back on each copy.
 * A worker has no setter in libgearman 1.1.x (gearman_worker_set_ssl() is
 * declared, never defined): its files are read from GEARMAND_CA_CERTIFICATE,
 * GEARMAN_CLIENT_PEM and GEARMAN_CLIENT_KEY when its first connection
 * starts, so php_gearman_tls_worker_env() sets them before every call of a
 * TLS worker. Neither libgearman nor gearmand verifies the other side's
 * certificate (README, "TLS"). */

#include "php_gearman_private.h"
#include "main/fopen_wrappers.h"

#ifdef HAVE_GEARMAN_TLS
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#endif

/* Where libgearman looks for each file when given none, by index. */
static const char *const php_gearman_tls_env_names[PHP_GEARMAN_TLS_FILES] = {
	"GEARMAND_CA_CERTIFICATE", "GEARMAN_CLIENT_PEM", "GEARMAN_CLIENT_KEY"
};
static const char *const php_gearman_tls_file_names[PHP_GEARMAN_TLS_FILES] = {
	"CA file", "certificate", "key file"
};

void php_gearman_tls_free(php_gearman_tls *tls)
{
	if (!tls) {
		return;
	}
	for (int i = 0; i < PHP_GEARMAN_TLS_FILES; i++) {
		zend_string_release(tls->files[i]);
	}
	efree(tls);
}

php_gearman_tls *php_gearman_tls_copy(const php_gearman_tls *tls)
{
	php_gearman_tls *copy;

	if (!tls) {
		return NULL;
	}
	copy = emalloc(sizeof(*copy));
	for (int i = 0; i < PHP_GEARMAN_TLS_FILES; i++) {
		copy->files[i] = zend_string_copy(tls->files[i]);
	}
	return copy;
}

/* A ValueError for a file given as argument i, a GearmanException for one
 * taken from the environment or libgearman's defaults: the message names
 * the file either way. */
static ZEND_ATTRIBUTE_FORMAT(printf, 4, 5) void php_gearman_tls_refuse(uint32_t arg_base, int i,
								       php_gearman_tls_source source,
								       const char *format, ...)
{
	va_list args;
	char *message;

	va_start(args, format);
	zend_vspprintf(&message, 0, format, args);
	va_end(args);
	if (source == PHP_GEARMAN_TLS_ENV) {
		zend_throw_exception_ex(php_gearman_exception_ce, GEARMAN_INVALID_ARGUMENT,
					"setSSL(): the %s from %s %s; nothing was changed",
					php_gearman_tls_file_names[i], php_gearman_tls_env_names[i], message);
	} else if (source == PHP_GEARMAN_TLS_DEFAULT) {
		zend_throw_exception_ex(php_gearman_exception_ce, GEARMAN_INVALID_ARGUMENT,
					"setSSL(): the %s libgearman defaults to, given none and no %s, %s; nothing was "
					"changed",
					php_gearman_tls_file_names[i], php_gearman_tls_env_names[i], message);
	} else {
		zend_argument_value_error(arg_base + 2 + i, "%s", message);
	}
	efree(message);
}

/* A file, wherever it came from, must be a readable regular file. */
static bool php_gearman_tls_readable(const zend_string *file, uint32_t arg_base, int i,
				     php_gearman_tls_source source)
{
	zend_stat_t st;

	if (ZSTR_LEN(file) == 0 || VCWD_STAT(ZSTR_VAL(file), &st) != 0 || !S_ISREG(st.st_mode) ||
	    VCWD_ACCESS(ZSTR_VAL(file), R_OK) != 0) {
		php_gearman_tls_refuse(arg_base, i, source, "must name a readable file (the %s), \"%s\" is not one",
				       php_gearman_tls_file_names[i], ZSTR_VAL(file));
		return false;
	}
	return true;
}

bool php_gearman_tls_parse(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *ce, zval **zobj_out, bool *ssl,
			   zend_string *files[PHP_GEARMAN_TLS_FILES])
{
	uint32_t arg_base = PHP_GEARMAN_ARG_BASE();

	(void)return_value;
	*ssl = true;
	memset(files, 0, sizeof(zend_string *) * PHP_GEARMAN_TLS_FILES);
	PHP_GEARMAN_PARSE_START(zobj, ce, 0, 4)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(*ssl)
		Z_PARAM_PATH_STR_OR_NULL(files[0])
		Z_PARAM_PATH_STR_OR_NULL(files[1])
		Z_PARAM_PATH_STR_OR_NULL(files[2])
	ZEND_PARSE_PARAMETERS_END_EX(return false);

	*zobj_out = zobj;
	/* Files named are checked first, whatever else is asked; like any file
	 * a script names, within open_basedir. */
	for (int i = 0; i < PHP_GEARMAN_TLS_FILES; i++) {
		if (files[i] && php_check_open_basedir_ex(ZSTR_VAL(files[i]), 0) != 0) {
			zend_argument_value_error(arg_base + 2 + i, "must name a file within open_basedir, \"%s\" is not",
						  ZSTR_VAL(files[i]));
			return false;
		}
		if (files[i] && !php_gearman_tls_readable(files[i], arg_base, i, PHP_GEARMAN_TLS_ARG)) {
			return false;
		}
	}
	return true;
}

#ifdef HAVE_GEARMAN_TLS
/* File i from the variable libgearman reads for it: NULL when unset or empty. */
static const char *php_gearman_tls_env(int i)
{
	const char *path = getenv(php_gearman_tls_env_names[i]);

	return path && *path ? path : NULL;
}

/* The paths libgearman falls back to, read from the library by configure
 * (they are compiled into it and not in its API). */
static const char *const php_gearman_tls_defaults[PHP_GEARMAN_TLS_FILES] = {
#ifdef PHP_GEARMAN_TLS_DEFAULT_CA
	PHP_GEARMAN_TLS_DEFAULT_CA, PHP_GEARMAN_TLS_DEFAULT_CERTIFICATE, PHP_GEARMAN_TLS_DEFAULT_KEY
#else
	NULL, NULL, NULL
#endif
};

/* Each file not given: the environment variable libgearman reads, else
 * libgearman's default path, as libgearman would take them. On success,
 * every files[i] is a reference the caller owns. */
static bool php_gearman_tls_resolve(zend_string *files[PHP_GEARMAN_TLS_FILES], uint32_t arg_base,
				    php_gearman_tls_source source[PHP_GEARMAN_TLS_FILES])
{
	int i;

	for (i = 0; i < PHP_GEARMAN_TLS_FILES; i++) {
		const char *path = files[i] ? NULL : php_gearman_tls_env(i);

		source[i] = files[i] ? PHP_GEARMAN_TLS_ARG : PHP_GEARMAN_TLS_ENV;
		if (!files[i] && !path) {
			path = php_gearman_tls_defaults[i];
			source[i] = PHP_GEARMAN_TLS_DEFAULT;
		}
		if (!files[i] && !path) {
			zend_argument_value_error(arg_base + 2 + i, "must name the %s when %s is not set",
						  php_gearman_tls_file_names[i], php_gearman_tls_env_names[i]);
			break;
		}
		files[i] = path ? zend_string_init(path, strlen(path), 0) : zend_string_copy(files[i]);
		if (path && !php_gearman_tls_readable(files[i], arg_base, i, source[i])) {
			i++;
			break;
		}
	}
	if (i == PHP_GEARMAN_TLS_FILES) {
		return true;
	}
	while (i-- > 0) {
		zend_string_release(files[i]);
	}
	return false;
}

/* An encrypted key would make OpenSSL ask for its passphrase on the
 * terminal, inside libgearman's connect. */
static int php_gearman_tls_no_passphrase(char *buf, int size, int rwflag, void *userdata)
{
	(void)buf;
	(void)size;
	(void)rwflag;
	(void)userdata;
	return 0;
}

static const char *php_gearman_tls_reason(void)
{
	unsigned long err = ERR_peek_last_error();
	const char *reason = err ? ERR_reason_error_string(err) : NULL;

	return reason ? reason : "no reason given";
}

/* An SSL_CTX with the CA and, when files[1] is given, the certificate and
 * its key, each loaded as libgearman's first connection would load them
 * (the same OpenSSL calls): NULL with an exception naming the file that
 * failed. */
SSL_CTX *php_gearman_tls_context(zend_string *const files[PHP_GEARMAN_TLS_FILES], uint32_t arg_base,
				 const php_gearman_tls_source source[PHP_GEARMAN_TLS_FILES])
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	int failed = -1;
	const char *what = NULL;

	if (!ctx) {
		zend_throw_exception(php_gearman_exception_ce, "setSSL(): OpenSSL could not make a TLS context",
				     GEARMAN_MEMORY_ALLOCATION_FAILURE);
		return NULL;
	}
	SSL_CTX_set_default_passwd_cb(ctx, php_gearman_tls_no_passphrase);
	ERR_clear_error();
	if (SSL_CTX_load_verify_locations(ctx, ZSTR_VAL(files[0]), NULL) != 1) {
		failed = 0, what = "hold a PEM CA certificate";
	} else if (!files[1]) {
		/* GearmanAdmin without a certificate of its own. */
	} else if (SSL_CTX_use_certificate_file(ctx, ZSTR_VAL(files[1]), SSL_FILETYPE_PEM) != 1) {
		failed = 1, what = "hold a PEM certificate";
	} else if (SSL_CTX_use_PrivateKey_file(ctx, ZSTR_VAL(files[2]), SSL_FILETYPE_PEM) != 1) {
		/* OpenSSL 3 compares the key with the certificate here already. */
		failed = 2, what = ERR_GET_REASON(ERR_peek_last_error()) == X509_R_KEY_VALUES_MISMATCH
					   ? "hold the private key of the certificate"
					   : "hold a PEM private key without a passphrase";
	} else if (SSL_CTX_check_private_key(ctx) != 1) {
		failed = 2, what = "hold the private key of the certificate";
	}
	if (failed >= 0) {
		php_gearman_tls_refuse(arg_base, failed, source[failed], "must %s, \"%s\" does not (OpenSSL: %s)", what,
				       ZSTR_VAL(files[failed]), php_gearman_tls_reason());
		SSL_CTX_free(ctx);
		ctx = NULL;
	}
	ERR_clear_error();
	return ctx;
}

/* GearmanAdmin::setSSL(): the CA is required (the server's certificate is
 * verified against it), from the argument or GEARMAND_CA_CERTIFICATE; a
 * certificate and key of its own are optional, both or neither. */
bool php_gearman_tls_admin_args(INTERNAL_FUNCTION_PARAMETERS, SSL_CTX **ctx)
{
	bool ssl;
	zend_string *files[PHP_GEARMAN_TLS_FILES];
	php_gearman_tls_source source[PHP_GEARMAN_TLS_FILES] = { PHP_GEARMAN_TLS_ARG, PHP_GEARMAN_TLS_ARG,
								  PHP_GEARMAN_TLS_ARG };
	bool ok = true;
	zval *zobj;

	*ctx = NULL;
	if (!php_gearman_tls_parse(INTERNAL_FUNCTION_PARAM_PASSTHRU, NULL, &zobj, &ssl, files)) {
		return false;
	}
	if (!ssl) {
		return true;
	}
	if (!files[1] != !files[2]) {
		zend_argument_value_error(files[1] ? 4 : 3, "must be given with $%s: a certificate needs its key",
					  files[1] ? "certificate" : "key_file");
		return false;
	}
	if (files[0]) {
		zend_string_addref(files[0]);
	} else {
		const char *env = php_gearman_tls_env(0);

		if (!env) {
			zend_argument_value_error(2, "must name the CA file that signed the server's certificate when %s is "
						     "not set: GearmanAdmin verifies it",
						  php_gearman_tls_env_names[0]);
			return false;
		}
		files[0] = zend_string_init(env, strlen(env), 0);
		source[0] = PHP_GEARMAN_TLS_ENV;
		ok = php_gearman_tls_readable(files[0], 0, 0, PHP_GEARMAN_TLS_ENV);
	}
	if (ok) {
		*ctx = php_gearman_tls_context(files, 0, source);
	}
	zend_string_release(files[0]);
	if (!*ctx) {
		return false;
	}
	SSL_CTX_set_verify(*ctx, SSL_VERIFY_PEER, NULL);
	return true;
}

/* What libgearman's first connection will do with the files, done here,
 * where a failure can be a PHP error instead of abort(). */
static bool php_gearman_tls_load(zend_string *const files[PHP_GEARMAN_TLS_FILES], uint32_t arg_base,
				 const php_gearman_tls_source source[PHP_GEARMAN_TLS_FILES])
{
	SSL_CTX *ctx = php_gearman_tls_context(files, arg_base, source);

	SSL_CTX_free(ctx);
	return ctx != NULL;
}
#endif

bool php_gearman_tls_args(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *ce, zval **zobj_out,
			  php_gearman_tls **tls_out)
{
	bool ssl;
	zend_string *files[PHP_GEARMAN_TLS_FILES];

	*tls_out = NULL;
	if (!php_gearman_tls_parse(INTERNAL_FUNCTION_PARAM_PASSTHRU, ce, zobj_out, &ssl, files)) {
		return false;
	}
	if (!ssl) {
		return true;
	}
#ifndef HAVE_GEARMAN_TLS
	zend_throw_exception(php_gearman_exception_ce,
			     "setSSL(): this libgearman was built without TLS (as Debian's is): it would send in plain "
			     "text; nothing was changed",
			     GEARMAN_INVALID_ARGUMENT);
	return false;
#else
	php_gearman_tls_source source[PHP_GEARMAN_TLS_FILES];
	uint32_t arg_base = PHP_GEARMAN_ARG_BASE();

	if (!php_gearman_tls_resolve(files, arg_base, source)) {
		return false;
	}
	if (!php_gearman_tls_load(files, arg_base, source)) {
		for (int i = 0; i < PHP_GEARMAN_TLS_FILES; i++) {
			zend_string_release(files[i]);
		}
		return false;
	}
	*tls_out = emalloc(sizeof(php_gearman_tls));
	memcpy((*tls_out)->files, files, sizeof(files));
	return true;
#endif
}

void php_gearman_tls_apply_client(gearman_client_st *client, const php_gearman_tls *tls)
{
	if (tls) {
		gearman_client_set_ssl(client, true, ZSTR_VAL(tls->files[0]), ZSTR_VAL(tls->files[1]),
				       ZSTR_VAL(tls->files[2]));
	} else {
		/* Not remove_options(): the paths would stay (see below). */
		gearman_client_set_ssl(client, false, NULL, NULL, NULL);
	}
}

/* gearman_client_free(), without libgearman 1.1.x's leak: its
 * ~gearman_universal_st frees the SSL context but not the three paths
 * gearman_client_set_ssl() copied (4 KB each); setting them to NULL frees
 * them. Every handle goes through this. */
void php_gearman_tls_client_free(gearman_client_st *client)
{
	if (client && gearman_client_has_option(client, GEARMAN_CLIENT_SSL)) {
		gearman_client_set_ssl(client, false, NULL, NULL, NULL);
	}
	gearman_client_free(client);
}

gearman_client_st *php_gearman_tls_clone_client(gearman_client_st *from, const php_gearman_tls *tls)
{
	gearman_client_st *copy = gearman_client_clone(NULL, from);

	if (copy && tls) {
		php_gearman_tls_apply_client(copy, tls);
	}
	return copy;
}

void php_gearman_tls_apply_worker(gearman_worker_st *worker, const php_gearman_tls *tls)
{
#ifdef HAVE_GEARMAN_WORKER_SET_SSL
	if (tls) {
		gearman_worker_set_ssl(worker, true, ZSTR_VAL(tls->files[0]), ZSTR_VAL(tls->files[1]),
				       ZSTR_VAL(tls->files[2]));
		return;
	}
#else
	if (tls) {
		gearman_worker_add_options(worker, GEARMAN_WORKER_SSL);
		return;
	}
#endif
	gearman_worker_remove_options(worker, GEARMAN_WORKER_SSL);
}

#ifndef HAVE_GEARMAN_WORKER_SET_SSL
#ifdef ZTS
/* setenv() while other threads may read the environment is not safe: on a
 * thread-safe PHP the files must already be what the environment says. */
bool php_gearman_tls_worker_allowed(const php_gearman_tls *tls)
{
	for (int i = 0; tls && i < PHP_GEARMAN_TLS_FILES; i++) {
		const char *now = getenv(php_gearman_tls_env_names[i]);

		if (!now || strcmp(now, ZSTR_VAL(tls->files[i])) != 0) {
			zend_throw_exception_ex(
				php_gearman_exception_ce, GEARMAN_INVALID_ARGUMENT,
				"GearmanWorker::setSSL(): libgearman %s takes a worker's TLS files only from %s, %s and %s, "
				"which a thread-safe PHP cannot change while it runs: set them before PHP starts and pass "
				"null; nothing was changed",
				LIBGEARMAN_VERSION_STRING, php_gearman_tls_env_names[0], php_gearman_tls_env_names[1],
				php_gearman_tls_env_names[2]);
			return false;
		}
	}
	return true;
}
#endif

void php_gearman_tls_worker_env(const php_gearman_tls *tls)
{
	for (int i = 0; i < PHP_GEARMAN_TLS_FILES; i++) {
		const char *now = getenv(php_gearman_tls_env_names[i]);

		if (!now || strcmp(now, ZSTR_VAL(tls->files[i])) != 0) {
			setenv(php_gearman_tls_env_names[i], ZSTR_VAL(tls->files[i]), 1);
		}
	}
}
#endif
