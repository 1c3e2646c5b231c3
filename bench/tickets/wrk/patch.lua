-- PATCH /api/v1/tickets/{id}: an agent changes the description of an open ticket. Each ticket is
-- patched once (If-Match "0", its loaded version); BENCH_PATCH_OFFSET keeps runs apart.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done("patch")

local headers
local sent = 0
local offset
local threads

function init(args)
  offset = tonumber(os.getenv("BENCH_PATCH_OFFSET"))
  threads = tonumber(os.getenv("BENCH_THREADS"))
  headers = {
    ["Authorization"] = "Bearer " .. os.getenv("BENCH_AGENT_TOKEN"),
    ["Content-Type"] = "application/merge-patch+json",
    ["If-Match"] = '"0"',
  }
end

-- The k-th of the 200,000 open tickets: the load leaves tickets 10j+8 and 10j+9 open.
local function open_ticket(k)
  return 10 * math.floor(k / 2) + 8 + k % 2
end

function request()
  sent = sent + 1
  local k = (offset + sent * threads + thread_number) % 200000
  return wrk.format("PATCH", "/api/v1/tickets/" .. common.ticket_id(open_ticket(k)), headers,
    '{"description":"Every page since 9:00; now it smokes too"}')
end
