-- GET /api/v1/kb/search?q=…: the query mix of queries.tsv, each in its language's
-- Accept-Language; every other request by the desk (which also finds INTERNAL articles), the
-- rest by requesters (PUBLIC only).
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local kb = require("kb")
setup = kb.setup
done = kb.done("search")

local queries, agent, requesters
local counter = 0

function init(args)
  math.randomseed(os.time() * 10 + thread_number)
  queries = kb.lines(os.getenv("BENCH_QUERIES"))
  requesters = kb.lines(os.getenv("BENCH_REQUESTER_TOKENS"))
  agent = os.getenv("BENCH_AGENT_TOKEN")
end

function request()
  counter = counter + 1
  local language, q = queries[math.random(1, #queries)]:match("^([^\t]*)\t(.*)$")
  local token = counter % 2 == 0 and agent or requesters[math.random(1, #requesters)]
  return wrk.format("GET", "/api/v1/kb/search?q=" .. kb.encode(q), {
    ["Authorization"] = "Bearer " .. token,
    ["Accept-Language"] = language,
  })
end
