#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into an empty database. docs/operations.md, "Backup and restore".
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ops/restore.sh [--force] BACKUP.dump

Restores BACKUP.dump (made by ops/backup.sh) into the database named by PGDATABASE, which must exist
(createdb -O <owner> <name>) and be empty. First checks the file against BACKUP.dump.sha256 and refuses a
file that does not match or has no checksum. Then runs pg_restore --exit-on-error --no-owner --no-privileges
--single-transaction: either everything is restored or nothing is. Objects are owned by the restoring user:
connect as the role the application will use.

Connection (libpq's own variables; a password may also come from ~/.pgpass):
  PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (required)

Options:
  --force      restore into a database that already has tables: the backup's objects are dropped and
               re-created (pg_restore --clean --if-exists); objects not in the backup stay
  -h, --help   this text

Exit codes: 0 restored; 2 bad options, PGDATABASE unset or no such file; 3 pg_restore, psql or sha256sum not
installed; 4 checksum missing or different, or not a pg_dump archive; 5 the database is not empty (no --force)
or cannot be reached; 6 pg_restore failed (the database is left as it was).
Needs pg_restore and psql of the server's major version or newer (Debian: apt-get install postgresql-client).
USAGE
}

fail() {
  local code=$1
  shift
  echo "restore.sh: $*" >&2
  exit "$code"
}

force=false
file=
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=true; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; fail 2 "unknown option: $1" ;;
    *) [ -z "$file" ] || fail 2 "one backup file at a time (got $file and $1)"; file=$1; shift ;;
  esac
done

[ -n "$file" ] || { usage >&2; fail 2 "name the backup file to restore"; }
[ -f "$file" ] || fail 2 "no such file: $file"
[ -n "${PGDATABASE:-}" ] || fail 2 "set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD as needed) to the empty database to restore into"
for tool in pg_restore psql sha256sum; do
  command -v "$tool" >/dev/null 2>&1 \
    || fail 3 "$tool not found: install the PostgreSQL client (Debian: apt-get install postgresql-client)"
done

# 1. The file is the one backup.sh wrote.
[ -f "$file.sha256" ] || fail 4 "no checksum file $file.sha256: refusing a backup that cannot be verified"
expected=$(cut -d ' ' -f 1 < "$file.sha256")
actual=$(sha256sum "$file" | cut -d ' ' -f 1)
[ "$expected" = "$actual" ] || fail 4 "checksum mismatch for $file: expected $expected, found $actual (damaged or altered)"
pg_restore --list "$file" >/dev/null 2>&1 || fail 4 "$file is not a pg_dump archive of the custom format"
echo "restore.sh: $file matches its checksum $actual" >&2

# 2. The target is empty (no table, view or sequence outside the system schemas).
objects=$(psql -X -A -t -v ON_ERROR_STOP=1 --no-password -c "select count(*) from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'") \
  || fail 5 "cannot query database $PGDATABASE on ${PGHOST:-the local socket}:${PGPORT:-5432}"
clean=()
if [ "$objects" != "0" ]; then
  if [ "$force" != true ]; then
    fail 5 "database $PGDATABASE is not empty ($objects tables, views or sequences): restore into a new database (createdb), or give --force to replace the backup's objects"
  fi
  echo "restore.sh: --force: replacing the backup's objects in $PGDATABASE ($objects found)" >&2
  clean=(--clean --if-exists)
fi

# 3. Restore, all or nothing.
echo "restore.sh: restoring into database $PGDATABASE on ${PGHOST:-the local socket}:${PGPORT:-5432}" >&2
if ! pg_restore --exit-on-error --no-owner --no-privileges --single-transaction --no-password \
    ${clean[@]+"${clean[@]}"} --dbname="$PGDATABASE" "$file"; then
  fail 6 "pg_restore failed; the transaction was rolled back, $PGDATABASE is as it was"
fi
echo "restore.sh: restored $file into $PGDATABASE" >&2
