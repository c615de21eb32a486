-- wrk script for bench/run.sh: strict success counting and one machine-readable line.
--
-- wrk itself counts every 2xx and 3xx response as a success, so an expired session
-- that redirects to /login would look like a very fast page. Here every response whose
-- status is not 200 counts as an error. Each wrk thread has its own Lua state, so the
-- counters live in the threads; setup() keeps a handle on every thread and done() adds
-- their counters up.
--
-- done() prints one line that run.sh parses:
--
--   BENCH rps=<requests/s> p50_ms=<ms> p99_ms=<ms> errors=<n> requests=<n> non200=<n> socket=<n> statuses=<list>
--
--   rps       summary.requests / (summary.duration in seconds), all responses
--   p50/p99   latency percentiles of the completed requests (wrk gives microseconds)
--   errors    non200 + socket
--   non200    responses whose status was not 200
--   socket    connect, read, write and timeout errors as wrk counts them
--   statuses  the non-200 statuses seen, e.g. "302x120,500x3" ("-" when none)
--
-- Usage: wrk -t2 -c16 -d20s --latency -s bench/report.lua -H "Cookie: SESSION=..." URL

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non200 = 0
   statuses = {}
end

function response(status, headers, body)
   if status ~= 200 then
      non200 = non200 + 1
      statuses[status] = (statuses[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   local seen = {}
   for _, thread in ipairs(threads) do
      bad = bad + (thread:get("non200") or 0)
      local counts = thread:get("statuses") or {}
      for status, n in pairs(counts) do
         seen[status] = (seen[status] or 0) + n
      end
   end

   local codes = {}
   for status, _ in pairs(seen) do
      table.insert(codes, status)
   end
   table.sort(codes)
   local list = {}
   for _, status in ipairs(codes) do
      table.insert(list, string.format("%dx%d", status, seen[status]))
   end

   local e = summary.errors
   local socket = e.connect + e.read + e.write + e.timeout
   local seconds = summary.duration / 1e6
   local rps = 0
   if seconds > 0 then
      rps = summary.requests / seconds
   end

   io.write(string.format(
      "BENCH rps=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d requests=%d non200=%d socket=%d statuses=%s\n",
      rps,
      latency:percentile(50) / 1000,
      latency:percentile(99) / 1000,
      bad + socket,
      summary.requests,
      bad,
      socket,
      (#list > 0) and table.concat(list, ",") or "-"))
end
