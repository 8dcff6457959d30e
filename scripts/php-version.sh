# Sourced by scripts/build, scripts/test and scripts/test-release: which PHP
# they build and test with.
#   GEARMAN_PHP=8.5   use Debian's versioned commands php8.5, phpize8.5 and
#                     php-config8.5 (as php8.5-cli and php8.5-dev install
#                     them), through links named php, phpize and php-config
#                     in .tmp/php8.5/ put first in PATH, so that everything
#                     run from here (make test, pecl's build, the workers
#                     tests start) uses the same PHP
# Unset, the php, phpize and php-config first in PATH are used: a PATH that
# puts such links first chooses a PHP just as well.
# The caller has set -e and is in the repo root.
if [ -n "${GEARMAN_PHP:-}" ]; then
  case $GEARMAN_PHP in
    *[!0-9.]* | .* | *.) echo "GEARMAN_PHP=$GEARMAN_PHP: not a PHP version such as 8.5" >&2; exit 2 ;;
  esac
  php_links=$PWD/.tmp/php$GEARMAN_PHP
  case ":$PATH:" in
    *":$php_links:"*) ;;
    *)
      mkdir -p "$php_links"
      for php_cmd in php phpize php-config; do
        php_target=$(command -v "$php_cmd$GEARMAN_PHP") || {
          echo "GEARMAN_PHP=$GEARMAN_PHP: no $php_cmd$GEARMAN_PHP in PATH (install php$GEARMAN_PHP-cli and php$GEARMAN_PHP-dev)" >&2
          exit 2
        }
        ln -sfn "$php_target" "$php_links/$php_cmd"
      done
      export PATH=$php_links:$PATH
      # pecl runs /usr/bin/php unless told otherwise.
      export PHP_PEAR_PHP_BIN=$php_links/php
      unset php_cmd php_target
      ;;
  esac
  unset php_links
fi
