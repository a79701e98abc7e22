#!/usr/bin/env python3
"""Load benchmark of `clausecheck serve`, over loopback only.

    scripts/bench-serve.py [--binary build/clausecheck] [--file corpus/samples/sample-subcontract.pdf]
                           [--uploads 200] [--clients 8] [--cli-runs 20] [--warmup 100]

Starts its own server on 127.0.0.1 on a free port, first sends WARMUP uploads (not timed,
not counted: enough to fill the server's result store, 100 results by default, so that
what is measured is the steady state, not the store filling up), then sends UPLOADS
pre-check uploads of
FILE from CLIENTS concurrent clients (each a POST /check answered by a 303), and reports:
throughput, p50/p95/max latency, every status seen (anything but 303, or the documented
503 busy refusal, counts as lost), and the server's resident memory (VmRSS, sampled
every 50 ms; peak over the run, and after the first and the last quarter of the uploads,
to show whether memory stays flat). Then times CLI_RUNS runs of `clausecheck scan FILE`
for the same file, one after the other, as the baseline. Bounded: every request has a
120 s timeout, the server is stopped at the end whatever happens.
"""
import argparse
import concurrent.futures
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid


def start_server(binary, extra):
    server = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", "0", *extra],
                              stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    if "serving on http://127.0.0.1:" not in line:
        server.kill()
        sys.exit(f"bench-serve: the server did not start: {line!r}")
    return server, int(line.rstrip().rstrip("/").rsplit(":", 1)[1])


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def upload(port, name, content):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    start = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("POST", "/check", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError as error:
        status = f"{type(error).__name__}"
    finally:
        connection.close()
    return status, time.perf_counter() - start


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(here, "build/clausecheck"))
    parser.add_argument("--file", default=os.path.join(here, "corpus/samples/sample-subcontract.pdf"))
    parser.add_argument("--uploads", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--cli-runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=100,
                        help="uploads sent before measuring, to fill the result store (default 100)")
    parser.add_argument("server_args", nargs="*", help="extra `serve` options, after --")
    args = parser.parse_args()
    content = open(args.file, "rb").read()
    name = os.path.basename(args.file)

    server, port = start_server(args.binary, args.server_args)
    samples, stop = [], threading.Event()
    done_count = [0]

    def sample_memory():
        while not stop.is_set():
            samples.append((done_count[0], rss_kib(server.pid)))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample_memory)
    results = []
    try:
        rss_idle = rss_kib(server.pid)
        with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
            warmup = list(pool.map(lambda _: upload(port, name, content), range(args.warmup)))
        warmup_lost = sum(1 for status, _ in warmup if status not in (303, 503))
        rss_warm = rss_kib(server.pid)
        sampler.start()
        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
            futures = [pool.submit(upload, port, name, content) for _ in range(args.uploads)]
            for future in concurrent.futures.as_completed(futures):
                results.append(future.result())
                done_count[0] += 1
        elapsed = time.perf_counter() - started
    finally:
        stop.set()
        if sampler.is_alive():
            sampler.join()
        server.terminate()
        server.wait(timeout=30)

    statuses = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    latencies = [seconds for status, seconds in results if status == 303]
    lost = sum(n for status, n in statuses.items() if status not in (303, 503))
    quarter = args.uploads // 4
    early = max((kib for done, kib in samples if done <= quarter), default=0)
    late = max((kib for done, kib in samples if done >= args.uploads - quarter), default=0)
    peak = max((kib for _, kib in samples), default=0)

    cli_times = []
    for _ in range(args.cli_runs):
        start = time.perf_counter()
        subprocess.run([args.binary, "scan", "--format", "json", args.file], stdout=subprocess.DEVNULL, check=True)
        cli_times.append(time.perf_counter() - start)

    print(f"file: {args.file} ({len(content)} bytes); {args.uploads} uploads from {args.clients} clients"
          f" after {args.warmup} warm-up uploads ({warmup_lost} of them lost)")
    print(f"statuses: {dict(sorted(statuses.items(), key=str))}; lost (not 303 or 503): {lost}")
    print(f"throughput: {len(results) / elapsed:.1f} uploads/s over {elapsed:.2f} s")
    if latencies:
        print(f"serve latency: p50 {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {percentile(latencies, 95) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms")
    print(f"clausecheck scan (one process per run, {args.cli_runs} runs): p50 {statistics.median(cli_times) * 1000:.0f} ms,"
          f" p95 {percentile(cli_times, 95) * 1000:.0f} ms")
    if latencies:
        print(f"p95 ratio serve / scan: {percentile(latencies, 95) / percentile(cli_times, 95):.2f}")
    print(f"server RSS: idle {rss_idle / 1024:.1f} MiB, after warm-up {rss_warm / 1024:.1f} MiB, peak {peak / 1024:.1f} MiB, "
          f"peak in first quarter {early / 1024:.1f} MiB, in last quarter {late / 1024:.1f} MiB")
    if early:
        print(f"memory growth, last quarter over first quarter: {late / early:.3f}x")
    return 1 if lost or warmup_lost else 0


if __name__ == "__main__":
    sys.exit(main())
