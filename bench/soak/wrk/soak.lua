-- The soak's mixed load, one wrk run per window: requesters record tickets and cancel those the
-- soak recorded earlier (so that the open backlog, which searches scan, stays flat); the bench
-- agent opens tickets, the first page of the default list, searches (the list's q), patches the
-- description of open tickets and replies publicly on others. The run script passes, in the
-- environment:
--   BENCH_SOAK_MIX       weights, e.g. "get=8 list=3 search=3 create=2 cancel=2 patch=2
--                        comment=2": each thread sends them in that proportion, evenly interleaved
--   BENCH_SOAK_CANCEL_IN  a file of "id etag requester" lines: tickets the windows before recorded
--                        and did not cancel; thread n takes lines n, n + threads … (may be empty)
--   BENCH_SOAK_CANCEL_OUT where done writes, in the same shape, what this run leaves to cancel
--   BENCH_SOAK_CANCEL_LAG how many recorded tickets each thread keeps open before it cancels the
--                        oldest, so that a ticket lives a while (a cancel with too few sends a get)
--   BENCH_SOAK_TICKETS   how many tickets were loaded (ticket n is INC-n, see ../load.sql)
--   BENCH_SOAK_TOKENS    a directory with the agent's token (agent) and requesters' (requesters)
--   BENCH_SOAK_VERSIONS  "k version" lines: the version of patchable ticket 10k+8 as the window
--                        starts; a patch sends If-Match with it (plus the patches this run made)
--   BENCH_SOAK_PATCHABLE how many of those tickets the threads share out (a multiple of threads)
--   BENCH_SOAK_PATCH_START where this window's patches start in the patchable tickets, so that a
--                        window does not patch again what the one before had in flight at its end
--   BENCH_SOAK_RUN, BENCH_SOAK_WINDOW  make Idempotency-Keys and texts unique
-- Thread n patches only the tickets k with k % threads == n - 1, so no two patches of one ticket
-- are ever in flight at once. Cancels: each thread keeps a FIFO of the tickets whose 201 it saw
-- (id and ETag from Location and ETag, the requester from the body's requesterId: person n is
-- bench-n, line n of the requesters' tokens, see ../load.sql), and takes a ticket off it as it
-- sends the cancel, so that no ticket is cancelled twice; nothing else touches those tickets, so
-- their ETag holds. What a window leaves in its FIFOs goes to the next window (through done and
-- the run script). A create or cancel in flight when a window ends is lost: that ticket stays open.
-- Prints one machine-readable line (see done).
package.path = os.getenv("BENCH_LUA") .. "/../../tickets/wrk/?.lua;" .. package.path
local common = require("common")

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_number", #threads)
end

-- Per thread -------------------------------------------------------------------------------------
local schedule, agent, requesters, versions, tickets, patchable, patch_start, thread_total
local run, window
local sent, creates, comments, searches = 0, 0, 0, 0
local cancel_lag
cancelable = {}               -- FIFO of "id etag requester" this thread may cancel, read by done
                              -- (strings: wrk's thread:get crashes copying a table of tables)
local head, tail = 1, 0       -- cancelable[head .. tail]: head is the oldest
local patched = {}           -- patches this run sent per ticket k, on top of its version
local logged = 0
patches = 0                   -- read by done
failures = {}                 -- status → count, read by done
operations = {}               -- operation → count, read by done

local encode = function(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- An even interleaving of the weights (smooth weighted round robin, as nginx balances).
local function interleave(mix)
  local weights, total, current, out = {}, 0, {}, {}
  for name, weight in mix:gmatch("(%a+)=(%d+)") do
    weights[#weights + 1] = { name = name, weight = tonumber(weight) }
    total = total + tonumber(weight)
  end
  for i = 1, #weights do current[i] = 0 end
  for _ = 1, total do
    local best = 1
    for i = 1, #weights do
      current[i] = current[i] + weights[i].weight
      if current[i] > current[best] then best = i end
    end
    current[best] = current[best] - total
    out[#out + 1] = weights[best].name
  end
  return out
end

function init(args)
  math.randomseed(os.time() * 10 + thread_number)
  schedule = interleave(os.getenv("BENCH_SOAK_MIX"))
  -- start each thread elsewhere in the cycle, so that the threads do not send the same kind together
  sent = (thread_number - 1) * math.floor(#schedule / 2)
  local dir = os.getenv("BENCH_SOAK_TOKENS")
  agent = "Bearer " .. common.lines(dir .. "/agent")[1]
  requesters = common.lines(dir .. "/requesters")
  tickets = tonumber(os.getenv("BENCH_SOAK_TICKETS"))
  patchable = tonumber(os.getenv("BENCH_SOAK_PATCHABLE"))
  patch_start = tonumber(os.getenv("BENCH_SOAK_PATCH_START"))
  thread_total = tonumber(os.getenv("BENCH_THREADS"))
  run = os.getenv("BENCH_SOAK_RUN")
  window = os.getenv("BENCH_SOAK_WINDOW")
  cancel_lag = tonumber(os.getenv("BENCH_SOAK_CANCEL_LAG") or "0")
  local carried = os.getenv("BENCH_SOAK_CANCEL_IN")
  if carried ~= nil and carried ~= "" then
    local line_number = 0
    for line in io.lines(carried) do
      line_number = line_number + 1
      if line:match("^%S+ %S+ %d+$") and (line_number - 1) % thread_total == thread_number - 1 then
        tail = tail + 1
        cancelable[tail] = line
      end
    end
  end
  versions = {}
  for line in io.lines(os.getenv("BENCH_SOAK_VERSIONS")) do
    local k, version = line:match("^(%d+)%s+(%d+)$")
    versions[tonumber(k)] = tonumber(version)
  end
end

local create_body = [[{"type":"INCIDENT","subject":"Printer on floor 3 jams","description":"Every page since 9:00",]]
  .. [["category":"HARDWARE","impact":"HIGH","urgency":"MEDIUM","affectedUsers":3,]]
  .. [["affectedSystems":["PRN-3F-01"],"errorMessages":["E-204 paper jam"],]]
  .. [["stepsTried":[{"step":"Restarted the printer","effect":"Jams again after two pages"}],]]
  .. [["environment":{"os":"Windows 11","driver":"5.2.1"},"contact":{"phone":"+47 22 00 00 00"}}]]

local words = { "printer", "vpn drops", "slow after update", "password reset", "partners bounce" }

local operation = {}

function operation.create()
  creates = creates + 1
  return wrk.format("POST", "/api/v1/tickets", {
    ["Authorization"] = "Bearer " .. requesters[1 + (creates * thread_total + thread_number) % #requesters],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("soak-%s-%s-%d-c%d", run, window, thread_number, creates),
  }, create_body)
end

-- A requester withdraws the oldest ticket this thread saw recorded (FIFO), with the ETag of its 201;
-- with too few to hand, a get instead.
function operation.cancel()
  if tail - head + 1 <= cancel_lag then return operation.get(), "get" end
  local id, etag, requester = cancelable[head]:match("^(%S+) (%S+) (%d+)$")
  cancelable[head] = nil
  head = head + 1
  return wrk.format("POST", "/api/v1/tickets/" .. id .. "/transitions", {
    ["Authorization"] = "Bearer " .. requesters[tonumber(requester)],
    ["Content-Type"] = "application/json",
    ["If-Match"] = etag,
  }, '{"to":"CANCELLED","cancelReason":"Soak: no longer needed"}')
end

function operation.get()
  return wrk.format("GET", "/api/v1/tickets/" .. common.ticket_id(math.random(1, tickets)),
    { ["Authorization"] = agent })
end

function operation.list()
  return wrk.format("GET", "/api/v1/tickets", { ["Authorization"] = agent })
end

-- A third of the searches a word of the subjects (many matches, the first page of them), a third a
-- ticket's own words (one match), a third a number fragment (a few dozen).
function operation.search()
  searches = searches + 1
  local kind, q = searches % 3
  if kind == 0 then
    q = words[math.random(1, #words)]
  elseif kind == 1 then
    q = "ticket number " .. math.random(1, tickets) .. "."
  else
    q = tostring(math.random(1000, 9999))
  end
  return wrk.format("GET", "/api/v1/tickets?q=" .. encode(q), { ["Authorization"] = agent })
end

function operation.patch()
  local k = (patch_start + patches * thread_total + thread_number - 1) % patchable
  patches = patches + 1
  local version = versions[k]
  if version == nil then error("no version for patchable ticket " .. k) end
  version = version + (patched[k] or 0)
  patched[k] = (patched[k] or 0) + 1
  return wrk.format("PATCH", "/api/v1/tickets/" .. common.ticket_id(10 * k + 8), {
    ["Authorization"] = agent,
    ["Content-Type"] = "application/merge-patch+json",
    ["If-Match"] = '"' .. version .. '"',
  }, string.format('{"description":"Every page since 9:00; now it smokes too (soak %s %s, %d.%d)"}',
    run, window, thread_number, patches))
end

function operation.comment()
  comments = comments + 1
  local n = 10 * math.random(0, math.floor(tickets / 10) - 1) + 9
  return wrk.format("POST", "/api/v1/tickets/" .. common.ticket_id(n) .. "/comments", {
    ["Authorization"] = agent,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("soak-%s-%s-%d-r%d", run, window, thread_number, comments),
  }, string.format('{"body":"Looked into it from the desk (soak %s %s, %d.%d).","visibility":"PUBLIC"}',
    run, window, thread_number, comments))
end

function request()
  sent = sent + 1
  local name = schedule[(sent - 1) % #schedule + 1]
  local request, sent_as = operation[name]()
  name = sent_as or name
  operations[name] = (operations[name] or 0) + 1
  return request
end

local function header(headers, wanted)
  for name, value in pairs(headers) do
    if name:lower() == wanted then return value end
  end
end

-- A 201 for a ticket (not a reply): its Location ends in the ticket's id, its body is the ticket.
local function recorded(headers, body)
  local location, etag = header(headers, "location"), header(headers, "etag")
  local id = location and location:match("/api/v1/tickets/([%x%-]+)$")
  local requester = body and body:match('"requesterId"%s*:%s*"00000000%-0000%-7000%-9000%-(%x+)"')
  if id == nil or etag == nil or requester == nil or etag:find("%s") then return end
  requester = tonumber(requester, 16)
  if requester < 1 or requester > #requesters then return end
  tail = tail + 1
  cancelable[tail] = id .. " " .. etag .. " " .. requester
end

-- Every answer that is not a 2xx is counted by status; the first few of each thread are written to
-- stderr (the problem's instance names the request).
function response(status, headers, body)
  if status == 201 then recorded(headers, body) end
  if status < 200 or status > 299 then
    failures[status] = (failures[status] or 0) + 1
    if logged < 5 then
      logged = logged + 1
      io.stderr:write(string.format("%s %d %s\n", window, status, (body or ""):sub(1, 400):gsub("\n", " ")))
    end
  end
end

-- Main state ------------------------------------------------------------------------------------
-- RESULT requests/s p50 p99 max (ms) non-2xx socket-errors patch-stride statuses operations
-- patch-stride is the most patches one thread sent times the threads: where the next window starts.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local most, non2xx, statuses, sent_by = 0, 0, {}, {}
  local left = io.open(os.getenv("BENCH_SOAK_CANCEL_OUT"), "w")
  for _, thread in ipairs(threads) do
    most = math.max(most, thread:get("patches"))
    -- the FIFO's table has holes before its head: pairs, then in order
    local fifo, keys = thread:get("cancelable"), {}
    for key in pairs(fifo) do keys[#keys + 1] = key end
    table.sort(keys)
    for _, key in ipairs(keys) do left:write(fifo[key], "\n") end
    for status, count in pairs(thread:get("failures")) do
      statuses[status] = (statuses[status] or 0) + count
      non2xx = non2xx + count
    end
    for name, count in pairs(thread:get("operations")) do
      sent_by[name] = (sent_by[name] or 0) + count
    end
  end
  left:close()
  local function list(t)
    local keys, out = {}, {}
    for key in pairs(t) do keys[#keys + 1] = key end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    for _, key in ipairs(keys) do out[#out + 1] = key .. ":" .. t[key] end
    return #out == 0 and "-" or table.concat(out, ",")
  end
  io.write(string.format("RESULT %.0f %.2f %.2f %.2f %d %d %d %s %s\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, non2xx, errors,
    most * #threads, list(statuses), list(sent_by)))
end
