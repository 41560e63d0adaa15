-- wrk script of the mixed load (LoadDriver): contract registrations on contract-registry-service, one issued permit
-- per registration; thread i (of n) takes the permits i, i + n, i + 2n, ... and stops when it has none left or at the
-- deadline. Paced at "rate" registrations per second per thread (0: back to back, the registration burst). An answer
-- 422 permit-unknown (contract-registry has not read the permit's event yet) is asked again 20 ms later, with a new
-- Idempotency-Key.
--
-- wrk -t <threads> -c <threads> -d <cap> -s contracts.lua <contract-registry url> -- <settings file>
--
-- Settings (records.lua): run (Idempotency-Key prefix), records, name, label, deadline_us, rate, threads, and one
-- "permit<TAB>employer token<TAB>request body" line per permit.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "records.lua")

local run, label, deadline, pacer
local mine = {}
local index, keys, next_delay, registered = 1, 0, 0, 0

function init(args)
   local s = settings(args[1])
   run = s.run[1]
   label = s.label[1]
   deadline = tonumber(s.deadline_us[1])
   local rate = tonumber(s.rate[1])
   pacer = new_pacer(rate)
   local threads = tonumber(s.threads[1])
   for i, permit in ipairs(s.permit or {}) do
      if (i - 1) % threads == thread_index then
         local token, body = permit:match("^([^\t]+)\t(.*)$")
         table.insert(mine, { token = "Bearer " .. token, body = body })
      end
   end
   open_records(s.records[1], s.name[1])
end

function delay()
   if next_delay > 0 then
      local ms = next_delay
      next_delay = 0
      return ms
   end
   return pace(pacer)
end

function request()
   request_started()
   keys = keys + 1
   local permit = mine[index] or mine[#mine] or { token = "", body = "{}" }
   return wrk.format("POST", "/api/v1/contracts", {
      ["Authorization"] = permit.token,
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
      ["X-Client-Id"] = "load-driver",
      ["Idempotency-Key"] = request_id(run, keys),
   }, permit.body)
end

function response(status, headers, body)
   if finished() then
      return
   end
   if status == 422 and body:find("/permit%-unknown") then
      record(label, status, "retry")
      next_delay = 20
   else
      record(label, status, status == 201 and "ok" or "fail")
      if status == 201 then
         registered = registered + 1
      else
         event("failure", "register", status, sample(body))
      end
      index = index + 1
   end
   if index > #mine or wall_us() >= deadline then
      finish(registered)
   end
end
