-- Shared by the ticket scenarios. The run script passes token files and offsets in the
-- environment; each wrk thread gets its own number (1, 2 …) for spreading its requests.
local common = {}
local threads = 0

function common.setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function common.lines(path)
  local lines = {}
  for line in io.lines(path) do
    lines[#lines + 1] = line
  end
  return lines
end

function common.ticket_id(n)
  return string.format("00000000-0000-7000-8000-%012x", n)
end

-- One machine-readable line per run: operation, requests/s, p50 and p99 in ms, non-2xx/3xx
-- answers and socket errors.
function common.done(operation)
  return function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT %s %.0f %.2f %.2f %d %d\n", operation, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors))
  end
end

return common
