#!/usr/bin/env bash
# Web load benchmark (issue 8): the portal on 127.0.0.1 with its demo data, wrk against the candidate's report page,
# the recruiter's comparison of the six demo candidates and /health, then /health again while a large book is
# imported in the background. Bounded in time: each wrk run
# lasts --duration seconds, the import is waited for at most --import-timeout seconds. See bench/README.md.
#
#   bench/web.sh [--duration 20] [--connections 32] [--threads 2] [--rows 1000000] [--format xlsx]
#                [--import-timeout 900] [--page PATH] [--port 5097] [--no-import] [--profile FILE] [--diagnose FILE]
#
# --page adds one more page to load as the demo recruiter; --no-import stops after the pages and idle /health;
# --profile records the portal with perf (the runtime's perf map on) during one more one-connection run of the
# comparison page and writes the frames that take most of its CPU, inclusive and exclusive, to FILE.
# --diagnose watches the portal during one more run of the comparison page at --connections (where its tail is): the
# runtime's counters (collections, GC pauses, thread pool work items, lock contention) and where its threads wait
# (three stack samples: how many threads, and what they wait on), written to FILE; the samples stop the runtime for a
# moment, so that run is not a figure.
set -euo pipefail

duration=20 connections=32 threads=2 rows=1000000 format=xlsx import_timeout=900 page="" port=5097 import=yes profile="" diagnose=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration) duration="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --rows) rows="$2"; shift 2 ;;
        --format) format="$2"; shift 2 ;;
        --import-timeout) import_timeout="$2"; shift 2 ;;
        --page) page="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --no-import) import=no; shift ;;
        --profile) profile="$(realpath -m "$2")"; shift 2 ;;
        --diagnose) diagnose="$(realpath -m "$2")"; shift 2 ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="http://127.0.0.1:${port}"
work="$(mktemp -d -t portfolioeval-web-XXXXXX)"
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    [[ -n "$app_pid" && -n "$profile" ]] && rm -f "/tmp/perf-$app_pid.map" "/tmp/perfinfo-$app_pid.map"
    rm -rf "$work"
}
trap cleanup EXIT

# wrk is a Debian package; install it the way test.sh installs chromium.
if ! command -v wrk >/dev/null; then
    echo "Installing wrk..."
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

echo "PortfolioEval web benchmark · $(nproc) cores · $(date -u +%Y-%m-%dT%H:%MZ) · load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Building (Release)..."
dotnet build "$root/src/PortfolioEval.Web" -c Release -v q -nologo >/dev/null
if [[ "$import" == yes ]]; then
    dotnet build "$root/tools/PortfolioEval.SampleBooks" -c Release -v q -nologo >/dev/null
    echo "Writing a ${rows}-row ${format} book..."
    dotnet "$root/tools/PortfolioEval.SampleBooks/bin/Release/net10.0/PortfolioEval.SampleBooks.dll" --rows "$rows" --format "$format" --out "$work/book" >/dev/null
    book="$(find "$work/book" -type f | head -n 1)"
    echo "  $(basename "$book"), $(du -h "$book" | cut -f1)"
fi

# The portal as a person runs it (Production), on loopback only, with limits raised for the large book.
echo "Starting the portal on $base with --demo (DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x2000000})..."
(
    cd "$root/src/PortfolioEval.Web" # its appsettings.json; the static files are found at the repository root
    export ASPNETCORE_ENVIRONMENT=Production Portfolio__DataDirectory="$work/data" Portal__PublicBaseUrl="$base" \
        Import__MaxUploadMegabytes=400 Import__MaxUncompressedMegabytes=2048 Logging__LogLevel__Default=Warning
    # The young generation at 32 MB, as README's production notes advise (DOTNET_GCgen0size=0 for the runtime's own
    # choice, sized from the processor's cache: about 80 MB here, whose collections pause every request for longer).
    export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
    # The JIT's symbols in /tmp/perf-PID.map, and its code in plain (not double-mapped) memory, so the managed frames
    # can be named (only when profiling).
    [[ -n "$profile" ]] && export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
    exec dotnet "$root/src/PortfolioEval.Web/bin/Release/net10.0/PortfolioEval.Web.dll" --demo --urls "$base"
) >"$work/portal.log" 2>&1 &
app_pid=$!
# Up to five minutes: the demo data is scored at start-up, slow on a busy machine.
for _ in $(seq 1 300); do
    curl -fsS "$base/health" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/portal.log"; exit 1; }
    sleep 1
done
curl -fsS "$base/health" >/dev/null

