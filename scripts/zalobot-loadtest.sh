#!/usr/bin/env bash
# Load test of the Zalo Bot webhook on loopback (run by hand, not in CI), beside scripts/loadtest.sh: the host as
# published (Release, durable SQLite inbox, the defaults) with only the Zalo bot on, pointed at a local fake Bot
# Platform API that counts sendMessage per chat and text; wrk runs scripts/zalobot.lua (every update delivered twice)
# after a warm-up. Prints the wrk figures and how many replies were lost or duplicated. Needs: dotnet, wrk, curl, python3.
#
#   scripts/zalobot-loadtest.sh                          # 20 s, 2 threads, 32 connections, 1000 updates/s
#   DURATION=30s UPDATES_PER_SECOND=1500 scripts/zalobot-loadtest.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
HOST_PORT="${HOST_PORT:-5190}"
FAKE_PORT="${FAKE_PORT:-5191}"
WORK="${WORK:-/tmp/ktdbot-load-zalobot}"
UPDATES_PER_SECOND="${UPDATES_PER_SECOND:-1000}"
SYNCHRONOUS="${SYNCHRONOUS:-Full}"
ART="${ART:-/tmp/art-loadtest-zalobot}"
export KTDBOT_LOAD_SECRET="loadtest-secret" KTDBOT_LOAD_CONNECTIONS="$CONNECTIONS"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
mkdir -p "$WORK"
pids=()
cleanup() {
  curl -fs -X POST "http://127.0.0.1:$FAKE_PORT/shutdown" >/dev/null 2>&1 || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

echo "== publishing the host (Release)"
dotnet publish src/KtdBot.Host -c Release -o "$WORK/host" --artifacts-path "$ART" -v quiet -nologo >/dev/null

echo "== starting the fake Zalo Bot API on 127.0.0.1:$FAKE_PORT"
cat > "$WORK/fakezalobot.cs" <<'CS'
#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false
// A fake Zalo Bot Platform API for the load test: answers in the {ok, result} envelope, counts sendMessage per chat and text.
using System.Collections.Concurrent;
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var perReply = new ConcurrentDictionary<(long Chat, string Text), int>();
var chats = new ConcurrentDictionary<long, byte>();
long messages = 0, other = 0;

app.MapPost("/{**path}", async (HttpContext context, string path) =>
{
    var method = path[(path.LastIndexOf('/') + 1)..];
    if (method == "sendMessage")
    {
        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var chat = long.Parse(json.RootElement.GetProperty("chat_id").GetString()!);
        var text = json.RootElement.GetProperty("text").GetString() ?? "";
        perReply.AddOrUpdate((chat, text), 1, (_, n) => n + 1);
        chats.TryAdd(chat, 0);
        Interlocked.Increment(ref messages);
        return Results.Text("""{"ok":true,"result":{"message_id":"82599fa32f56d00e8941","date":1749632637199}}""", "application/json");
    }

    Interlocked.Increment(ref other);
    return method == "getMe"
        ? Results.Text("""{"ok":true,"result":{"id":"1459232241454765289","account_name":"bot.LoadTest","account_type":"BASIC","can_join_groups":true}}""", "application/json")
        : Results.Text("""{"ok":true}""", "application/json");
});

app.MapPost("/reset", () => { perReply.Clear(); chats.Clear(); Interlocked.Exchange(ref messages, 0); return Results.Ok(); });

// Chats are <thread>*10000000 + n: a missing n below a thread's highest is a lost reply; the same text twice to a chat is a duplicate.
app.MapGet("/stats", () =>
{
    var answered = chats.Keys.ToArray();
    var gaps = answered.GroupBy(c => c / 10000000).Sum(g => g.Max(c => c % 10000000) - g.Count());
    return Results.Json(new
    {
        messages = Interlocked.Read(ref messages),
        chats = answered.Length,
        duplicated = perReply.Count(r => r.Value > 1),
        lost = gaps,
        otherCalls = Interlocked.Read(ref other),
    });
});
// Bounded: stops when asked, and by itself after 30 minutes whatever happens.
app.MapPost("/shutdown", (IHostApplicationLifetime lifetime) => { lifetime.StopApplication(); return Results.Ok(); });
_ = Task.Delay(TimeSpan.FromMinutes(30)).ContinueWith(_ => app.Lifetime.StopApplication());
app.Run();
CS
( cd "$WORK" && dotnet build fakezalobot.cs -v quiet -nologo >"$WORK/fake-build.log" 2>&1 ) || { echo "fake API did not build; see $WORK/fake-build.log" >&2; exit 1; }
( cd "$WORK" && exec dotnet run --no-build fakezalobot.cs -- --urls "http://127.0.0.1:$FAKE_PORT" >"$WORK/fake.log" 2>&1 ) &
pids+=($!)

echo "== starting the host on 127.0.0.1:$HOST_PORT (Data:Synchronous=$SYNCHRONOUS)"
rm -rf "$WORK/data"
ASPNETCORE_URLS="http://127.0.0.1:$HOST_PORT" \
Logging__LogLevel__Default=Warning \
Data__Path="$WORK/data" \
Data__Synchronous="$SYNCHRONOUS" \
ZaloBot__BotToken="1459232241454765289:LoadTestToken_abcdefghijklmnop" \
ZaloBot__WebhookSecret="$KTDBOT_LOAD_SECRET" \
ZaloBot__ApiBaseUrl="http://127.0.0.1:$FAKE_PORT" \
ZaloBot__Mode=Webhook \
  dotnet "$WORK/host/KtdBot.Host.dll" >"$WORK/host.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$HOST_PORT/readyz" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$FAKE_PORT/stats" >/dev/null 2>&1; then break; fi
  sleep 1
done

echo "== warm-up (5 s)"
KTDBOT_LOAD_ID_BASE=5000000 KTDBOT_LOAD_UPDATES_PER_SECOND="$UPDATES_PER_SECOND" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s scripts/zalobot.lua "http://127.0.0.1:$HOST_PORT" >/dev/null
sleep 3
curl -fs -X POST "http://127.0.0.1:$FAKE_PORT/reset" >/dev/null

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s scripts/zalobot.lua ($UPDATES_PER_SECOND updates/s, each twice)"
KTDBOT_LOAD_ID_BASE=0 KTDBOT_LOAD_UPDATES_PER_SECOND="$UPDATES_PER_SECOND" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/zalobot.lua "http://127.0.0.1:$HOST_PORT" | tee "$WORK/zalobot.txt"

echo "== waiting for the queued replies to drain"
previous=-1
for _ in $(seq 1 60); do
  current=$(curl -fs "http://127.0.0.1:$FAKE_PORT/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"])')
  [ "$current" = "$previous" ] && break
  previous="$current"; sleep 1
