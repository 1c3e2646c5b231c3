-- POST /api/v1/tickets: requesters record their own incidents, everything they can tell filled in.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done("create")

local tokens
local sent = 0
local body = [[{"type":"INCIDENT","subject":"Printer on floor 3 jams","description":"Every page since 9:00",]]
  .. [["category":"HARDWARE","impact":"HIGH","urgency":"MEDIUM","affectedUsers":3,]]
  .. [["affectedSystems":["PRN-3F-01"],"errorMessages":["E-204 paper jam"],]]
  .. [["stepsTried":[{"step":"Restarted the printer","effect":"Jams again after two pages"}],]]
  .. [["environment":{"os":"Windows 11","driver":"5.2.1"},"contact":{"phone":"+47 22 00 00 00"}}]]

function init(args)
  tokens = common.lines(os.getenv("BENCH_REQUESTER_TOKENS"))
end

function request()
  sent = sent + 1
  local token = tokens[1 + (sent * 2 + thread_number) % #tokens]
  return wrk.format("POST", "/api/v1/tickets",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
