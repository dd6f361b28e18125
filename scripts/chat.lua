-- wrk script: POST /api/chat, one new conversation per request (many users), questions in rotation.
local questions = {
  "Khối thi đua 8 gồm những hội nào?",
  "Năm 2025 ai làm khối trưởng Khối thi đua 8?",
  "khoi thi dua 8 gom nhung hoi nao",
  "Khối thi đua 8 đề nghị khen thưởng những đơn vị nào?",
}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  counter = 0
  ok = 0
  other = 0
end

function request()
  counter = counter + 1
  local body = string.format('{"conversationId":"load-%d-%d","text":"%s"}', tid, counter, questions[(counter % #questions) + 1])
  return wrk.format("POST", "/api/chat", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"answer"', 1, true) then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local answered, failed = 0, 0
  for _, t in ipairs(threads) do
    answered = answered + t:get("ok")
    failed = failed + t:get("other")
  end
  io.write(string.format("ANSWERED %d\nNOT_ANSWERED %d\n", answered, failed))
end
