-- GET /api/v1/tickets: an agent opens the first page of the default list (oldest open first).
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done("list-first-page")

local request_text

function init(args)
  request_text = wrk.format("GET", "/api/v1/tickets",
    { ["Authorization"] = "Bearer " .. os.getenv("BENCH_AGENT_TOKEN") })
end

function request()
  return request_text
end
