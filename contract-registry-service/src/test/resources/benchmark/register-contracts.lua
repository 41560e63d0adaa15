-- wrk script of ContractRegistrationBenchmarkTest: POST /api/v1/contracts, one fresh seeded permit and one unique
-- Idempotency-Key per request.
--
-- wrk -t <threads> -c <connections> -d <seconds>s -s register-contracts.lua <service url> -- <settings file> <threads>
--
-- The settings file, written by the test, holds one value per line: the path, the request body on one line with
-- "%s" for the worker's passport and then the permit number (in that order), an id unique to the phase (prefix of
-- the Idempotency-Keys), the first permit of the phase, and then one bearer token per employer. Permit p belongs to
-- employer p mod (number of tokens), as the test seeds them. wrk thread i (of n) takes the permits
-- first + i, first + i + n, first + i + 2n, ...: the threads' permits are disjoint, and the connections of a thread
-- share its Lua state, so each request has a permit of its own.
--
-- The last thread's init() prints "wrk-threads-ready", and done() first prints "wrk-load-ended" and waits for a line
-- on its standard input: the test reads wrk's CPU time at both, so that it counts wrk's load and not its start
-- (LuaJIT states, this script) nor the quantiles done() computes. done() then prints one "wrk-result" line
-- (requests, non-2xx responses counted in response(), socket errors, latency p50/p95/p99/max from wrk's own
-- histogram, in microseconds), one "wrk-quantiles" line (wrk's latency at 1, 2, ..., 99, 99.1, ..., 99.9 and 100
-- percent, from which the test merges rounds; each percentile walks wrk's histogram, hence not more of them) and up
-- to three "wrk-failure" lines per thread.

local threads = {}

function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

local function lines(file)
   local values = {}
   for line in io.lines(file) do
      table.insert(values, line)
   end
   return values
end

function init(args)
   local settings = lines(args[1])
   path = settings[1]
   body_format = settings[2]
   phase_id = settings[3]
   local first = tonumber(settings[4])
   tokens = {}
   for i = 5, #settings do
      table.insert(tokens, "Bearer " .. settings[i])
   end
   stride = tonumber(args[2])
   next_permit = first + thread_index
   sent = 0
   failures = 0
   failure_samples = ""
   if thread_index == stride - 1 then
      io.write("wrk-threads-ready\n")
      io.flush()
   end
end

function request()
   local permit = next_permit
   next_permit = next_permit + stride
   sent = sent + 1
   local headers = {
      ["Content-Type"] = "application/json",
      ["Authorization"] = tokens[permit % #tokens + 1],
      ["Idempotency-Key"] = phase_id .. "-" .. thread_index .. "-" .. sent,
   }
   local body = string.format(body_format, string.format("BM%08d", permit), string.format("WP-2099-%06d", permit))
   return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      failures = failures + 1
      if failures <= 3 then
         failure_samples = failure_samples .. "wrk-failure " .. status .. " " .. string.gsub(body, "%s+", " ") .. "\n"
      end
   end
end

function done(summary, latency, requests)
   io.write("wrk-load-ended\n")
   io.flush()
   io.read("*l")
   local non2xx = 0
   local most_sent = 0
   for _, thread in ipairs(threads) do
      non2xx = non2xx + thread:get("failures")
      most_sent = math.max(most_sent, thread:get("sent"))
      io.write(thread:get("failure_samples"))
   end
   local errors = summary.errors
   io.write(string.format("wrk-result requests=%d duration_us=%d non2xx=%d connect_errors=%d read_errors=%d "
         .. "write_errors=%d timeouts=%d requests_per_s=%.2f p50_us=%d p95_us=%d p99_us=%d max_us=%d "
         .. "most_sent_by_a_thread=%d\n",
      summary.requests, summary.duration, non2xx, errors.connect, errors.read, errors.write, errors.timeout,
      summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max, most_sent))
   local quantiles = {}
   if summary.requests > 0 then
      for i = 1, 99 do
         table.insert(quantiles, string.format("%d", latency:percentile(i)))
      end
      for i = 1, 9 do
         table.insert(quantiles, string.format("%d", latency:percentile(99 + i / 10)))
      end
      table.insert(quantiles, string.format("%d", latency.max))
   end
   io.write("wrk-quantiles " .. table.concat(quantiles, " ") .. "\n")
end
