-- wrk script for the Commonplace load benchmark (driven by org.commonplace.bench.LoadBenchmark).
-- Environment:
--   BENCH_MODE   get | put | post
--   BENCH_LIST   file with one item per line:
--                get:  a path to GET
--                put:  space TAB slug TAB revision TAB title (JSON-escaped) TAB markdown (JSON-escaped)
--                post: a thread id to reply to
--   BENCH_HEADER optional "Name: value" header sent with every request (Cookie or Authorization)
--   BENCH_NONCE  makes written text and idempotency keys unique per run
--   BENCH_THREADS number of wrk threads (partitions the page list between threads for "put")

local threads = {}
local nextId = 0

function setup(thread)
  thread:set("tid", nextId)
  nextId = nextId + 1
  table.insert(threads, thread)
end

local mode, items, revisions, header, nonce, nthreads
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
  wrk.headers["Accept"] = "text/html,application/json;q=0.9,*/*;q=0.8"
  local h = os.getenv("BENCH_HEADER")
  if h and h ~= "" then
    local name, value = h:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
  end
end

function request()
  counter = counter + 1
  if mode == "get" then
    return wrk.format("GET", items[(counter * nthreads + tid) % #items + 1])
  elseif mode == "put" then
    -- Each wrk thread owns every nthreads-th page and cycles through them, so a page is written again only
    -- long after its previous save answered: the base revision sent is the page's current one.
    local p = items[(counter * nthreads + tid) % #items + 1]
    local body = '{"title":"' .. p.title .. '","markdown":"' .. p.md .. '\\n\\nBenchmark edit ' .. nonce .. '-' .. tid .. '-' .. counter ..
        '.","summary":"benchmark edit","minor":true,"baseRevision":' .. revisions[p.space .. "/" .. p.slug] .. '}'
    return wrk.format("PUT", "/api/v1/spaces/" .. p.space .. "/pages/" .. p.slug,
        {["Content-Type"] = "application/json"}, body)
  else
    local thread = items[(counter * nthreads + tid) % #items + 1]
    local body = '{"markdown":"Benchmark reply ' .. nonce .. '-' .. tid .. '-' .. counter .. ': thanks, that helped.","parentId":null}'
    return wrk.format("POST", "/api/v1/threads/" .. thread .. "/posts",
        {["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. nonce .. "-" .. tid .. "-" .. counter}, body)
  end
end

function response(status, headers, body)
  if mode == "put" and status == 200 and body then
    local space = body:match('"space"%s*:%s*"([^"]*)"')
    local slug = body:match('"slug"%s*:%s*"([^"]*)"')
    local rev = body:match('"revision"%s*:%s*(%d+)')
    if space and slug and rev then
      revisions[space .. "/" .. slug] = tonumber(rev)
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH_JSON {"requests":%d,"durationMicros":%d,"bytes":%d,"statusErrors":%d,"connectErrors":%d,' ..
      '"readErrors":%d,"writeErrors":%d,"timeouts":%d,"p50":%d,"p95":%d,"p99":%d,"mean":%.1f,"max":%d}\n',
      summary.requests, summary.duration, summary.bytes, e.status, e.connect, e.read, e.write, e.timeout,
      latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean, latency.max))
end
