-- wrk script: POST /webhooks/zalo-bot with real-shaped Zalo Bot Platform updates (unwrapped, date in milliseconds),
-- EVERY update delivered twice (back to back, possibly on two connections at once). Chat ids (strings, as Zalo's are)
-- and message ids are <thread>*10000000 + n, so the fake API can find gaps. Every fourth update is wrapped in
-- {ok, result} as the docs show it. KTDBOT_LOAD_UPDATES_PER_SECOND paces the connections; 0 = as fast as possible.
local threads = {}
local secret = os.getenv("KTDBOT_LOAD_SECRET") or "loadtest-secret"
local rate = tonumber(os.getenv("KTDBOT_LOAD_UPDATES_PER_SECOND") or "0")
local connections = tonumber(os.getenv("KTDBOT_LOAD_CONNECTIONS") or "32")
local pause = 0
-- The pause leaves room for the ~1.5 ms round trip, so the achieved rate lands near the target.
if rate > 0 then pause = math.max(0, connections * 1000 / (2 * rate) - 1.5) end
-- Each run starts its ids elsewhere: the host remembers delivery ids for 24 hours and would drop a reused one.
local base = tonumber(os.getenv("KTDBOT_LOAD_ID_BASE") or "0")
local template = '{"event_name":"message.text.received","message":{"message_id":"m%d","date":1766991175055,' ..
  '"chat":{"id":"%d","chat_type":"PRIVATE"},"from":{"id":"%d","is_bot":false,"display_name":"Lan"},"text":"%s"}}'
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
  local body = string.format(template, id, id, id, questions[(n % #questions) + 1])
  if n % 4 == 0 then body = '{"ok":true,"result":' .. body .. '}' end
  return wrk.format("POST", "/webhooks/zalo-bot",
    { ["Content-Type"] = "application/json", ["X-Bot-Api-Secret-Token"] = secret }, body)
end

function delay()
  return pause
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
