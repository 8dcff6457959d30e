# Private gearmand servers for tests and demos. Source it, then:
#   gearmand_start [extra gearmand args...]  # sets GEARMAN_TEST_HOST/PORT, GEARMAND_PID
#   trap gearmand_stop EXIT
# Call gearmand_start directly, never inside $(...): the pid must be
# recorded in the calling shell for gearmand_stop to find it.
# Each server listens on a free port of 127.0.0.1, so nothing clashes with a
# system gearmand on 4730 or with another run; it runs as a background job
# (no -d) so that we own its pid.

GEARMAND_PIDS=${GEARMAND_PIDS:-}
[ -v GEARMAND_DIRS ] || GEARMAND_DIRS=()

_gearmand_free_port() {
  php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0", $no, $err) or exit(1);
             echo parse_url("tcp://" . stream_socket_get_name($s, false), PHP_URL_PORT), "\n";'
}

# True once process $1 itself listens on port $2. Merely connecting is not
# proof: if someone else grabbed the port first, gearmand keeps retrying
# bind() and a connect would reach the other listener.
_gearmand_owns_port() {
  local inodes fd
  inodes=$(awk -v p="$(printf ':%04X' "$2")" \
             '$4 == "0A" && substr($2, length($2) - 4) == p { print "socket:[" $10 "]" }' /proc/net/tcp)
  [ -n "$inodes" ] || return 1
  for fd in "/proc/$1/fd/"*; do
    if grep -qxF "$(readlink "$fd")" <<<"$inodes"; then
      (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null
      return
    fi
  done
  return 1
}

# kill -0 would also succeed on an exited child not yet reaped.
_gearmand_alive() {
  local state
  read -r _ _ state _ 2>/dev/null <"/proc/$1/stat" && [ "$state" != Z ]
}

_gearmand_kill() {
  local i
  kill -TERM "$1" 2>/dev/null || true
  for i in $(seq 50); do
    _gearmand_alive "$1" || break
    sleep 0.1
  done
  # gearmand ignores TERM while it is still retrying bind().
  _gearmand_alive "$1" && kill -KILL "$1" 2>/dev/null
  wait "$1" 2>/dev/null || true
}

gearmand_start() {
  local top dir port pid i alive
  top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  mkdir -p "$top/.tmp"
  dir=$(mktemp -d "$top/.tmp/gearmand.XXXXXX")
  GEARMAND_DIRS+=("$dir")
  # The port is free when chosen but could be taken before gearmand binds
  # it, hence a few attempts.
  for _ in 1 2 3; do
    port=$(_gearmand_free_port) || { echo "gearmand_start: cannot find a free port" >&2; return 1; }
    gearmand --listen=127.0.0.1 --port="$port" --log-file="$dir/gearmand.log" \
      --pid-file="$dir/gearmand.pid" --verbose=WARNING "$@" </dev/null >"$dir/gearmand.out" 2>&1 &
    pid=$!
    GEARMAND_PIDS="$GEARMAND_PIDS $pid"
    for i in $(seq 100); do
      if _gearmand_owns_port "$pid" "$port"; then
        export GEARMAN_TEST_HOST=127.0.0.1 GEARMAN_TEST_PORT=$port GEARMAND_PID=$pid
        return 0
      fi
      _gearmand_alive "$pid" || break
      sleep 0.1
    done
    alive=
    _gearmand_alive "$pid" && alive=1
    _gearmand_kill "$pid"
    GEARMAND_PIDS=${GEARMAND_PIDS% "$pid"}
    # Dead at once means bad arguments or install: no point retrying.
    [ -n "$alive" ] || break
  done
  echo "gearmand_start: gearmand did not come up on 127.0.0.1:$port" >&2
  for i in "$dir/gearmand.out" "$dir/gearmand.log"; do
    [ -s "$i" ] && tail -n 20 "$i" | sed "s|^|  ${i##*/}: |" >&2
  done
  return 1
}

# Stops every gearmand this shell started; safe to call again.
gearmand_stop() {
  local pid
  for pid in $GEARMAND_PIDS; do
    _gearmand_kill "$pid"
  done
  # Logs are shown when a start fails; after a clean stop they are noise.
  rm -rf "${GEARMAND_DIRS[@]}"
  GEARMAND_PIDS='' GEARMAND_DIRS=()
}