password_of() { awk -v who="$1" '$2 == who { print $3 }' "$work/portal.log" | head -n 1; }
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//; s/"$//'; }
cookies_of() { awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$1"; }

# login EMAIL PASSWORD JAR
login() {
    curl -fsS -c "$3" -b "$3" "$base/Account/Login" -o "$work/login.html"
    curl -fsS -c "$3" -b "$3" -o /dev/null -w '%{http_code}' "$base/Account/Login" \
        --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$2" \
        --data-urlencode "__RequestVerificationToken=$(token_of "$work/login.html")" | grep -q 302
}

# load NAME URL [JAR]: wrk for the set duration, printing requests/s and the latency percentiles.
load() {
    local header=()
    [[ -n "${3:-}" ]] && header=(-H "Cookie: $(cookies_of "$3")")
    curl -fsS -o /dev/null "${header[@]}" "$2" # the page answers 200 before it is loaded
    # A short unmeasured run first, so the JIT's second tier and the first queries' compilation are not counted.
    wrk -t"$threads" -c"$connections" -d3s "${header[@]}" "$2" >/dev/null
    echo
    echo "== $1: ${2#"$base"} · ${connections} connections, ${threads} threads, ${duration} s"
    local cpu_before wrk_before out requests shell="$BASHPID"
    cpu_before="$(cpu_ticks)" wrk_before="$(children_ticks "$shell")"
    out="$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "${header[@]}" "$2")"
    grep -E 'Requests/sec|Latency +[0-9]|^ +(50|75|90|99)%|Non-2xx|Socket errors' <<<"$out"
    # The portal's own CPU (user + system, every thread) over the run, a request: what the page costs, whatever
    # wrk and the rest of the machine take. During the import it includes the import's CPU.
    requests="$(awk '/requests in/ { print $1; exit }' <<<"$out")"
    awk -v ticks="$(( $(cpu_ticks) - cpu_before ))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
        'BEGIN { if (n > 0) printf "  portal CPU %.2f s for %d requests: %.2f ms a request\n", ticks / hz, n, 1000 * ticks / hz / n }'
    # wrk's own CPU on the same cores (what the portal cannot have of them).
    awk -v ticks="$(( $(children_ticks "$shell") - wrk_before ))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
        'BEGIN { if (n > 0) printf "  wrk CPU %.2f s: %.2f ms a request\n", ticks / hz, 1000 * ticks / hz / n }'
}

# The portal's CPU time so far in clock ticks (utime + stime of /proc/PID/stat, after the command's parentheses).
cpu_ticks() { sed 's/.*) //' "/proc/$app_pid/stat" | awk '{ print $12 + $13 }'; }
# The CPU of a shell's finished children (cutime + cstime): wrk's, read around its run.
children_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $14 + $15 }'; }

seconds_since() { awk -v start="$1" -v end="$(date +%s.%N)" 'BEGIN { printf "%.1f", end - start }'; }

candidate="ana@demo.portfolioeval.test"
login "$candidate" "$(password_of "$candidate")" "$work/ana.jar"
curl -fsS -b "$work/ana.jar" "$base/Candidate" -o "$work/candidate.html"
report="$(grep -o 'href="/Candidate/Books/Report/[0-9a-f-]*"' "$work/candidate.html" | head -n 1 | sed 's/href="//; s/"$//')"

load "Report page (demo candidate)" "$base$report" "$work/ana.jar"
load "Health, idle" "$base/health"
connections=1 threads=1 load "Health, idle, one connection" "$base/health"
# The comparison page as the demo recruiter: the six demo candidates who applied to the demo opening, side by side.
recruiter="reclutador@demo.portfolioeval.test"
login "$recruiter" "$(password_of "$recruiter")" "$work/recruiter.jar"
curl -fsS -b "$work/recruiter.jar" "$base/Recruiter/Candidates" -o "$work/candidates.html"
compare="/Recruiter/Compare?$(grep -o 'name="books" value="[0-9a-f-]*"' "$work/candidates.html" | head -n 6 \
    | sed 's/.*value="//; s/"$//; s/^/books=/' | paste -sd'&')"
[[ "$(grep -o 'books=' <<<"$compare" | wc -l)" -eq 6 ]] || { echo "The demo recruiter does not see six candidates to compare."; exit 1; }
load "Comparison page, six candidates (demo recruiter)" "$base$compare" "$work/recruiter.jar"
connections=1 threads=1 load "Comparison page, six candidates, one connection" "$base$compare" "$work/recruiter.jar"
if [[ -n "$profile" ]]; then
    # Sampled at 999 Hz with call stacks for the run's duration, one connection (the page's own work, in order).
    wrk -t1 -c1 -d"$((duration + 2))s" -H "Cookie: $(cookies_of "$work/recruiter.jar")" "$base$compare" >/dev/null &
    profile_wrk=$!
    sleep 1
    perf record -q -F 999 -g -p "$app_pid" -o "$work/perf.data" -- sleep "$duration" 2>/dev/null
    wait "$profile_wrk"
    {
        echo "# perf, comparison page of six, one connection, ${duration} s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
        # perf-frames.py names the JIT's frames from the runtime's map.
        perf script -i "$work/perf.data" -F ip,sym,dso 2>/dev/null | python3 "$root/bench/perf-frames.py" "/tmp/perf-$app_pid.map" 250 || true
    } >"$profile"
    echo
    echo "== Profile of the comparison page written to $profile"
