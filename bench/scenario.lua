-- wrk script for the Commonplace load benchmark (driven by org.commonplace.bench.LoadBenchmark).
-- Environment:
--   BENCH_MODE   get | put | post
--   BENCH_LIST   file with one item per line:
--                get:  a path to GET
--                put:  space TAB slug TAB revision TAB title (JSON-escaped) TAB markdown (JSON-escaped)
--                post: a thread id to reply to
--   BENCH_HEADER optional "Name: value" header sent with every request (Cookie or Authorization)
--   BENCH_SESSIONS optional file of session ids, one per line: "get" requests take them in turn as their
--                JSESSIONID cookie (many signed-in readers, not one reader with 64 tabs)
--   BENCH_NONCE  makes written text and idempotency keys unique per run
--   BENCH_THREADS number of wrk threads (partitions the page list between threads for "put")
--   BENCH_STATE  "put": file of "space/slug TAB revision" lines, read at the start and rewritten at the end, so
--                that the next run starts from the revisions this run wrote

local threads = {}
local nextId = 0

function setup(thread)
  thread:set("tid", nextId)
  nextId = nextId + 1
  table.insert(threads, thread)
end

local mode, items, header, nonce, nthreads
-- Global, not local: done() reads it from each thread with thread:get.
revisions = {}
local counter = 0

function init(args)
  mode = os.getenv("BENCH_MODE") or "get"
  nonce = os.getenv("BENCH_NONCE") or "0"
  nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  items = {}
  revisions = {}
  for line in io.lines(os.getenv("BENCH_LIST")) do
    if line ~= "" then
      if mode == "put" then
        local space, slug, rev, title, md = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
        table.insert(items, {space = space, slug = slug, title = title, md = md})
        revisions[space .. "/" .. slug] = tonumber(rev)
      else
        table.insert(items, line)
      end
    end
  end
  local state = os.getenv("BENCH_STATE")
  if mode == "put" and state then
    local f = io.open(state, "r")
    if f then
      for key, rev in f:read("*a"):gmatch("([^\t\n]+)\t(%d+)") do
        revisions[key] = tonumber(rev)
      end
      f:close()
    end
  end
  sessions = {}
  local sessionFile = os.getenv("BENCH_SESSIONS")
  if sessionFile and sessionFile ~= "" then
    for line in io.lines(sessionFile) do
      if line ~= "" then
        table.insert(sessions, line)
      end
    end
  end
  wrk.headers["Accept"] = "text/html,application/json;q=0.9,*/*;q=0.8"
  local h = os.getenv("BENCH_HEADER")
  if h and h ~= "" then
    local name, value = h:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
  end
end

-- wrk.format replaces wrk.headers by the table it is given, so the common headers are copied in.
local function with(extra)
  local h = {}
  for name, value in pairs(wrk.headers) do
    h[name] = value
  end
  for name, value in pairs(extra) do
    h[name] = value
  end
  return h
end

function request()
  counter = counter + 1
  if mode == "get" then
    local path = items[(counter * nthreads + tid) % #items + 1]
    if #sessions > 0 then
      return wrk.format("GET", path, with({Cookie = "JSESSIONID=" .. sessions[(counter * nthreads + tid) % #sessions + 1]}))
    end
    return wrk.format("GET", path)
  elseif mode == "put" then
    -- Each wrk thread owns every nthreads-th page and cycles through them, so a page is written again only
    -- long after its previous save answered: the base revision sent is the page's current one.
    local p = items[(counter * nthreads + tid) % #items + 1]
    local body = '{"title":"' .. p.title .. '","markdown":"' .. p.md .. '\\n\\nBenchmark edit ' .. nonce .. '-' .. tid .. '-' .. counter ..
        '.","summary":"benchmark edit","minor":true,"baseRevision":' .. revisions[p.space .. "/" .. p.slug] .. '}'
    return wrk.format("PUT", "/api/v1/spaces/" .. p.space .. "/pages/" .. p.slug,
        with({["Content-Type"] = "application/json"}), body)
  else
    local thread = items[(counter * nthreads + tid) % #items + 1]
    local body = '{"markdown":"Benchmark reply ' .. nonce .. '-' .. tid .. '-' .. counter .. ': thanks, that helped.","parentId":null}'
    return wrk.format("POST", "/api/v1/threads/" .. thread .. "/posts",
        with({["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. nonce .. "-" .. tid .. "-" .. counter}), body)
  end
end

-- Only the write scenarios look at responses: a response() function makes wrk read every body, which would slow
-- the load generator down for the page views.
statuses = {}
if os.getenv("BENCH_MODE") ~= "get" then
  function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if mode == "put" and status == 200 and body then
      local space = body:match('"space"%s*:%s*"([^"]*)"')
      local slug = body:match('"slug"%s*:%s*"([^"]*)"')
      local rev = body:match('"revision"%s*:%s*(%d+)')
      if space and slug and rev then
        revisions[space .. "/" .. slug] = tonumber(rev)
      end
    end
  end
end

function done(summary, latency, requests)
  local state = os.getenv("BENCH_STATE")
  if os.getenv("BENCH_MODE") == "put" and state then
    local merged = {}
    for _, t in ipairs(threads) do
      local revs = t:get("revisions")
      if revs then
        for key, rev in pairs(revs) do
          if not merged[key] or merged[key] < rev then
            merged[key] = rev
          end
        end
      end
    end
    local f = io.open(state, "w")
    for key, rev in pairs(merged) do
      f:write(key .. "\t" .. rev .. "\n")
    end
    f:close()
  end
  local counted = {}
  for _, t in ipairs(threads) do
    local st = t:get("statuses")
    if st then
      for code, n in pairs(st) do
        counted[code] = (counted[code] or 0) + n
      end
    end
  end
  local parts = {}
  for code, n in pairs(counted) do
    table.insert(parts, '"' .. code .. '":' .. n)
  end
  local e = summary.errors
  io.write(string.format('BENCH_JSON {"requests":%d,"durationMicros":%d,"bytes":%d,"statusErrors":%d,"connectErrors":%d,' ..
      '"readErrors":%d,"writeErrors":%d,"timeouts":%d,"p50":%d,"p95":%d,"p99":%d,"mean":%.1f,"max":%d,"statuses":{%s}}\n',
      summary.requests, summary.duration, summary.bytes, e.status, e.connect, e.read, e.write, e.timeout,
      latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean, latency.max, table.concat(parts, ",")))
end
