-- GET one of the requests in BENCH_URLS (a path and query per line), drawn at random, as the
-- caller whose token is BENCH_TOKEN; reports as BENCH_SCENARIO.
package.path = os.getenv("BENCH_LUA") .. "/../../kb/wrk/?.lua;" .. package.path
local kb = require("kb")
setup = kb.setup
done = kb.done(os.getenv("BENCH_SCENARIO") or "kpis")

local urls, headers

function init(args)
  math.randomseed(os.time() * 10 + thread_number)
  urls = kb.lines(os.getenv("BENCH_URLS"))
  headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }
end

function request()
  return wrk.format("GET", urls[math.random(1, #urls)], headers)
end