fi
if [[ -n "$diagnose" ]]; then
    export PATH="$PATH:$HOME/.dotnet/tools"
    command -v dotnet-counters >/dev/null && command -v dotnet-stack >/dev/null \
        || { echo "--diagnose needs dotnet-counters and dotnet-stack (dotnet tool install -g ...)." >&2; exit 2; }
    wrk -t"$threads" -c"$connections" -d"$((duration + 4))s" --latency -H "Cookie: $(cookies_of "$work/recruiter.jar")" "$base$compare" >"$work/diagnose-wrk.txt" &
    diagnose_wrk=$!
    sleep 1
    dotnet-counters collect -p "$app_pid" --format csv -o "$work/counters.csv" --duration "00:00:00:$(printf '%02d' "$duration")" \
        --counters 'System.Runtime[dotnet.gc.collections,dotnet.gc.pause.time,dotnet.gc.heap.total_allocated,dotnet.thread_pool.work_item.count,dotnet.monitor.lock_contentions,dotnet.process.cpu.time]' >/dev/null 2>&1 &
    diagnose_counters=$!
    for sample in 1 2 3; do
        sleep 1
        dotnet-stack report -p "$app_pid" >"$work/stacks-$sample.txt" 2>&1 || true
    done
    wait "$diagnose_counters" || true
    wait "$diagnose_wrk"
    {
        echo "# the comparison page at ${connections} connections, ${duration} s, watched; load average $(cut -d' ' -f1-3 /proc/loadavg)"
        grep -E 'Requests/sec|Latency +[0-9]|^ +(50|99)%' "$work/diagnose-wrk.txt"
        echo "# the runtime's counters, each summed over the run"
        awk -F, 'NR > 1 { key = $3; if ($4 ~ /Rate/) sum[key] += $NF; else if (!(key in max) || $NF + 0 > max[key]) max[key] = $NF + 0 }
             END { for (k in sum) printf "  %s: %s in all\n", k, sum[k]; for (k in max) printf "  %s: at most %s\n", k, max[k] }' \
            "$work/counters.csv" | sort
        echo "# where the threads were, in three samples: threads, those sleeping in SQLite's retry of a locked database, those in other waits"
        for sample in 1 2 3; do
            awk '/^ *Thread \(/ { if (n++) tally(); sqlite = sleep = wait = 0; next }
                 /Microsoft.Data.Sqlite/ { sqlite = 1 } /Thread\.Sleep/ { sleep = 1 } /Monitor|WaitHandle|WaitOne|LowLevelLifoSemaphore|SpinWait/ { wait = 1 }
                 function tally() { if (sleep && sqlite) s++; else if (wait) w++ }
                 END { if (n) tally(); printf "  sample %d: %d threads, %d sleeping in SQLite'"'"'s busy retry, %d in other waits\n", '"$sample"', n, s, w }' "$work/stacks-$sample.txt"
        done
        echo "# the SQLite frames seen on threads that sleep"
        cat "$work"/stacks-*.txt | grep -E 'Microsoft\.Data\.Sqlite|Thread\.Sleep' | sed 's/^ *//; s/(.*//' | sort | uniq -c | sort -rn | head -n 12
        echo "# the raw counters"
        cat "$work/counters.csv"
    } >"$diagnose"
    echo
    echo "== Diagnosis of the comparison at ${connections} connections written to $diagnose"
fi
if [[ -n "$page" ]]; then
    load "Extra page (demo recruiter)" "$base$page" "$work/recruiter.jar"
fi
if [[ "$import" == no ]]; then
    echo
    echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi

# The large book: upload (stored encrypted and inspected once), confirm the suggested mapping, then the import runs
# in the background while /health is loaded.
importer="bruno@demo.portfolioeval.test"
login "$importer" "$(password_of "$importer")" "$work/bruno.jar"
curl -fsS -b "$work/bruno.jar" -c "$work/bruno.jar" "$base/Candidate/Books/Upload" -o "$work/upload.html"
echo
echo "== Import of $(basename "$book")"
upload_start=$(date +%s.%N)
map="$(curl -fsS -b "$work/bruno.jar" -c "$work/bruno.jar" -o /dev/null -w '%{redirect_url}' "$base/Candidate/Books/Upload" \
    -F "Book=@$book" -F "Culture=es-PE" -F "__RequestVerificationToken=$(token_of "$work/upload.html")")"
upload_time="$(seconds_since "$upload_start")"
[[ "$map" == *"/Candidate/Books/Map/"* ]] || { echo "The upload was refused."; exit 1; }
echo "   upload request (stored encrypted, read once to inspect): ${upload_time} s"

curl -fsS -b "$work/bruno.jar" "$map" -o "$work/map.html"
# The mapping form as shown: its hidden fields and each column's selected field.
form=(--data-urlencode "__RequestVerificationToken=$(token_of "$work/map.html")")
while IFS='=' read -r name value; do form+=(--data-urlencode "$name=$value"); done < <(
    awk '/data-testid="mapping-form"/ { inside = 1 } inside && /<\/form>/ { inside = 0 }
         inside && /type="hidden"/ && /name="(Sheet|Header|Culture|DateOrder)"/ {
             match($0, /name="[A-Za-z]+"/); n = substr($0, RSTART + 6, RLENGTH - 7)
             match($0, /value="[^"]*"/); v = substr($0, RSTART + 7, RLENGTH - 8); print n "=" v }
         inside && /<select/ && /name="Fields\[/ { match($0, /name="Fields\[[0-9]+\]"/); select = substr($0, RSTART + 6, RLENGTH - 7) }
         inside && /<option/ && /selected/ && select != "" { match($0, /value="[A-Za-z]+"/); print select "=" substr($0, RSTART + 7, RLENGTH - 8); select = "" }' \
        "$work/map.html")
import_start=$(date +%s.%N)
progress="$(curl -fsS -b "$work/bruno.jar" -o /dev/null -w '%{redirect_url}' "${form[@]}" "$map")"
[[ "$progress" == *"/Candidate/Books/Progress/"* ]] || { echo "The mapping was refused."; exit 1; }
status="${progress%%\?*}?handler=Status"

# /health while the import runs, from its start to its end: windows of --duration seconds one after the other,
# alternately one connection (what a load balancer's probe sees) and --connections, each labelled with the import's
# phase when it began, until the import is over. The import's progress is polled beside them.
(
    for _ in $(seq 1 "$import_timeout"); do
        curl -fsS -b "$work/bruno.jar" "$status" -o "$work/status.tmp" && mv "$work/status.tmp" "$work/status.json"
        grep -qE '"state":"(Succeeded|Failed)"' "$work/status.json" 2>/dev/null && break
        sleep 1
    done
    date +%s.%N >"$work/import.end"
) &
poll_pid=$!
# A field of the last status, its JSON escapes (\u2026) printed as the characters they stand for.
import_state() { printf '%b' "$(grep -o "\"$1\":\"[^\"]*\"" "$work/status.json" 2>/dev/null | cut -d'"' -f4)"; }
# window CONNECTIONS: one wrk run on /health, printed as one line (milliseconds).
window() {
    local at phase load out
    at="$(seconds_since "$import_start")" phase="$(import_state phase)" load="$(cut -d' ' -f1 /proc/loadavg)"
    out="$(wrk -t"$(( $1 < threads ? $1 : threads ))" -c"$1" -d"${duration}s" --latency "$base/health")"
    awk -v at="$at" -v phase="$phase" -v load="$load" -v c="$1" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Latency +[0-9]/ { max = ms($4) }
        /^ +50%/ { p50 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /Requests\/sec/ { rps = $2 }
        /Socket errors/ { gsub(/,/, ""); errors = "  errors: connect " $4 " read " $6 " write " $8 " timeout " $10 }
        /Non-2xx/ { errors = errors "  non-2xx " $NF }
        END { printf "  %6.1f s  %-2d conn  %6.0f req/s  p50 %6.2f  p90 %6.2f  p99 %7.2f  max %7.2f  load %5s  %s\n", at, c, rps, p50, p90, p99, max, load, substr(phase, 1, 40) errors }' <<<"$out"
}
echo
echo "== Health during the import, window after window (${duration} s each; its start, connections, requests/s, latency in ms, load average, the import's phase)"
windows=0
while kill -0 "$poll_pid" 2>/dev/null; do
    if (( windows % 2 == 0 )); then window 1; else window "$connections"; fi
    windows=$(( windows + 1 ))
done
wait "$poll_pid" || true
json="$(cat "$work/status.json")"
state="$(import_state state)"
import_time="$(awk -v start="$import_start" -v end="$(cat "$work/import.end")" 'BEGIN { printf "%.1f", end - start }')"
echo
echo "== Import: $state after ${import_time} s in the background ($rows rows); portal peak RSS $(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$app_pid/status")"
echo "   last status: $json"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
