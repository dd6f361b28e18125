#!/usr/bin/env bash
# Load test on loopback (run by hand, not in CI): wrk against POST /api/chat and POST /webhooks/telegram (every update
# delivered twice), compared in the same run with GET /healthz of the same host. The host runs as published (Release),
# with Telegram pointed at a local fake Bot API that counts sendMessage per chat, to prove zero lost and zero duplicated
# replies. Needs: dotnet, wrk (apt-get install -y wrk), curl, python3; redis-server (apt-get install -y redis-server) adds
# the Redis Streams inbox to the comparison (a redis-server of the script's own, on REDIS_PORT, append-only file on).
#
#   scripts/loadtest.sh                     # 20 s per run, 2 wrk threads, 32 connections, Telegram at 1100 updates/s
#   DURATION=30s CONNECTIONS=64 UPDATES_PER_SECOND=1500 scripts/loadtest.sh
#   STRESS=1 scripts/loadtest.sh            # adds an unpaced webhook flood: the queue fills and answers 503 + Retry-After
#   MODES="Durable Memory" scripts/loadtest.sh   # only some of the inboxes (default: all four, see the end)
#   HOST_COUNTERS=1 scripts/loadtest.sh     # also the host's own webhook p99 per second (dotnet-counters)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
HOST_PORT="${HOST_PORT:-5180}"
FAKE_PORT="${FAKE_PORT:-5181}"
REDIS_PORT="${REDIS_PORT:-5189}"
WORK="${WORK:-/tmp/ktdbot-load}"
UPDATES_PER_SECOND="${UPDATES_PER_SECOND:-1100}"
STRESS="${STRESS:-0}"
MODES="${MODES:-Durable Durable-Normal Durable-Redis Memory}"
ART="${ART:-/tmp/art-loadtest}"
# HOST_COUNTERS=1 (needs dotnet tool install -g dotnet-counters) also records the host's own webhook durations, to tell
# what the host spends from what the shared machine adds; off by default, since attaching disturbs the run a little.
COUNTERS=""
if [ "${HOST_COUNTERS:-0}" = "1" ]; then COUNTERS="$(command -v dotnet-counters || echo "$HOME/.dotnet/tools/dotnet-counters")"; fi
export KTDBOT_LOAD_SECRET="loadtest-secret" KTDBOT_LOAD_CONNECTIONS="$CONNECTIONS" KTDBOT_LOAD_THREADS="$THREADS"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
mkdir -p "$WORK"
pids=()
cleanup() {
  curl -fs -X POST "http://127.0.0.1:$FAKE_PORT/shutdown" >/dev/null 2>&1 || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$WORK/redis/redis.pid" ]; then kill "$(cat "$WORK/redis/redis.pid")" 2>/dev/null || true; fi
}
trap cleanup EXIT

echo "== publishing the host (Release)"
dotnet publish src/KtdBot.Host -c Release -o "$WORK/host" --artifacts-path "$ART" -v quiet -nologo >/dev/null

echo "== starting the fake Bot API on 127.0.0.1:$FAKE_PORT"
cat > "$WORK/fakebotapi.cs" <<'CS'
#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false
// A fake Telegram Bot API for the load test: answers like Telegram, counts sendMessage per chat.
using System.Collections.Concurrent;
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var perChat = new ConcurrentDictionary<long, int>();
long messages = 0, other = 0;

app.MapPost("/{**path}", async (HttpContext context, string path) =>
{
    var method = path[(path.LastIndexOf('/') + 1)..];
    if (method == "sendMessage")
    {
        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var chat = json.RootElement.GetProperty("chat_id").GetInt64();
        perChat.AddOrUpdate(chat, 1, (_, n) => n + 1);
        Interlocked.Increment(ref messages);
        return Results.Text($$$"""{"ok":true,"result":{"message_id":1,"date":1732400000,"chat":{"id":{{{chat}}},"type":"private"},"text":"ok"}}""", "application/json");
    }

    Interlocked.Increment(ref other);
    return method == "getMe"
        ? Results.Text("""{"ok":true,"result":{"id":123456789,"is_bot":true,"first_name":"Load","username":"load_test_bot"}}""", "application/json")
        : Results.Text("""{"ok":true,"result":true}""", "application/json");
});

app.MapPost("/reset", () => { perChat.Clear(); Interlocked.Exchange(ref messages, 0); return Results.Ok(); });

