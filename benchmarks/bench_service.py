"""A bounded load test of `govdoc serve` on 127.0.0.1, against in-process parsing of the same documents.

    python benchmarks/bench_service.py                      # 500 requests, concurrency 8
    python benchmarks/bench_service.py --requests 2000 --concurrency 16 --workers 4

Starts `govdoc serve` (the real command) on a free loopback port, waits until its workers are
ready, sends `--requests` POST /v1/parse of the dev documents (cycled) with `--concurrency`
in flight, and stops the server. Reports throughput, p50/p95/max latency and failures (any
answer but 200). The baseline, measured in the same run, parses the same sequence of
documents with `govdoc.parse` in this process, one after another: what a caller pays without
HTTP and without worker processes. The load generator runs on the same machine and takes a
share of its cores, so the figures are a floor for the service, not a ceiling.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
MEDIA = {".txt": "text/plain", ".html": "text/html", ".md": "text/markdown"}


def documents(folder: Path) -> list[tuple[str, bytes, str]]:
    found = [
        (p.name, p.read_bytes(), MEDIA[p.suffix]) for p in sorted(folder.iterdir()) if p.suffix in MEDIA and p.is_file()
    ]
    if not found:
        raise SystemExit(f"no .txt, .md or .html documents in {folder}")
    return found


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def baseline(sequence: list[tuple[str, bytes, str]]) -> dict[str, float]:
    import govdoc

    formats = {"text/plain": "txt", "text/html": "html", "text/markdown": "md"}
    govdoc.parse(sequence[0][1], format=formats[sequence[0][2]])  # imports and compiles once, as a worker's warm-up
    times: list[float] = []
    start = time.perf_counter()
    for _, data, media in sequence:
        t = time.perf_counter()
        govdoc.parse(data, format=formats[media])
        times.append(time.perf_counter() - t)
    wall = time.perf_counter() - start
    return {
        "requests": len(sequence),
        "seconds": round(wall, 2),
        "docs_per_second": round(len(sequence) / wall, 1),
        "p50_ms": round(percentile(times, 0.50) * 1000, 1),
        "p95_ms": round(percentile(times, 0.95) * 1000, 1),
    }


async def load(url: str, sequence: list[tuple[str, bytes, str]], concurrency: int) -> dict[str, object]:
    latencies: list[float] = []
    failures: dict[str, int] = {}
    pending = iter(sequence)

    async def client_loop(client: httpx.AsyncClient) -> None:
        for _, data, media in pending:
            t = time.perf_counter()
            try:
                answer = await client.post("/v1/parse", content=data, headers={"Content-Type": media})
                status = str(answer.status_code)
                if answer.status_code == 200:
                    answer.json()
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            latencies.append(time.perf_counter() - t)
            if status != "200":
                failures[status] = failures.get(status, 0) + 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
        wall = time.perf_counter() - start
    return {
        "requests": len(latencies),
        "concurrency": concurrency,
        "seconds": round(wall, 2),
        "docs_per_second": round(len(latencies) / wall, 1),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1),
        "failures": sum(failures.values()),
        "failures_by_status": failures,
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(port: int, workers: int, queue: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    env.pop("GOVDOC_TOKEN", None)
    command = [sys.executable, "-m", "govdoc", "serve", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--workers", str(workers), "--queue", str(queue), "--log-level", "warning"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while True:
        try:
            answer = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2)
            if answer.status_code == 200 and answer.json()["up"] == workers:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit("govdoc serve did not become ready")
        time.sleep(0.1)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    args = ap.parse_args()
    docs = documents(args.corpus)
    sequence = [docs[k % len(docs)] for k in range(args.requests)]
    base = baseline(sequence)
    port = free_port()
    proc = start_server(port, args.workers, queue=max(16, args.concurrency))
    try:
        served = asyncio.run(load(f"http://127.0.0.1:{port}", sequence, args.concurrency))
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(f"documents: {len(docs)} from {args.corpus} (cycled to {args.requests} requests)")
    print(f"in-process govdoc.parse, one at a time: {json.dumps(base)}")
    print(f"govdoc serve, {args.workers} workers:    {json.dumps(served, ensure_ascii=False)}")
    print(f"service throughput / in-process: {served['docs_per_second'] / base['docs_per_second']:.2f}x")  # type: ignore[operator]
    return 1 if served["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
