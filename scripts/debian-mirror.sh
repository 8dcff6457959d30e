# shellcheck shell=bash
# The Debian mirror this machine's apt already uses, for the scripts that
# fetch from Debian themselves (debootstrap in scripts/test-root, sid's
# gearmand source in scripts/build-libgearman-tls): no mirror's name is
# written into the project. Source it, then: mirror=$(find_mirror)

# The first Debian archive among apt's sources: deb822 .sources files
# ("URIs:" and "Suites:" fields) and one-line .list files. Security,
# updates and backports suites are not the main archive.
find_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list; do
    [ -f "$f" ] || continue
    case $f in
      *.sources)
        awk 'BEGIN { RS = ""; FS = "\n" }
             {
               uris = ""; suites = ""; types = ""; enabled = "yes"
               for (i = 1; i <= NF; i++) {
                 if ($i ~ /^#/) continue
                 split($i, kv, ":[ \t]*")
                 key = tolower(kv[1]); value = substr($i, length(kv[1]) + 2)
                 sub(/^[ \t]+/, "", value)
                 if (key == "uris") uris = value
                 else if (key == "suites") suites = value
                 else if (key == "types") types = value
                 else if (key == "enabled") enabled = tolower(value)
               }
               if (enabled == "no" || types !~ /(^|[ \t])deb([ \t]|$)/) next
               n = split(suites, s, /[ \t]+/)
               for (j = 1; j <= n; j++)
                 if (s[j] ~ /^(buster|bullseye|bookworm|trixie|forky|sid|oldstable|stable|testing|unstable)$/) {
                   split(uris, u, /[ \t]+/); print u[1]; exit
                 }
             }' "$f" ;;
      *)
        awk '$1 == "deb" {
               i = 2
               if ($i ~ /^\[/) while ($i !~ /\]$/) i++
               if ($i ~ /^\[/ || $i ~ /\]$/) i++
               if ($(i + 1) ~ /^(buster|bullseye|bookworm|trixie|forky|sid|oldstable|stable|testing|unstable)$/) { print $i; exit }
             }' "$f" ;;
    esac
  done | head -n 1
}
