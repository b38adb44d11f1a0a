# Sourced by the benchmarks that take DB=postgres: makes the scratch database PG_DATABASE (default: the first
# argument), dropped and created afresh, on PG_HOST:PG_PORT (127.0.0.1:5432) as PG_USER (postgres), password in
# HUQUQ_DB_PASSWORD if the server asks for one; points the application at it (HUQUQ_DB_*, profile postgres in the
# array `profiles`) and adds its dropping to the array `cleanup`.
pg_database=${PG_DATABASE:-$1}
pg_host=${PG_HOST:-127.0.0.1}
pg_port=${PG_PORT:-5432}
pg_user=${PG_USER:-postgres}
pg_admin() { PGPASSWORD=${HUQUQ_DB_PASSWORD:-} psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -qc "$1"; }
pg_admin "drop database if exists $pg_database with (force)"
pg_admin "create database $pg_database"
cleanup+=("pg_admin 'drop database if exists $pg_database with (force)'")
export HUQUQ_DB_URL=jdbc:postgresql://$pg_host:$pg_port/$pg_database HUQUQ_DB_USER=$pg_user
export HUQUQ_DB_PASSWORD=${HUQUQ_DB_PASSWORD:-}
profiles=(-Dspring.profiles.active=postgres)
