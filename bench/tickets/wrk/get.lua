-- GET /api/v1/tickets/{id}: an agent opens any of the million tickets.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done("get")

local headers

function init(args)
  math.randomseed(os.time() * 10 + thread_number)
  headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_AGENT_TOKEN") }
end

function request()
  return wrk.format("GET", "/api/v1/tickets/" .. common.ticket_id(math.random(1, 1000000)), headers)
end
