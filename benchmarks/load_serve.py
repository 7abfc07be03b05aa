"""Bounded load test of `notelint serve` on loopback: N concurrent clients for T seconds.

Starts the server in a subprocess on 127.0.0.1, sends POST /v1/lint with varied corpus notes from
--clients concurrent clients for --seconds, then prints p50/p99 latency, requests/s and errors.
Every request goes to 127.0.0.1 only; the loop stops by itself.

Usage: python benchmarks/load_serve.py [--clients 50] [--seconds 20]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def client(http, url, notes, deadline, lat, errors, k):
    i = k
    while time.perf_counter() < deadline:
        body = {"text": notes[i % len(notes)]}
        i += 7
        t = time.perf_counter()
        try:
            r = await http.post(url, json=body, timeout=30)
            if r.status_code != 200:
                errors.append(r.status_code)
            else:
                lat.append((time.perf_counter() - t) * 1000)
        except Exception as e:  # a refused or timed-out request is an error, not a crash
            errors.append(type(e).__name__)


async def run(port, clients, seconds, notes):
    import httpx
    url = f"http://127.0.0.1:{port}/v1/lint"
    lat, errors = [], []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits) as http:
        deadline = time.perf_counter() + seconds
        t0 = time.perf_counter()
        await asyncio.gather(*(client(http, url, notes, deadline, lat, errors, k) for k in range(clients)))
        elapsed = time.perf_counter() - t0
    lat.sort()
    pct = lambda q: round(lat[min(len(lat) - 1, int(q * len(lat)))], 1) if lat else None
    return {"clients": clients, "seconds": round(elapsed, 1), "requests_ok": len(lat), "errors": len(errors),
            "error_kinds": sorted({str(e) for e in errors}), "requests_per_s": round(len(lat) / elapsed, 1),
            "latency_ms": {"p50": pct(0.5), "p90": pct(0.9), "p99": pct(0.99), "max": pct(1.0)}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    a = ap.parse_args()
    notes = [json.loads(x)["text"] for x in open(ROOT / "data" / "corpus" / "notes.jsonl", encoding="utf-8")]
    port = free_port()
    srv = subprocess.Popen([sys.executable, "-m", "notelint", "serve", "--host", "127.0.0.1", "--port", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        print(json.dumps(asyncio.run(run(port, a.clients, a.seconds, notes)), indent=2))
    finally:
        srv.terminate()
        srv.wait(timeout=10)


if __name__ == "__main__":
    main()
