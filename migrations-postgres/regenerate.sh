#!/usr/bin/env bash
# Rewrites the PostgreSQL schema history as ONE migration made from the current model (ADR-002). Run it after the
# SQLite migrations changed (another branch merged, a table added): it deletes migrations-postgres/Migrations and
# generates "Initial" again. Adding a migration never connects to a server, so none needs to run.
# Needs dotnet-ef 10.0.15: dotnet tool install --global dotnet-ef --version 10.0.15
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"

# Delete first, then build: a build that still holds the old "Initial" makes dotnet-ef refuse the name.
rm -rf migrations-postgres/Migrations migrations-postgres/PortfolioEval
dotnet build src/PortfolioEval.Web -c Release
# The web host reads these like any other setting, so the model is built by the PostgreSQL provider.
dotnet ef migrations add Initial --project migrations-postgres --startup-project src/PortfolioEval.Web \
  --configuration Release --no-build --output-dir Migrations --namespace PortfolioEval.Migrations.Postgres \
  -- --Database:Provider=Postgres "--ConnectionStrings:Portfolio=Host=127.0.0.1;Database=design-time"
# With no snapshot to follow, dotnet-ef files the new one under a folder named after its namespace; keep it beside
# the migration.
find migrations-postgres -name PortfolioDbContextModelSnapshot.cs -not -path 'migrations-postgres/Migrations/*' \
  -exec mv {} migrations-postgres/Migrations/ \;
rm -rf migrations-postgres/PortfolioEval
# The project must be rebuilt with its new migration before anything runs it.
dotnet build migrations-postgres -c Release
