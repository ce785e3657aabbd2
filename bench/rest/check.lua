-- wrk script for GET /api/v1/domains/check: a different .com name on every request (names rotate
-- over 100,000 per thread), an optional think time per connection (first argument after "--", in
-- milliseconds) to run below the maximum rate, and a one-line summary that run.sh parses.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  counter = 0
  think_ms = tonumber(args[1] or "0")
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/domains/check?name=rest-" .. id .. "-" .. (counter % 100000) .. ".com")
end

function delay()
  return think_ms
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f"
      .. " non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
