-- GET /api/v1/tickets/{id}/kb-suggestions: an agent asks what may solve one of the tickets
-- recorded for the benchmark (their ids in BENCH_TICKETS).
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local kb = require("kb")
setup = kb.setup
done = kb.done("suggestions")

local tickets, headers

function init(args)
  math.randomseed(os.time() * 10 + thread_number)
  tickets = kb.lines(os.getenv("BENCH_TICKETS"))
  headers = {
    ["Authorization"] = "Bearer " .. os.getenv("BENCH_AGENT_TOKEN"),
    ["Accept-Language"] = "en, de;q=0.8",
  }
end

function request()
  return wrk.format("GET", "/api/v1/tickets/" .. tickets[math.random(1, #tickets)] .. "/kb-suggestions", headers)
end