// Chats are <thread>*10000000 + n: a missing n below a thread's highest is a lost reply.
app.MapGet("/stats", () =>
{
    var chats = perChat.ToArray();
    var gaps = chats.GroupBy(c => c.Key / 10000000).Sum(g => g.Max(c => c.Key % 10000000) - g.Count());
    return Results.Json(new
    {
        messages = Interlocked.Read(ref messages),
        chats = chats.Length,
        duplicated = chats.Count(c => c.Value > 1),
        lost = gaps,
        otherCalls = Interlocked.Read(ref other),
    });
});
// Bounded: stops when asked, and by itself after 30 minutes whatever happens.
app.MapPost("/shutdown", (IHostApplicationLifetime lifetime) => { lifetime.StopApplication(); return Results.Ok(); });
_ = Task.Delay(TimeSpan.FromMinutes(30)).ContinueWith(_ => app.Lifetime.StopApplication());
app.Run();
CS
( cd "$WORK" && dotnet build fakebotapi.cs -v quiet -nologo >"$WORK/fake-build.log" 2>&1 ) || { echo "fake Bot API did not build; see $WORK/fake-build.log" >&2; exit 1; }
( cd "$WORK" && exec dotnet run --no-build fakebotapi.cs -- --urls "http://127.0.0.1:$FAKE_PORT" >"$WORK/fake.log" 2>&1 ) &
pids+=($!)

# Hosts measured one after the other in the same run: the durable inbox (the default: SQLite under Data:Path), the
# Redis Streams inbox (with Redis, as deployed: append-only file, fsync every second), and the in-process queue
# (Data:Inbox=Memory), so the cost of durability is read side by side. The web rate limit is per client address, and wrk
# is one address: it is lifted for the run.
start_host() {
  local port="$1" inbox="$2" sync="$3" redis="${4:-}"
  rm -rf "$WORK/data-$inbox"
  ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Redis__Connection="$redis" \
  Redis__ConsumerName="loadtest-$inbox" \
  Logging__LogLevel__Default=Warning \
  Data__Path="$WORK/data-$inbox" \
  Data__Inbox="${inbox%%-*}" \
  Data__Synchronous="$sync" \
  Channels__WebRateLimitPermits=1000000 \
  Telegram__BotToken="123456789:LoadTestToken_abcdefghijklmnop" \
  Telegram__WebhookSecret="$KTDBOT_LOAD_SECRET" \
  Telegram__ApiBaseUrl="http://127.0.0.1:$FAKE_PORT" \
  Telegram__BotUsername=load_test_bot \
  Telegram__Mode=Webhook \
    dotnet "$WORK/host/KtdBot.Host.dll" >"$WORK/host-$inbox.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$FAKE_PORT/stats" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "host ($inbox) not ready; see $WORK/host-$inbox.log" >&2; exit 1
}

run() {
  local name="$1"; shift
  echo
  echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $*"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | tee "$WORK/$name.txt"
}

drain() {
  local previous=-1 current
  for _ in $(seq 1 60); do
    current=$(curl -fs "http://127.0.0.1:$FAKE_PORT/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"])')
    [ "$current" = "$previous" ] && break
    previous="$current"; sleep 1
  done
  curl -fs "http://127.0.0.1:$FAKE_PORT/stats"
}

# "20s" or "1m" → seconds.
seconds() { case "$1" in *m) echo $(( ${1%m} * 60 )) ;; *s) echo "${1%s}" ;; *) echo "$1" ;; esac; }

# What one fsync of a small write costs on this disk right now (the floor of a Data:Synchronous=Full acknowledgement).
fsync_probe() {
  python3 - "$WORK" <<'PY'
import os, sys, time
path = os.path.join(sys.argv[1], "fsync-probe")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
samples = []
for i in range(300):
    os.write(fd, b"x" * 4096)
    started = time.perf_counter(); os.fsync(fd); samples.append((time.perf_counter() - started) * 1000)
os.close(fd); os.remove(path)
samples.sort()
print(f"{samples[len(samples) // 2]:.2f} {samples[int(len(samples) * 0.99)]:.2f}")
PY
}

