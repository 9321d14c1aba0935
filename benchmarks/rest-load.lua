-- wrk report for benchmarks/rest-load.sh: the percentiles docs/benchmarks.md quotes, and every kind of error.
done = function(summary, latency, requests)
  io.write(string.format(
    "summary: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  %d requests (%.0f/s)  errors: connect %d read %d write %d timeout %d non-2xx %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
