#!/usr/bin/env bash
# Regenerates the sample client books in this folder: the generator writes every .xlsx and .csv (same seed, same
# bytes), then LibreOffice converts cartera-es.xlsx to the old .xls format when soffice is installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"

dotnet run --project "$repo/tools/PortfolioEval.SampleBooks" -c Release -- --out "$here" "$@"

if command -v soffice >/dev/null 2>&1; then
  # A private profile, because soffice will not start beside a running instance that uses the default one; and a
  # scratch output folder, so a failed conversion never leaves the old .xls looking fresh.
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  soffice -env:UserInstallation="file://$scratch/profile" --headless --convert-to xls --outdir "$scratch/out" \
    "$here/cartera-es.xlsx" >/dev/null 2>"$scratch/soffice.log" || true
  if [ ! -s "$scratch/out/cartera-es.xls" ]; then
    cat "$scratch/soffice.log" >&2
    echo "LibreOffice did not convert cartera-es.xlsx." >&2
    exit 1
  fi
  mv "$scratch/out/cartera-es.xls" "$here/cartera-es.xls"
  echo "Converted cartera-es.xlsx to cartera-es.xls with LibreOffice."
else
  echo "soffice not found: cartera-es.xls was left as it is (install LibreOffice to regenerate it)." >&2
fi
