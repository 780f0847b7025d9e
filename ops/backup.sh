#!/usr/bin/env bash
# Backs up the whole SCR Workflow database: the engine's tables (runtime, history, identity), Flyway's
# history and the application's scr_* tables, the document store (scr_document) included. docs/operations.md,
# "Backup and restore".
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ops/backup.sh [--dir DIR] [--name NAME]

Dumps the database named by PGDATABASE with pg_dump --format=custom into DIR/NAME-<UTC time>.dump and writes
its SHA-256 beside it (NAME-<UTC time>.dump.sha256, in sha256sum's format). The application may keep running:
pg_dump reads one consistent snapshot. The path of the backup is the last line printed.

Connection (libpq's own variables; a password may also come from ~/.pgpass):
  PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (required)

Options:
  -d, --dir DIR     directory for the backup, created if missing (default: the current directory)
  -n, --name NAME   file name prefix (default: the database name)
  -h, --help        this text

Exit codes: 0 backup written; 2 bad options or PGDATABASE unset; 3 pg_dump or sha256sum not installed;
4 pg_dump failed (nothing is left behind).
Needs pg_dump of the server's major version or newer (Debian: apt-get install postgresql-client).
USAGE
}

fail() {
  local code=$1
  shift
  echo "backup.sh: $*" >&2
  exit "$code"
}

dir=.
name=
while [ $# -gt 0 ]; do
  case "$1" in
    -d|--dir) [ $# -ge 2 ] || fail 2 "$1 needs a directory"; dir=$2; shift 2 ;;
    -n|--name) [ $# -ge 2 ] || fail 2 "$1 needs a name"; name=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; fail 2 "unknown option: $1" ;;
  esac
done

[ -n "${PGDATABASE:-}" ] || fail 2 "set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD as needed) to the database to back up"
command -v pg_dump >/dev/null 2>&1 || fail 3 "pg_dump not found: install the PostgreSQL client (Debian: apt-get install postgresql-client)"
command -v sha256sum >/dev/null 2>&1 || fail 3 "sha256sum not found (GNU coreutils)"
name=${name:-$PGDATABASE}
case "$name" in
  */*|'') fail 2 "the name may not contain a slash: $name" ;;
esac

mkdir -p "$dir" || fail 2 "cannot create the directory $dir"
file="$dir/$name-$(date -u +%Y%m%dT%H%M%SZ).dump"
[ ! -e "$file" ] || fail 2 "$file exists already; not overwritten"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

echo "backup.sh: dumping database $PGDATABASE on ${PGHOST:-the local socket}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}" >&2
# --no-password: never wait for a password on a terminal; a missing one fails at once.
if ! pg_dump --format=custom --no-password --file="$partial"; then
  fail 4 "pg_dump failed; no backup written (a 'server version mismatch' needs a pg_dump of the server's major version or newer)"
fi
mv "$partial" "$file"
trap - EXIT
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
echo "backup.sh: wrote $file ($(stat -c %s "$file") bytes) and $(basename "$file").sha256" >&2
echo "$file"
