"""The server's counters in the Prometheus text format (version 0.0.4), kept in memory.

Written out by hand rather than with a client library: three metric families and a few
gauges need no dependency. Labels take values from closed sets only (route names, status
codes, formats), so the number of series stays bounded whatever clients send.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

PARSE_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


@dataclass
class Histogram:
    """One Prometheus histogram series: a count per bucket, made cumulative only when written out."""

    buckets: tuple[float, ...] = PARSE_BUCKETS
    counts: list[int] = field(default_factory=lambda: [0] * len(PARSE_BUCKETS))
    total: float = 0.0
    n: int = 0

    def observe(self, value: float) -> None:
        """Count `value` in the first bucket that holds it; past the last bound it counts in `+Inf` only."""
        for k, bound in enumerate(self.buckets):
            if value <= bound:
                self.counts[k] += 1
                break
        self.total += value
        self.n += 1

    def lines(self, name: str, labels: str) -> list[str]:
        """The exposition lines: cumulative `_bucket` series ending in `+Inf`, then `_sum` and `_count`."""
        out: list[str] = []
        running = 0
        sep = "," if labels else ""
        for bound, count in zip(self.buckets, self.counts, strict=True):
            running += count
            out.append(f'{name}_bucket{{{labels}{sep}le="{bound:g}"}} {running}')
        out.append(f'{name}_bucket{{{labels}{sep}le="+Inf"}} {self.n}')
        out.append(f"{name}_sum{{{labels}}} {self.total:.6f}")
        out.append(f"{name}_count{{{labels}}} {self.n}")
        return out


@dataclass
class Metrics:
    """Requests by route and status, parse time by format and outcome; the pool's own figures at export."""

    requests: Counter[tuple[str, str, int]] = field(default_factory=Counter)
    parse_seconds: dict[tuple[str, str], Histogram] = field(default_factory=dict)

    def request(self, method: str, route: str, status: int) -> None:
        """Count one answered request; `route` is a known path or `other`, so clients cannot grow the series."""
        self.requests[(method, route, status)] += 1

    def parsed(self, fmt: str, outcome: str, seconds: float) -> None:
        """Record one parse's seconds under its format and outcome (`ok` or the error code)."""
        self.parse_seconds.setdefault((fmt, outcome), Histogram()).observe(seconds)

    def render(self, others: list[tuple[str, str, str, float]]) -> str:
        """The exposition text, with `others` as (name, type, help, value) read from the pool."""
        lines = [
            "# HELP govdoc_http_requests_total HTTP requests answered, by method, route and status.",
            "# TYPE govdoc_http_requests_total counter",
        ]
        for (method, route, status), count in sorted(self.requests.items()):
            lines.append(f'govdoc_http_requests_total{{method="{method}",route="{route}",status="{status}"}} {count}')
        lines += [
            "# HELP govdoc_parse_seconds Seconds a worker spent on one document, by format and outcome.",
            "# TYPE govdoc_parse_seconds histogram",
        ]
        for (fmt, outcome), histogram in sorted(self.parse_seconds.items()):
            lines += histogram.lines("govdoc_parse_seconds", f'format="{fmt}",outcome="{outcome}"')
        for name, kind, text, value in others:
            lines += [f"# HELP {name} {text}", f"# TYPE {name} {kind}", f"{name} {value:g}"]
        return "\n".join(lines) + "\n"
