-- GET /api/v1/cis/{id}/impact?depth=5 (or /dependencies, BENCH_GRAPH): an agent asks about one of
-- the items in BENCH_ROOTS, drawn at random from the whole CMDB.
package.path = os.getenv("BENCH_LUA") .. "/../../kb/wrk/?.lua;" .. package.path
local kb = require("kb")
local walk = os.getenv("BENCH_GRAPH") or "impact"
setup = kb.setup
done = kb.done(walk)

local roots, headers

function init(args)
  math.randomseed(os.time() * 10 + thread_number)
  roots = kb.lines(os.getenv("BENCH_ROOTS"))
  headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_AGENT_TOKEN") }
end

function request()
  return wrk.format("GET", "/api/v1/cis/" .. roots[math.random(1, #roots)] .. "/" .. walk .. "?depth=5", headers)
end
