-- Shared by the mixed-load wrk scripts (loaded with dofile from the script's own directory).
--
-- Settings: a file of "key<TAB>value" lines, a key may repeat (settings(path) returns key -> list of values).
-- Records: each wrk thread writes one file, <dir>/<name>-<thread>.tsv, one line per request:
--   label <TAB> start (µs since the epoch) <TAB> latency (µs) <TAB> HTTP status <TAB> outcome [<TAB> value]
-- outcome: "ok" (the answer the step expects), "retry" (an expected wait: the step is asked again) or "fail".
-- Lines that start with "#" are events of the journey (issued permits, refusals, failures) and the thread's "#end".
-- The file is flushed every second, so that the driver can count lines for its progress line.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } load_timespec;
int clock_gettime(int clock, load_timespec *time);
]]
local timespec = ffi.new("load_timespec")
local CLOCK_REALTIME = 0
local CLOCK_MONOTONIC = 1

-- Microseconds since the epoch (the driver's clock, to line records up with its own readings).
function wall_us()
   ffi.C.clock_gettime(CLOCK_REALTIME, timespec)
   return tonumber(timespec.tv_sec) * 1000000 + math.floor(tonumber(timespec.tv_nsec) / 1000)
end

-- Microseconds of a clock that never steps, for latencies.
function mono_us()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
   return tonumber(timespec.tv_sec) * 1000000 + math.floor(tonumber(timespec.tv_nsec) / 1000)
end

-- Paced sending: the next request waits for its slot (start + n * interval), so the rate holds without drifting.
-- A pacer at `rate` requests per second (0: back to back); pace(p) is the milliseconds to wait, for delay().
function new_pacer(rate)
   return { interval_us = rate > 0 and math.floor(1000000 / rate) or 0, next_send = 0 }
end

function pace(p)
   if p.interval_us == 0 then
      return 0
   end
   local now = wall_us()
   if p.next_send == 0 then
      p.next_send = now
   end
   p.next_send = p.next_send + p.interval_us
   return math.max(0, math.floor((p.next_send - p.interval_us - now) / 1000))
end

function settings(path)
   local values = {}
   for line in io.lines(path) do
      local key, value = line:match("^([^\t]+)\t(.*)$")
      if key then
         values[key] = values[key] or {}
         table.insert(values[key], value)
      end
   end
   return values
end

local threads = {}

-- wrk's setup(): numbers the threads 0, 1, ...; each thread's init() finds its number in "thread_index".
-- LOAD_INSTANCES ("host:port,host:port"): the service's instances; thread i talks to instance i mod n.
local instances = {}
for host, port in (os.getenv("LOAD_INSTANCES") or ""):gmatch("([^,:]+):(%d+)") do
   table.insert(instances, { host = host, port = port })
end

function setup(thread)
   if #instances > 1 then
      local instance = instances[#threads % #instances + 1]
      thread.addr = wrk.lookup(instance.host, instance.port)[1]
   end
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

local out
local last_flush = 0
local started_wall, started_mono, sent = 0, 0, 0
local stopped = false

function open_records(dir, name)
   out = assert(io.open(string.format("%s/%s-%d.tsv", dir, name, thread_index), "w"))
   out:setvbuf("full")
end

-- Call in request(): the request's start, returned (µs since the epoch) as its record will have it.
function request_started()
   started_wall = wall_us()
   started_mono = mono_us()
   sent = sent + 1
   return started_wall
end

-- Call in response(): one record of the request that request_started() began. Times as integers ("%.0f": a
-- plain tostring() would write microseconds since the epoch in exponent form).
function record(label, status, outcome, value)
   local now = mono_us()
   out:write(string.format("%s\t%.0f\t%.0f\t%d\t%s", label, started_wall, now - started_mono, status, outcome))
   if value then
      out:write("\t", value)
   end
   out:write("\n")
   if now - last_flush > 1000000 then
      out:flush()
      last_flush = now
   end
end

function event(...)
   local cells = {}
   for i, value in ipairs({...}) do
      cells[i] = type(value) == "number" and string.format("%.0f", value) or tostring(value)
   end
   out:write("#", table.concat(cells, "\t"), "\n")
end

-- Ends this thread's load: the "#end" line (with what the caller adds), the file closed, wrk's thread stopped.
function finish(...)
   if not stopped then
      stopped = true
      event("end", sent, ...)
      out:close()
      wrk.thread:stop()
   end
end

function finished()
   return stopped
end

-- A response body without line breaks and tabs, cut short, for a failure event.
function sample(body)
   return (body or ""):gsub("[\t\r\n]+", " "):sub(1, 300)
end

function request_id(run, n)
   return string.format("%s-%d-%d", run, thread_index, n)
end