done
curl -fs "http://127.0.0.1:$FAKE_PORT/stats" > "$WORK/zalobot.stats"
echo "fake Zalo Bot API: $(cat "$WORK/zalobot.stats")"

python3 - "$WORK" <<'PY'
import json, re, sys
work = sys.argv[1]
text = open(f"{work}/zalobot.txt").read()
stats = json.load(open(f"{work}/zalobot.stats"))
def ms(label):
    m = re.search(label + r"\s+([\d.]+)(us|ms|s)\b", text)
    v = float(m.group(1)); return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
fields = {k: int(v) for k, v in re.findall(r"^([A-Z_]+) (\d+)$", text, re.M)}
generated, refused = fields.get("UPDATES_GENERATED", 0), fields.get("DELIVERIES_REFUSED", 0)
print(f"POST /webhooks/zalo-bot: {rps:.0f} deliveries/s, p50 {ms('50%'):.2f} ms, p99 {ms('99%'):.2f} ms; {generated} updates generated, "
      f"{fields.get('DELIVERIES_ACKNOWLEDGED', 0)} deliveries acknowledged, {refused} refused; {stats['chats']} chats answered with "
      f"{stats['messages']} messages: {stats['duplicated']} duplicated, {stats['lost']} lost")
ok = rps >= 1000 and ms("99%") < 50 and stats["duplicated"] == 0 and stats["lost"] == 0 and refused == 0
print("targets (>= 1000 deliveries/s with p99 < 50 ms; no reply lost or duplicated):", "MET" if ok else "NOT MET")
PY