measure() {
  local port="$1" inbox="$2" base="$3" sync="${4:-Full}" redis="${5:-}"
  echo
  echo "== host with Data:Inbox=$inbox (Data:Synchronous=$sync${redis:+, Redis:Connection=$redis}) on 127.0.0.1:$port"
  start_host "$port" "$inbox" "$sync" "$redis"
  echo "$inbox" >> "$WORK/modes"
  cut -d' ' -f1 /proc/loadavg > "$WORK/load-$inbox" # the machine is shared: say how busy it was
  fsync_probe > "$WORK/fsync-$inbox"
  echo "== warm-up (5 s each)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$port/healthz" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s scripts/chat.lua "http://127.0.0.1:$port" >/dev/null
  run "healthz-$inbox" "http://127.0.0.1:$port/healthz"
  run "chat-$inbox" -s scripts/chat.lua "http://127.0.0.1:$port"
  curl -fs -X POST "http://127.0.0.1:$FAKE_PORT/reset" >/dev/null
  rm -f "$WORK/counters-$inbox.csv"
  if [ -n "$COUNTERS" ] && [ -x "$COUNTERS" ]; then
    # It stops by itself after the run (a background job ignores SIGINT, and SIGTERM may lose the last lines).
    "$COUNTERS" collect -p "${pids[-1]}" --refresh-interval 1 --format csv -o "$WORK/counters-$inbox.csv" \
      --counters Microsoft.AspNetCore.Hosting --duration "$(printf '00:00:%02d:%02d' $(( ($(seconds "$DURATION") + 4) / 60 )) $(( ($(seconds "$DURATION") + 4) % 60 )))" >/dev/null 2>&1 &
    local counters_pid=$!
    sleep 2 # attaching pauses the host for a moment: not inside the measured run
  fi
  KTDBOT_LOAD_ID_BASE="$base" KTDBOT_LOAD_UPDATES_PER_SECOND="$UPDATES_PER_SECOND" run "telegram-$inbox" -s scripts/telegram.lua "http://127.0.0.1:$port"
  if [ -n "${counters_pid:-}" ]; then wait "$counters_pid" 2>/dev/null || true; fi
  curl -fs "http://127.0.0.1:$FAKE_PORT/stats" > "$WORK/telegram-$inbox.atend" # answered while wrk ran, not after
  cut -d' ' -f1 /proc/loadavg >> "$WORK/load-$inbox"
  echo "== waiting for the queued Telegram replies to drain"
  drain > "$WORK/telegram-$inbox.stats"; echo "fake Bot API: $(cat "$WORK/telegram-$inbox.stats")"
  if [ "$STRESS" = "1" ]; then
    curl -fs -X POST "http://127.0.0.1:$FAKE_PORT/reset" >/dev/null
    KTDBOT_LOAD_ID_BASE=$((base + 5000000)) KTDBOT_LOAD_UPDATES_PER_SECOND=0 run "telegram-stress-$inbox" -s scripts/telegram.lua "http://127.0.0.1:$port"
    drain > "$WORK/telegram-stress-$inbox.stats"; echo "fake Bot API: $(cat "$WORK/telegram-stress-$inbox.stats")"
  fi
  kill "${pids[-1]}" 2>/dev/null || true
  wait "${pids[-1]}" 2>/dev/null || true
}

# Durable = SQLite with synchronous=FULL (the default), Durable-Normal = synchronous=NORMAL, Durable-Redis = the Redis
# stream (SQLite FULL behind it for outages), Memory = in-process.
rm -f "$WORK/modes"
for mode in $MODES; do
  case "$mode" in
    Durable) measure "$HOST_PORT" Durable 0 Full ;;
    Durable-Normal) measure $((HOST_PORT + 2)) Durable-Normal 0 Normal ;;
    Durable-Redis)
      if ! command -v redis-server >/dev/null; then
        echo "== redis-server not installed: the Redis Streams inbox is not measured (apt-get install -y redis-server)"; continue
      fi
      rm -rf "$WORK/redis"; mkdir -p "$WORK/redis"
      redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$WORK/redis" --save '' --appendonly yes --appendfsync everysec \
        --daemonize yes --pidfile "$WORK/redis/redis.pid" --logfile "$WORK/redis/redis.log"
      for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
      measure $((HOST_PORT + 6)) Durable-Redis 0 Full "127.0.0.1:$REDIS_PORT" ;;
    Memory) measure $((HOST_PORT + 4)) Memory 0 ;;
    *) echo "unknown mode $mode (Durable, Durable-Normal, Durable-Redis, Memory)" >&2; exit 2 ;;
  esac
done

python3 - "$WORK" "$UPDATES_PER_SECOND" "$STRESS" <<'PY'
import csv, json, os, re, sys
work, pace, stress = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
def read(name):
    text = open(f"{work}/{name}.txt").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    seconds = float(re.search(r"requests in ([\d.]+)s", text).group(1))
    def ms(label):
        m = re.search(label + r"\s+([\d.]+)(us|ms|s)\b", text)
        v = float(m.group(1)); return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    fields = {k: int(v) for k, v in re.findall(r"^([A-Z_]+) (\d+)$", text, re.M)}
    return dict(rps=rps, seconds=seconds, p50=ms("50%"), p99=ms("99%"), non2xx=int(non2xx.group(1)) if non2xx else 0, **fields)
