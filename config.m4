dnl config.m4 for the gearman extension

PHP_ARG_WITH([gearman],
  [for gearman support],
  [AS_HELP_STRING([[--with-gearman[=DIR]]],
    [Include gearman support. DIR is the libgearman install prefix])])

if test "$PHP_GEARMAN" != "no"; then
  AC_MSG_CHECKING([for libgearman headers])
  GEARMAN_DIR=""
  for i in $PHP_GEARMAN /usr/local /usr /opt/local /opt/homebrew; do
    if test "$i" != "yes" && test -r "$i/include/libgearman-1.0/gearman.h"; then
      GEARMAN_DIR=$i
      break
    fi
  done

  if test -z "$GEARMAN_DIR"; then
    AC_MSG_RESULT([not found])
    AC_MSG_ERROR([libgearman-1.0/gearman.h not found. Install libgearman 1.1 or newer (Debian/Ubuntu: apt-get install libgearman-dev; Fedora: dnf install libgearman-devel; macOS: brew install gearman) or pass --with-gearman=PREFIX])
  fi
  AC_MSG_RESULT([found in $GEARMAN_DIR])

  dnl libgearman 1.1 is the first with gearman_client_unique_status and
  dnl gearman_job_error, which the extension relies on.
  AC_MSG_CHECKING([for libgearman version >= 1.1.0])
  GEARMAN_VERSION_HEX=`$SED -n 's/^#define LIBGEARMAN_VERSION_HEX[ \t]*0x\([0-9a-fA-F]*\).*/\1/p' "$GEARMAN_DIR/include/libgearman-1.0/version.h"`
  if test -z "$GEARMAN_VERSION_HEX"; then
    AC_MSG_ERROR([cannot read LIBGEARMAN_VERSION_HEX from $GEARMAN_DIR/include/libgearman-1.0/version.h])
  fi
  if test "`printf '%d' 0x$GEARMAN_VERSION_HEX`" -lt "`printf '%d' 0x01001000`"; then
    AC_MSG_RESULT([no])
    AC_MSG_ERROR([libgearman in $GEARMAN_DIR is too old (0x$GEARMAN_VERSION_HEX): version 1.1.0 or newer is required (Debian/Ubuntu: libgearman-dev)])
  fi
  AC_MSG_RESULT([yes (0x$GEARMAN_VERSION_HEX)])

  PHP_CHECK_LIBRARY(gearman, gearman_client_unique_status,
  [
    PHP_ADD_INCLUDE($GEARMAN_DIR/include)
    PHP_ADD_LIBRARY_WITH_PATH(gearman, $GEARMAN_DIR/$PHP_LIBDIR, GEARMAN_SHARED_LIBADD)
    AC_DEFINE(HAVE_GEARMAN, 1, [Whether libgearman is available])
  ], [
    AC_MSG_ERROR([cannot link against libgearman in $GEARMAN_DIR/$PHP_LIBDIR (install libgearman-dev, or pass --with-gearman=PREFIX)])
  ], [
    -L$GEARMAN_DIR/$PHP_LIBDIR
  ])

  PHP_SUBST(GEARMAN_SHARED_LIBADD)
  PHP_NEW_EXTENSION(gearman, php_gearman.c php_gearman_client.c php_gearman_client_reset.c php_gearman_worker.c php_gearman_worker_reset.c php_gearman_job.c php_gearman_task.c php_gearman_admin.c php_gearman_resolve.c, $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1)
fi
