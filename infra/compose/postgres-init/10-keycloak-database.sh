#!/bin/bash
# Run once by the postgres image when the data volume is new: Keycloak's own role and database
# beside the application's (created from POSTGRES_DB / POSTGRES_USER).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
