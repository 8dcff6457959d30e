dnl config.m4 for the gearman extension

PHP_ARG_WITH([gearman],
  [for gearman support],
  [AS_HELP_STRING([[--with-gearman[=DIR]]],
    [Include gearman support. DIR is the libgearman install prefix])])

if test "$PHP_GEARMAN" != "no"; then
  dnl Without a DIR (pecl answers "autodetect"), pkg-config's gearmand.pc
  dnl says where libgearman is (libgearman-dev installs it on Debian and
  dnl Ubuntu, Homebrew and most source installs too); without one, the
  dnl usual prefixes are searched. A DIR is used as given, or not at all.
  GEARMAN_DIR=""
  if test "$PHP_GEARMAN" = "yes" || test "$PHP_GEARMAN" = "autodetect"; then
    PKG_CHECK_MODULES([GEARMAN], [gearmand >= 1.1.0], [found_gearman=pkg-config], [found_gearman=no])
    if test "$found_gearman" = "no"; then
      AC_MSG_CHECKING([for libgearman headers in the usual prefixes])
      for i in /usr/local /usr /opt/local /opt/homebrew; do
        if test -r "$i/include/libgearman-1.0/gearman.h"; then
          GEARMAN_DIR=$i
          break
        fi
      done
      if test -z "$GEARMAN_DIR"; then
        AC_MSG_RESULT([not found])
        AC_MSG_ERROR([libgearman not found: no gearmand.pc for pkg-config and no libgearman-1.0/gearman.h in /usr/local, /usr, /opt/local or /opt/homebrew. Install libgearman 1.1 or newer (Debian/Ubuntu: apt-get install libgearman-dev; Fedora: dnf install libgearman-devel; macOS: brew install gearman), set PKG_CONFIG_PATH to the directory holding gearmand.pc, or pass --with-gearman=PREFIX])
      fi
      AC_MSG_RESULT([$GEARMAN_DIR])
    fi
  else
    AC_MSG_CHECKING([for libgearman headers in $PHP_GEARMAN])
    if test ! -r "$PHP_GEARMAN/include/libgearman-1.0/gearman.h"; then
      AC_MSG_RESULT([not found])
      AC_MSG_ERROR([--with-gearman=$PHP_GEARMAN: $PHP_GEARMAN/include/libgearman-1.0/gearman.h not found. DIR is the prefix libgearman was installed into (the directory that holds include/libgearman-1.0); omit it to use pkg-config's gearmand.pc])
    fi
    AC_MSG_RESULT([found])
    GEARMAN_DIR=$PHP_GEARMAN
  fi
  if test -n "$GEARMAN_DIR"; then
    GEARMAN_CFLAGS="-I$GEARMAN_DIR/include"
    GEARMAN_LIBS="-L$GEARMAN_DIR/$PHP_LIBDIR -lgearman"
    GEARMAN_FROM=$GEARMAN_DIR
  else
    GEARMAN_FROM="pkg-config's gearmand.pc"
  fi

  dnl libgearman 1.1 is the first with gearman_client_unique_status and
  dnl gearman_job_error, which the extension relies on. The version is the
  dnl one the compiler sees (LIBGEARMAN_VERSION_HEX in version.h, which
  dnl gearman.h includes), whatever the .pc file says.
  old_CPPFLAGS=$CPPFLAGS
  CPPFLAGS="$CPPFLAGS $GEARMAN_CFLAGS"
  AC_MSG_CHECKING([for libgearman version >= 1.1.0])
  AC_COMPUTE_INT([GEARMAN_VERSION_HEX], [LIBGEARMAN_VERSION_HEX], [#include <libgearman-1.0/version.h>],
    [GEARMAN_VERSION_HEX=""])
  dnl Option bits of libgearman 2.x (gearmand master), which PECL 2.2
  dnl exports where they exist; enum members, so only a compile tells.
  AC_MSG_CHECKING([whether libgearman defines GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL])
  AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#include <libgearman-1.0/gearman.h>]],
      [[return (int)GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL;]])],
    [AC_MSG_RESULT([yes])
     AC_DEFINE([HAVE_GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL], 1, [Whether libgearman defines GEARMAN_CLIENT_STOP_WAIT_ON_SIGNAL])],
    [AC_MSG_RESULT([no])])
  AC_MSG_CHECKING([whether libgearman defines GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL])
  AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#include <libgearman-1.0/gearman.h>]],
      [[return (int)GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL;]])],
    [AC_MSG_RESULT([yes])
     AC_DEFINE([HAVE_GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL], 1, [Whether libgearman defines GEARMAN_WORKER_STOP_WAIT_ON_SIGNAL])],
    [AC_MSG_RESULT([no])])
  CPPFLAGS=$old_CPPFLAGS
  if test -z "$GEARMAN_VERSION_HEX"; then
    AC_MSG_RESULT([unknown])
    AC_MSG_ERROR([cannot read LIBGEARMAN_VERSION_HEX from libgearman-1.0/version.h (libgearman from $GEARMAN_FROM, compiler flags: $GEARMAN_CFLAGS)])
  fi
  GEARMAN_VERSION_HEX=`printf '0x%08x' "$GEARMAN_VERSION_HEX"`
  if test "`printf '%d' $GEARMAN_VERSION_HEX`" -lt "`printf '%d' 0x01001000`"; then
    AC_MSG_RESULT([no ($GEARMAN_VERSION_HEX)])
    AC_MSG_ERROR([libgearman from $GEARMAN_FROM is too old ($GEARMAN_VERSION_HEX): version 1.1.0 or newer is required (Debian/Ubuntu: libgearman-dev)])
  fi
  AC_MSG_RESULT([yes ($GEARMAN_VERSION_HEX)])

  PHP_CHECK_LIBRARY(gearman, gearman_client_unique_status,
  [
    PHP_EVAL_INCLINE($GEARMAN_CFLAGS)
    PHP_EVAL_LIBLINE($GEARMAN_LIBS, GEARMAN_SHARED_LIBADD)
    AC_DEFINE(HAVE_GEARMAN, 1, [Whether libgearman is available])
  ], [
    AC_MSG_ERROR([cannot link against libgearman from $GEARMAN_FROM (linker flags: $GEARMAN_LIBS); install libgearman-dev, or pass --with-gearman=PREFIX])
  ], [
    $GEARMAN_LIBS
  ])

  dnl Whether libgearman was built with TLS: its API is the same either way
  dnl (without TLS, gearman_client_set_ssl() sets a flag that nothing reads),
  dnl so the library's own dependencies tell: libssl or libwolfssl.
  AC_MSG_CHECKING([whether libgearman was built with TLS])
  gearman_tls=no
  for gearman_dir in `echo "$GEARMAN_LIBS" | sed -n 's/-L\([[^ ]]*\)/\1/gp'` `$PKG_CONFIG --variable=libdir gearmand 2>/dev/null`; do
    for gearman_lib in "$gearman_dir"/libgearman.so "$gearman_dir"/libgearman.so.*; do
      if test -f "$gearman_lib" && objdump -p "$gearman_lib" 2>/dev/null | grep -E 'NEEDED +lib(ssl|wolfssl)' >/dev/null; then
        gearman_tls=yes
        gearman_tls_lib=$gearman_lib
      fi
    done
  done
  AC_MSG_RESULT([$gearman_tls])
  if test "$gearman_tls" = yes; then
    dnl setSSL() loads the files with OpenSSL before libgearman does, as
    dnl libgearman calls abort() on one it cannot load.
    AC_MSG_CHECKING([for OpenSSL (setSSL() checks the files with it)])
    if test -n "$PKG_CONFIG" && $PKG_CONFIG --exists openssl; then
      AC_MSG_RESULT([yes])
      PHP_EVAL_INCLINE(`$PKG_CONFIG --cflags openssl`)
      PHP_EVAL_LIBLINE(`$PKG_CONFIG --libs openssl`, GEARMAN_SHARED_LIBADD)
    else
      AC_MSG_RESULT([no])
      AC_MSG_ERROR([libgearman was built with TLS, and setSSL() needs OpenSSL's headers and openssl.pc to check certificates before libgearman loads them (Debian/Ubuntu: apt-get install libssl-dev pkg-config)])
    fi
    AC_DEFINE(HAVE_GEARMAN_TLS, 1, [Whether libgearman was built with TLS])
    dnl The files libgearman falls back to when given none: compiled into
    dnl the library ($sysconfdir/ssl/certs/...), not in its API, so read
    dnl from it, for setSSL() to check them too.
    AC_MSG_CHECKING([for libgearman's default TLS files])
    gearman_tls_ca=`LC_ALL=C grep -aoE '/[[^[:cntrl:]]]*/gearmand-ca\.pem' "$gearman_tls_lib" | head -n 1`
    gearman_tls_cert=`LC_ALL=C grep -aoE '/[[^[:cntrl:]]]*/gearman\.pem' "$gearman_tls_lib" | head -n 1`
    gearman_tls_key=`LC_ALL=C grep -aoE '/[[^[:cntrl:]]]*/gearman\.key' "$gearman_tls_lib" | head -n 1`
    if test -n "$gearman_tls_ca" && test -n "$gearman_tls_cert" && test -n "$gearman_tls_key"; then
      AC_MSG_RESULT([$gearman_tls_ca, $gearman_tls_cert, $gearman_tls_key])
      AC_DEFINE_UNQUOTED(PHP_GEARMAN_TLS_DEFAULT_CA, ["$gearman_tls_ca"], [libgearman's default CA file])
      AC_DEFINE_UNQUOTED(PHP_GEARMAN_TLS_DEFAULT_CERTIFICATE, ["$gearman_tls_cert"], [libgearman's default certificate])
      AC_DEFINE_UNQUOTED(PHP_GEARMAN_TLS_DEFAULT_KEY, ["$gearman_tls_key"], [libgearman's default key file])
    else
      AC_MSG_RESULT([not found: setSSL() will need the files or their variables])
    fi
    dnl libgearman 1.1.x declares gearman_worker_set_ssl() and never
    dnl defines it: only a link tells.
    PHP_CHECK_LIBRARY(gearman, gearman_worker_set_ssl,
      [AC_DEFINE(HAVE_GEARMAN_WORKER_SET_SSL, 1, [Whether libgearman defines gearman_worker_set_ssl()])],
      [], [$GEARMAN_LIBS])
  fi

  dnl glibc keeps the heap that a big batch of libgearman tasks grew
  dnl (php_gearman_trim_heap()).
  AC_CHECK_FUNCS([malloc_trim])

  PHP_SUBST(GEARMAN_SHARED_LIBADD)
  PHP_NEW_EXTENSION(gearman, php_gearman.c php_gearman_client.c php_gearman_client_workarounds.c php_gearman_worker.c php_gearman_worker_workarounds.c php_gearman_job.c php_gearman_task.c php_gearman_admin.c php_gearman_resolve.c php_gearman_signal.c php_gearman_tls.c, $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1)
fi
