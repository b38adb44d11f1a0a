-- wrk script of bench/pages.sh: counts every answer that is not 200 (wrk's own error count ignores redirects, and
-- a session that expired answers 302 to the sign-in page) and prints one machine-readable line at the end.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not200 = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not200 = not200 + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not200")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d not200=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, bad,
    e.connect, e.read, e.write, e.timeout))
end
