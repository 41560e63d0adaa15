-- wrk script of the mixed load (LoadDriver): employer journeys on permit-service, one employer per wrk thread and
-- one connection per thread, so that requests and responses alternate and the thread's Lua state is the journey:
--   POST application -> GET pending document checks until it is listed -> POST the MFA's answer -> POST review ->
--   POST approval -> GET the application until the quota saga answered (REFUSED, or awaiting its fee; with
--   "Prefer: wait=<saga_wait>" the service holds the answer until then, else asked every poll_ms) -> POST fee
--   (issued) -> GET the permit's public status (only as often as the public rate limit lets one client).
--
-- wrk -t <employers> -c <employers> -d <cap> -s journeys.lua <permit-service url> -- <settings file>
--
-- Settings (records.lua): run (Idempotency-Key prefix), records (directory), name (record file prefix),
-- deadline_us (no journey starts after it; the thread stops at the end of its journey), poll_ms, saga_wait
-- (optional: seconds of Prefer: wait on the saga's answer; absent or 0 polls every poll_ms), status_window_us,
-- status_per_window and status_stride (the public status reads: the public rate limit counts requests per client
-- address in fixed windows, a minute long; a thread reads at most status_per_window times in a window, only in
-- windows w with (w + thread) mod status_stride = 0, and never in the window its process started in, which an
-- earlier phase may have used), mfa, officer, gateway (tokens), employer (token, once per
-- thread), vacancy (id, once per thread), permits (the employer's permits so far, once per thread), application (the
-- request body, with VACANCY, PASSPORT, FOREIGNERS and TOTAL to fill in), total_base (employees besides the
-- foreigners), journeys (optional: most journeys per thread).
-- Events: "#permit" number, passport, validFrom, validTo, employer (thread), issued at (µs since the epoch);
-- "#refused"; "#failure" step, status, body; "#end" requests sent, the employer's permits.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "records.lua")

local s, run, deadline, poll_ms, saga_wait, status_window, status_per_window, status_stride, first_window
local employer, vacancy, mfa, officer, gateway, application, total_base
local permits, step, app_id, check_id, fee, passport, permit_number
local keys, journeys_started, next_delay = 0, 0, 0
local window, reads_in_window = -1, 0
local most_journeys = math.huge

-- The next journey, or the end of the thread after the deadline (never before its first journey: a thread stopped
-- before wrk's event loop runs would not stop).
local function start_journey()
   if journeys_started > 0 and (wall_us() >= deadline or journeys_started >= most_journeys) then
      finish(permits)
      return
   end
   journeys_started = journeys_started + 1
   passport = string.format("L%08d", math.random(10000000, 99999999))
   app_id, check_id, fee, permit_number = nil, nil, nil, nil
   step = "submit"
end

function init(args)
   s = settings(args[1])
   run = s.run[1]
   deadline = tonumber(s.deadline_us[1])
   poll_ms = tonumber(s.poll_ms[1])
   saga_wait = s.saga_wait and tonumber(s.saga_wait[1]) or 0
   status_window = tonumber(s.status_window_us[1])
   status_per_window = tonumber(s.status_per_window[1])
   status_stride = tonumber(s.status_stride[1])
   first_window = math.floor(wall_us() / status_window)
   if s.journeys then
      most_journeys = tonumber(s.journeys[1])
   end
   employer = "Bearer " .. s.employer[thread_index + 1]
   vacancy = s.vacancy[thread_index + 1]
   permits = tonumber(s.permits[thread_index + 1])
   mfa = "Bearer " .. s.mfa[1]
   officer = "Bearer " .. s.officer[1]
   gateway = "Bearer " .. s.gateway[1]
   application = s.application[1]
   total_base = tonumber(s.total_base[1])
   math.randomseed(wall_us() + thread_index)
   open_records(s.records[1], s.name[1])
   start_journey()
end

local function post(path, token, body)
   keys = keys + 1
   local headers = {
      ["Authorization"] = token,
      ["Idempotency-Key"] = request_id(run, keys),
      ["Accept"] = "application/json",
      ["X-Client-Id"] = "load-driver",
   }
   if body then
      headers["Content-Type"] = "application/json"
   end
   return wrk.format("POST", path, headers, body or "")
end

local function get(path, token, prefer)
   local headers = { ["Accept"] = "application/json", ["X-Client-Id"] = "load-driver" }
   if token then
      headers["Authorization"] = token
   end
   if prefer then
      headers["Prefer"] = prefer
   end
   return wrk.format("GET", path, headers)
end

local function iso_now()
   local micros = wall_us()
   return os.date("!%Y-%m-%dT%H:%M:%S", math.floor(micros / 1000000)) .. string.format(".%03dZ",
      math.floor(micros / 1000) % 1000)
end

function request()
   local started = request_started()
   local app = "/api/v1/permit-applications/" .. (app_id or "")
   if step == "submit" then
      local body = application:gsub("PASSPORT", passport):gsub("FOREIGNERS", tostring(permits))
         :gsub("TOTAL", tostring(total_base + permits)):gsub("VACANCY", vacancy)
      return post("/api/v1/permit-applications", employer, body)
   elseif step == "find-check" then
      return get("/api/v1/document-verifications?status=PENDING&limit=200", mfa)
   elseif step == "answer" then
      return post("/api/v1/document-verifications/" .. check_id .. "/answer", mfa, '{"answer": "CONFIRMED"}')
   elseif step == "review" then
      return post(app .. "/review", officer, nil)
   elseif step == "approve" then
      return post(app .. "/decision", officer, '{"decision": "APPROVE"}')
   elseif step == "saga" then
      return get(app, employer, saga_wait > 0 and ("wait=" .. saga_wait) or nil)
   elseif step == "fee" then
      return post(app .. "/fee-payment", gateway, string.format(
         '{"paymentReference": "LOAD-%s", "amount": %s, "paidAt": "%s"}', app_id, fee, iso_now()))
   else -- "status": counted in the window it starts in, as the rate limit counts it
      local started_window = math.floor(started / status_window)
      if started_window ~= window then
         window, reads_in_window = started_window, 0
      end
      reads_in_window = reads_in_window + 1
      return get("/api/v1/public/permits/" .. permit_number .. "/status?document=" .. passport, nil)
   end
end

function delay()
   local ms = next_delay
   next_delay = 0
   return ms
end

local LABELS = {
   ["submit"] = "POST /permit-applications",
   ["find-check"] = "GET /document-verifications",
   ["answer"] = "POST /document-verifications/{id}/answer",
   ["review"] = "POST /permit-applications/{id}/review",
   ["approve"] = "POST /permit-applications/{id}/decision",
   ["saga"] = "GET /permit-applications/{id}",
   ["fee"] = "POST /permit-applications/{id}/fee-payment",
   ["status"] = "GET /public/permits/{number}/status",
}

local function failed(status, body)
   record(LABELS[step], status, "fail")
   event("failure", step, status, sample(body))
   start_journey()
end

-- After the fee: the public status read when this thread's share of the public rate limit allows one, else the
-- next journey.
local function after_issue()
   local now_window = math.floor(wall_us() / status_window)
   if now_window ~= window then
      window, reads_in_window = now_window, 0
   end
   if window > first_window and (window + thread_index) % status_stride == 0
         and reads_in_window < status_per_window then
      step = "status"
   else
      start_journey()
   end
end

function response(status, headers, body)
   if finished() then
      return
   end
   local label = LABELS[step]
   if step == "submit" then
      if status ~= 201 then return failed(status, body) end
      record(label, status, "ok")
      app_id = body:match('"id"%s*:%s*"([^"]+)"')
      step = "find-check"
   elseif step == "find-check" then
      if status ~= 200 then return failed(status, body) end
      check_id = body:match('"id":"([^"]+)","applicationId":"' .. app_id:gsub("%-", "%%-") .. '"')
      if check_id then
         record(label, status, "ok")
         step = "answer"
      else
         record(label, status, "retry")
         next_delay = poll_ms
      end
   elseif step == "answer" or step == "review" then
      if status ~= 200 then return failed(status, body) end
      record(label, status, "ok")
      step = step == "answer" and "review" or "approve"
   elseif step == "approve" then
      if status ~= 200 then return failed(status, body) end
      record(label, status, "ok")
      step = "saga"
      if saga_wait == 0 then
         next_delay = poll_ms
      end
   elseif step == "saga" then
      if status ~= 200 then return failed(status, body) end
      local state = body:match('"status"%s*:%s*"([%u_]+)"')
      if state == "APPROVED" then
         -- Not answered yet: asked again at once after a wait that ran out, else after poll_ms.
         record(label, status, "retry")
         if saga_wait == 0 then
            next_delay = poll_ms
         end
      elseif state == "REFUSED" then
         record(label, status, "ok")
         event("refused", app_id)
         start_journey()
      else
         record(label, status, "ok")
         -- Awaiting its fee, the permit already counts among the employer's foreign workers.
         permits = permits + 1
         fee = body:match('"fee"%s*:%s*(%b{})')
         step = "fee"
      end
   elseif step == "fee" then
      if status ~= 200 then return failed(status, body) end
      record(label, status, "ok")
      permit_number = body:match('"permitNumber"%s*:%s*"([^"]+)"')
      event("permit", permit_number, passport, body:match('"validFrom"%s*:%s*"([^"]+)"'),
         body:match('"validTo"%s*:%s*"([^"]+)"'), thread_index, wall_us())
      after_issue()
   else -- "status"
      if status ~= 200 then return failed(status, body) end
      record(label, status, "ok")
      start_journey()
   end
end
