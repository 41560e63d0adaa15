-- wrk script of the mixed load (LoadDriver): reads of one endpoint of one service, each thread going round the
-- targets, at most "rate" requests per second per thread (0: back to back), until the deadline.
--
-- wrk -t <threads> -c <threads> -d <cap> -s reads.lua <service url> -- <settings file>
--
-- Settings (records.lua): records (directory), name (record file prefix), label (the endpoint in the report),
-- deadline_us, rate, target ("path<TAB>token", token may be empty; once per target), capture (optional: a Lua pattern
-- whose first capture in a 200's body is recorded as the record's value, e.g. the quota balance's "used").

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "records.lua")

local label, deadline, pacer, capture
local targets = {}
local next_target = 0

function init(args)
   local s = settings(args[1])
   label = s.label[1]
   deadline = tonumber(s.deadline_us[1])
   local rate = tonumber(s.rate[1])
   pacer = new_pacer(rate)
   capture = s.capture and s.capture[1]
   for _, target in ipairs(s.target) do
      local path, token = target:match("^([^\t]+)\t?(.*)$")
      local headers = { ["Accept"] = "application/json", ["X-Client-Id"] = "load-driver" }
      if token ~= "" then
         headers["Authorization"] = "Bearer " .. token
      end
      table.insert(targets, wrk.format("GET", path, headers))
   end
   next_target = thread_index % #targets
   open_records(s.records[1], s.name[1])
end

function delay()
   return pace(pacer)
end

function request()
   request_started()
   next_target = next_target % #targets + 1
   return targets[next_target]
end

function response(status, headers, body)
   if finished() then
      return
   end
   local value = capture and status == 200 and body:match(capture) or nil
   record(label, status, status == 200 and "ok" or "fail", value)
   if wall_us() >= deadline then
      finish()
   end
end
