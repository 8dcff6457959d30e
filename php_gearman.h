/*
  +----------------------------------------------------------------------+
  | gearman: PHP bindings for libgearman                                 |
  +----------------------------------------------------------------------+
  | This source file is subject to version 3.01 of the PHP license,      |
  | that is bundled with this package in the file LICENSE.               |
  +----------------------------------------------------------------------+
*/

#ifndef PHP_GEARMAN_H
#define PHP_GEARMAN_H

extern zend_module_entry gearman_module_entry;
#define phpext_gearman_ptr &gearman_module_entry

/* The one place the extension's version is written. */
#define PHP_GEARMAN_VERSION "2.3.0"

#if defined(ZTS) && defined(COMPILE_DL_GEARMAN)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif /* PHP_GEARMAN_H */
