-- wrk script: POST /webhooks/telegram with real-shaped updates, EVERY update delivered twice (back to back, possibly on
-- two connections at once). Update ids and chat ids are <thread>*10000000 + n, so the fake Bot API can find gaps.
local threads = {}
local secret = os.getenv("KTDBOT_LOAD_SECRET") or "loadtest-secret"
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
  local id = tid * 10000000 + n
  local body = string.format(template, id, n, id, id, questions[(n % #questions) + 1])
  return wrk.format("POST", "/webhooks/telegram",
    { ["Content-Type"] = "application/json", ["X-Telegram-Bot-Api-Secret-Token"] = secret }, body)
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
