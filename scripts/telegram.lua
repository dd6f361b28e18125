-- wrk script: POST /webhooks/telegram with real-shaped updates, EVERY update delivered twice (back to back, possibly on
-- two connections at once). Update ids and chat ids are <thread>*10000000 + n, so the fake Bot API can find gaps.
-- KTDBOT_LOAD_UPDATES_PER_SECOND is the rate Telegram delivers at (updates/s, so twice as many deliveries); 0 = as fast
-- as the connections go. The rate is kept on a clock, not guessed from the round trip: each thread hands out send
-- times 1/rate apart to whichever of its connections is free, so a slower acknowledgement does not lower the rate
-- (as long as a thread has a free connection; Telegram's max_connections is 40), and a late slot is sent at once.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } ktdbot_timespec;
int clock_gettime(int clock_id, ktdbot_timespec *tp);
]]
local now_ts = ffi.new("ktdbot_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_ts) -- CLOCK_MONOTONIC
  return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
end

local threads = {}
local secret = os.getenv("KTDBOT_LOAD_SECRET") or "loadtest-secret"
local rate = tonumber(os.getenv("KTDBOT_LOAD_UPDATES_PER_SECOND") or "0")
local thread_count = tonumber(os.getenv("KTDBOT_LOAD_THREADS") or "2")
-- Milliseconds between two deliveries of one thread.
local interval = 0
if rate > 0 then interval = 1000 * thread_count / (2 * rate) end
local next_slot = 0
-- Each run starts its ids elsewhere: the host remembers update ids for 24 hours and would drop a reused one as a duplicate.
local base = tonumber(os.getenv("KTDBOT_LOAD_ID_BASE") or "0")
local template = '{"update_id":%d,"message":{"message_id":%d,"from":{"id":%d,"is_bot":false,"first_name":"Lan","language_code":"vi"},' ..
  '"chat":{"id":%d,"first_name":"Lan","type":"private"},"date":1732400000,"text":"%s"}}'
local questions = { "Khối thi đua 8 gồm những hội nào?", "Năm 2025 ai làm khối trưởng Khối thi đua 8?", "/help" }

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  counter = 0
  updates = 0
  acknowledged = 0
  refused = 0
end

function request()
  counter = counter + 1
  local n = math.floor((counter + 1) / 2)
  if counter % 2 == 1 then updates = updates + 1 end
  local id = tid * 10000000 + base + n
  local body = string.format(template, id, n, id, id, questions[(n % #questions) + 1])
  return wrk.format("POST", "/webhooks/telegram",
    { ["Content-Type"] = "application/json", ["X-Telegram-Bot-Api-Secret-Token"] = secret }, body)
end

function delay()
  if interval == 0 then return 0 end
  local now = now_ms()
  if next_slot == 0 then next_slot = now end
  -- A slot missed while every connection waited is sent at once: Telegram's backlog does not shrink because we were slow.
  next_slot = next_slot + interval
  return math.max(0, math.floor(next_slot - now))
end

function response(status, headers, body)
  if status == 200 then acknowledged = acknowledged + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local sent, acked, no = 0, 0, 0
  for _, t in ipairs(threads) do
    sent = sent + t:get("updates")
    acked = acked + t:get("acknowledged")
    no = no + t:get("refused")
  end
  io.write(string.format("UPDATES_GENERATED %d\nDELIVERIES_ACKNOWLEDGED %d\nDELIVERIES_REFUSED %d\n", sent, acked, no))
end
