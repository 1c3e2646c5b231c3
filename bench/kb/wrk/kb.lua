-- Shared by the knowledge base scenarios: each wrk thread gets its own number, reads the lines
-- the run script wrote, and reports one machine-readable line (with p95, which the ticket
-- scenarios do not report).
-- setup and lines are the ticket scenarios' own (bench/tickets/wrk/common.lua).
package.path = os.getenv("BENCH_LUA") .. "/../../tickets/wrk/?.lua;" .. package.path
local common = require("common")
local kb = { setup = common.setup, lines = common.lines }

function kb.encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- RESULT operation requests/s p50 p95 p99 (ms) non-2xx socket-errors
function kb.done(operation)
  return function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT %s %.0f %.2f %.2f %.2f %d %d\n", operation, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.errors.status, errors))
  end
end

return kb