print()
print("| inbox | endpoint | requests/s | answered/s | p50 ms | p99 ms | non-2xx |")
print("|---|---|---:|---:|---:|---:|---:|")
results, ok = {}, True
modes = open(f"{work}/modes").read().split()
for inbox in modes:
    h, c, t = read(f"healthz-{inbox}"), read(f"chat-{inbox}"), read(f"telegram-{inbox}")
    ts = json.load(open(f"{work}/telegram-{inbox}.stats"))
    c["answered"] = c.get("ANSWERED", 0) / c["seconds"]
    # Distinct updates answered per second while wrk ran (each delivered twice); what drained after is not counted.
    t["answered"] = json.load(open(f"{work}/telegram-{inbox}.atend"))["chats"] / t["seconds"]
    rows = [("GET /healthz (trivial)", h), ("POST /api/chat", c), (f"POST /webhooks/telegram ({pace} updates/s, each twice)", t)]
    if stress:
        rows.append(("POST /webhooks/telegram (unpaced flood, each twice)", read(f"telegram-stress-{inbox}")))
    for name, r in rows:
        answered = f"{r['answered']:.0f}" if "answered" in r else "–"
        print(f"| {inbox} | {name} | {r['rps']:.0f} | {answered} | {r['p50']:.2f} | {r['p99']:.2f} | {r['non2xx']} |")
    results[inbox] = (h, c, t, ts)
print()
for inbox, (h, c, t, ts) in results.items():
    generated, refused = t.get("UPDATES_GENERATED", 0), t.get("DELIVERIES_REFUSED", 0)
    tail = generated - ts["chats"] - ts["lost"]
    load = " → ".join(open(f"{work}/load-{inbox}").read().split())
    fsync50, fsync99 = open(f"{work}/fsync-{inbox}").read().split()
    host = ""
    if os.path.exists(f"{work}/counters-{inbox}.csv"):
        # ASP.NET Core's own request duration for the webhook, one p99 per second of the run: the worst and the median second.
        seconds = sorted(float(row[-1]) * 1000 for row in csv.reader(open(f"{work}/counters-{inbox}.csv"))
                         if "/webhooks/telegram" in row[2] and "Percentile=99" in row[2] and row[-1] not in ("", "0"))
        if seconds:
            host = f"; inside the host, webhook p99 per second {seconds[len(seconds) // 2]:.2f} ms median, {seconds[-1]:.2f} ms worst"
    print(f"{inbox} (load average {load}; fsync p50 {fsync50} ms, p99 {fsync99} ms{host}): chat {c.get('ANSWERED', 0)} answered, {c.get('NOT_ANSWERED', 0)} not answered; telegram {generated} updates generated "
          f"({t.get('DELIVERIES_ACKNOWLEDGED', 0)} deliveries acknowledged, {refused} refused); {ts['chats']} answered with {ts['messages']} messages: "
          f"{ts['duplicated']} duplicated, {ts['lost']} lost, {tail} generated in the last instant and never sent by wrk")
    if stress:
        s, ss = read(f"telegram-stress-{inbox}"), json.load(open(f"{work}/telegram-stress-{inbox}.stats"))
        print(f"{inbox} flood: {s.get('DELIVERIES_ACKNOWLEDGED', 0)} acknowledged, {s.get('DELIVERIES_REFUSED', 0)} refused with 503 + Retry-After; "
              f"{ss['chats']} answered with {ss['messages']} messages, {ss['duplicated']} duplicated")
    ok = ok and c["answered"] >= 1000 and c["p99"] < 50 and t["answered"] >= 1000 and t["p99"] < 50 \
        and ts["duplicated"] == 0 and ts["lost"] == 0 and refused == 0 and 0 <= tail <= int(os.environ.get("KTDBOT_LOAD_CONNECTIONS", "32"))
names = " / ".join(modes)
def each(i, key, fmt):
    return " / ".join(format(results[m][i][key], fmt) for m in modes)
print(f"cost of durability ({names}): /api/chat {each(1, 'answered', '.0f')} answered/s, p99 {each(1, 'p99', '.2f')} ms; "
      f"telegram {each(2, 'answered', '.0f')} updates answered/s, acknowledgement p50 {each(2, 'p50', '.2f')} ms, p99 {each(2, 'p99', '.2f')} ms")
print("targets (>= 1000 chat requests answered/s and >= 1000 Telegram updates answered/s, each with p99 < 50 ms; no Telegram reply lost or duplicated):",
      "MET" if ok else "NOT MET")
sys.exit(0 if ok else 1)
PY
