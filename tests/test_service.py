"""`govdoc serve` over real HTTP: uvicorn on 127.0.0.1 on a free port, called with httpx.

Two servers run for the whole module, each in a thread of this process with its own worker
processes: `plain` (no token, a 1 MB body limit) and `guarded` (a token, two workers, a
3-second time limit, a queue of one). The guarded server's workers get a test-only
initializer that makes a document starting with STUCK hang and one starting with CRASH kill
its worker, so that timeouts and crashes can be provoked; production has no such switch.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
uvicorn = pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

import govdoc  # noqa: E402
from govdoc.service import ServiceConfig, create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "putuo-reply-2023.txt"
HTML = ROOT / "fixtures" / "gbk-table-info.html"
SCANNED = ROOT / "fixtures" / "pdf" / "scanned.pdf"
ENCRYPTED = ROOT / "fixtures" / "pdf" / "seed-encrypted.pdf"
TOKEN = "s3cret-token"
STUCK = b"STUCK"
CRASH = b"CRASH"
HOG = b"HOG!!"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def misbehave_on_markers() -> None:
    """Test only, run in the guarded server's workers: STUCK… never finishes, CRASH… kills the
    worker, HOG… asks for more memory than the worker's cap allows."""
    import io

    real = govdoc.parse

    def parse(source: Any, **options: Any) -> govdoc.Document:
        head = source.getvalue()[:5] if isinstance(source, io.BytesIO) else bytes(source[:5])
        if head == STUCK:
            time.sleep(3600)
        if head == CRASH:
            os._exit(3)
        if head == HOG:
            hog = bytearray(8 * 2**30)  # over the guarded server's 1 GiB cap
            del hog
        return real(source, **options)

    govdoc.parse = parse  # type: ignore[assignment]


class Running:
    """A uvicorn server in a thread on a free port, up until `stop()`."""

    def __init__(self, config: ServiceConfig) -> None:
        self.config = config
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        settings = uvicorn.Config(create_app(config), log_level="warning", access_log=False, lifespan="on")
        self.server = uvicorn.Server(settings)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()

    def wait_ready(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                answer = httpx.get(self.url + "/readyz", timeout=2)
                if answer.status_code == 200 and answer.json()["up"] == self.config.workers:
                    return
            time.sleep(0.1)
        raise AssertionError("the server's workers did not come up in 60 s")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, Running]]:
    running = {
        "plain": Running(ServiceConfig(workers=2, timeout=60, max_body=1024 * 1024)),
        "guarded": Running(
            ServiceConfig(
                workers=2,
                timeout=3,
                max_queue=1,
                token=TOKEN,
                initializer=misbehave_on_markers,
                max_memory=2**30,
            )
        ),
    }
    try:
        for server in running.values():
            server.wait_ready()
        yield running
    finally:
        for server in running.values():
            server.stop()


@pytest.fixture
def plain(servers: dict[str, Running]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=servers["plain"].url, timeout=60) as client:
        yield client


@pytest.fixture
def guarded(servers: dict[str, Running]) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=servers["guarded"].url, timeout=60, headers=headers) as client:
        yield client


def library_json(data: bytes, **options: Any) -> dict[str, Any]:
    return govdoc.parse(data, **options).to_dict()


def library_schema() -> dict[str, Any]:
    """`govdoc.schema()` as JSON carries it (its defaults are tuples in Python, arrays in JSON)."""
    schema: dict[str, Any] = json.loads(json.dumps(govdoc.schema()))
    return schema


def error_of(answer: httpx.Response) -> str:
    body = answer.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["message"]
    code: str = body["error"]["code"]
    return code


# -- /v1/parse ---------------------------------------------------------------------------------


def test_raw_text_body_answers_the_librarys_document(plain: httpx.Client) -> None:
    data = SEED.read_bytes()
    answer = plain.post("/v1/parse", content=data, headers={"Content-Type": "text/plain"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert answer.json() == library_json(data, format="txt")
    assert answer.json()["header"]["doc_number"]["text"] == "普发改委〔2023〕10号"


def test_multipart_file_is_read_by_its_name_and_named_in_the_source(plain: httpx.Client) -> None:
    files = {"file": ("gbk-table-info.html", HTML.read_bytes(), "application/octet-stream")}
    answer = plain.post("/v1/parse", files=files)
    assert answer.status_code == 200
    assert answer.json()["source"]["format"] == "html"
    assert answer.json()["source"]["path"] == "gbk-table-info.html"


def test_a_named_part_whose_type_was_guessed_from_a_wrong_suffix_is_read_by_its_content(plain: httpx.Client) -> None:
    """A client sets a file part's type from the name (a .docx saved as 答复.pdf goes up as application/pdf):
    the type says nothing the name does not, and the content decides, as `govdoc.parse` decides for the file."""
    data = (ROOT / "fixtures" / "docx" / "numbering-levels.docx").read_bytes()
    answer = plain.post("/v1/parse", files={"file": ("答复.pdf", data, "application/pdf")})
    assert answer.status_code == 200, answer.text
    assert answer.json()["source"]["format"] == "docx"
    assert answer.json()["header"]["title"] == "关于区政协五届二次会议第0066号提案的答复"


def test_a_part_whose_name_says_no_format_is_read_as_its_type_says(plain: httpx.Client) -> None:
    text = "# 关于区政协五届二次会议第12号提案的答复\n\n**韦某委员：**\n\n您提出的提案收悉，现答复如下：\n".encode()
    answer = plain.post("/v1/parse", files={"file": ("答复", text, "text/markdown")})
    assert answer.status_code == 200, answer.text
    assert answer.json()["source"]["format"] == "md"


def test_format_query_wins_over_the_content_type(plain: httpx.Client) -> None:
    answer = plain.post("/v1/parse?format=html", content=HTML.read_bytes(), headers={"Content-Type": "text/plain"})
    assert answer.status_code == 200
    assert answer.json()["source"]["format"] == "html"


def test_pdf_body_is_parsed_by_its_content_type(plain: httpx.Client) -> None:
    data = (ROOT / "fixtures" / "pdf" / "seed-official.pdf").read_bytes()
    answer = plain.post("/v1/parse", content=data, headers={"Content-Type": "application/pdf"})
    assert answer.status_code == 200
    assert answer.json() == library_json(data, format="pdf")


def test_a_body_of_no_stated_type_is_read_by_its_content(plain: httpx.Client) -> None:
    pdf = (ROOT / "fixtures" / "pdf" / "seed-official.pdf").read_bytes()
    answer = plain.post("/v1/parse", content=pdf, headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 200 and answer.json()["source"]["format"] == "pdf"
    curl_default = {"Content-Type": "application/x-www-form-urlencoded"}  # curl --data-binary without -H
    answer = plain.post("/v1/parse", content=SEED.read_bytes(), headers=curl_default)
    assert answer.status_code == 200 and answer.json()["source"]["format"] == "txt"


def test_a_media_type_govdoc_does_not_read_is_415(plain: httpx.Client) -> None:
    answer = plain.post("/v1/parse", content=b"GIF89a....", headers={"Content-Type": "image/gif"})
    assert answer.status_code == 415 and error_of(answer) == "unsupported-format"
    answer = plain.post("/v1/parse?format=xls", content=b"x", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 415 and error_of(answer) == "unsupported-format"


@pytest.mark.parametrize(
    ("path", "media", "code"),
    [(SCANNED, "application/pdf", "no-text-layer"), (ENCRYPTED, "application/pdf", "encrypted")],
)
def test_documents_that_cannot_be_read_are_422_with_the_librarys_code(
    plain: httpx.Client, path: Path, media: str, code: str
) -> None:
    answer = plain.post("/v1/parse?ocr=never", content=path.read_bytes(), headers={"Content-Type": media})
    assert answer.status_code == 422 and error_of(answer) == code


def test_damaged_and_empty_inputs_are_422(plain: httpx.Client) -> None:
    answer = plain.post("/v1/parse", content=b"PK\x03\x04 not really a zip", headers={"Content-Type": DOCX})
    assert answer.status_code == 422 and error_of(answer) == "corrupt-file"
    answer = plain.post("/v1/parse", content=b"", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 422 and error_of(answer) == "empty-document"


def test_strict_refuses_text_that_is_no_government_document(plain: httpx.Client) -> None:
    chat = "周末一起去公园散步吧，天气预报说是晴天。".encode()
    headers = {"Content-Type": "text/plain"}
    answer = plain.post("/v1/parse?strict=true", content=chat, headers=headers)
    assert answer.status_code == 422 and error_of(answer) == "not-a-government-document"
    assert plain.post("/v1/parse", content=chat, headers=headers).status_code == 200


def test_enrich_adds_keywords(plain: httpx.Client) -> None:
    pytest.importorskip("jieba")
    headers = {"Content-Type": "text/plain"}
    plain_answer = plain.post("/v1/parse", content=SEED.read_bytes(), headers=headers).json()
    enriched = plain.post("/v1/parse?enrich=1", content=SEED.read_bytes(), headers=headers).json()
    assert plain_answer["keywords"] == []
    assert enriched["keywords"], "an enriched reply has keywords"


def test_a_malformed_flag_or_a_multipart_without_file_is_400(plain: httpx.Client) -> None:
    answer = plain.post("/v1/parse?strict=maybe", content=b"x", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 400 and error_of(answer) == "bad-request"
    answer = plain.post("/v1/parse", files={"document": ("a.txt", b"x", "text/plain")})
    assert answer.status_code == 400 and error_of(answer) == "bad-request"


def test_the_ocr_mode_reaches_the_library(plain: httpx.Client) -> None:
    headers = {"Content-Type": "application/pdf"}
    answer = plain.post("/v1/parse?ocr=false", content=SCANNED.read_bytes(), headers=headers)
    assert answer.status_code == 422 and error_of(answer) == "no-text-layer"
    assert "ocr='never'" in answer.json()["error"]["message"], "the library was told: OCR off"
    answer = plain.post("/v1/parse?ocr=sometimes", content=SCANNED.read_bytes(), headers=headers)
    assert answer.status_code == 400 and error_of(answer) == "bad-request"


@pytest.mark.slow
def test_a_scan_is_read_by_ocr_over_http(plain: httpx.Client) -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    answer = plain.post("/v1/parse?ocr=true", content=SCANNED.read_bytes(), headers={"Content-Type": "application/pdf"})
    assert answer.status_code == 200
    assert "ocr-used" in [w["code"] for w in answer.json()["warnings"]]


def test_an_accept_header_that_takes_neither_json_nor_markdown_is_406(plain: httpx.Client) -> None:
    headers = {"Content-Type": "text/plain", "Accept": "image/png"}
    answer = plain.post("/v1/parse", content=SEED.read_bytes(), headers=headers)
    assert answer.status_code == 406 and error_of(answer) == "not-acceptable"


def test_markdown_is_served_when_accepted_or_asked_for(plain: httpx.Client) -> None:
    data = SEED.read_bytes()
    expected = govdoc.parse(data, format="txt").to_markdown()
    for query, accept in (("", "text/markdown"), ("?markdown=true", "*/*")):
        headers = {"Content-Type": "text/plain", "Accept": accept}
        answer = plain.post("/v1/parse" + query, content=data, headers=headers)
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/markdown")
        assert answer.text.startswith("# 对区政协十五届二次会议第152038号提案的答复\n")
        assert answer.text == expected


# -- limits ------------------------------------------------------------------------------------


def test_a_body_over_the_limit_is_refused_before_it_is_read(
    plain: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    big = b"a" * (3 * 1024 * 1024)
    with caplog.at_level(logging.INFO, logger="govdoc.service.access"):
        answer = plain.post("/v1/parse", content=big, headers={"Content-Type": "text/plain"})
    assert answer.status_code == 413 and error_of(answer) == "too-large"
    line = json.loads([r for r in caplog.records if '"status": 413' in r.getMessage()][-1].getMessage())
    assert line["bytes"] < len(big), "the body was refused by its Content-Length, not read whole"


def test_a_streamed_body_without_length_is_cut_off_at_the_limit(plain: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"b" * 65536

    answer = plain.post("/v1/parse", content=chunks(), headers={"Content-Type": "text/plain"})
    assert answer.status_code == 413 and error_of(answer) == "too-large"


def test_a_stuck_parse_is_answered_504_and_the_next_request_is_served(guarded: httpx.Client) -> None:
    start = time.monotonic()
    answer = guarded.post("/v1/parse", content=STUCK + b" forever", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 504 and error_of(answer) == "timeout"
    assert time.monotonic() - start < 30
    answer = guarded.post("/v1/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"})
    assert answer.status_code == 200
    assert answer.json() == library_json(SEED.read_bytes(), format="txt")


def test_a_worker_that_dies_is_answered_500_and_replaced(guarded: httpx.Client) -> None:
    answer = guarded.post("/v1/parse", content=CRASH + b"!", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 500 and error_of(answer) == "internal-error"
    answer = guarded.post("/v1/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"})
    assert answer.status_code == 200


def test_a_document_over_the_workers_memory_cap_is_413_and_the_worker_goes_on(guarded: httpx.Client) -> None:
    restarts = _gauge(guarded, "govdoc_worker_restarts_total")
    answer = guarded.post("/v1/parse", content=HOG + b"?", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 413 and error_of(answer) == "too-large"
    assert _gauge(guarded, "govdoc_worker_restarts_total") == restarts
    answer = guarded.post("/v1/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"})
    assert answer.status_code == 200


def _gauge(client: httpx.Client, name: str) -> float:
    match = re.search(rf"^{name} (\S+)$", client.get("/metrics").text, re.M)
    assert match, name
    return float(match.group(1))


def _wait_for(client: httpx.Client, name: str, value: float) -> None:
    deadline = time.monotonic() + 20
    while _gauge(client, name) != value:
        assert time.monotonic() < deadline, f"{name} never reached {value}"
        time.sleep(0.05)


def test_a_full_queue_is_answered_503_with_retry_after(guarded: httpx.Client) -> None:
    results: dict[str, httpx.Response] = {}

    def post(key: str, body: bytes) -> None:
        results[key] = guarded.post("/v1/parse", content=body, headers={"Content-Type": "text/plain"})

    _wait_for(guarded, "govdoc_workers_up", 2)
    stuck = [threading.Thread(target=post, args=(f"stuck{k}", STUCK)) for k in range(2)]
    for thread in stuck:
        thread.start()
    _wait_for(guarded, "govdoc_workers_busy", 2)
    assert guarded.get("/healthz").status_code == 200
    assert not results, "the server answered while both workers were stuck: parsing is not in its event loop"
    queued = threading.Thread(target=post, args=("queued", SEED.read_bytes()))
    queued.start()
    _wait_for(guarded, "govdoc_queue_depth", 1)
    answer = guarded.post("/v1/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"})
    assert answer.status_code == 503 and error_of(answer) == "busy"
    assert int(answer.headers["Retry-After"]) > 0
    for thread in [*stuck, queued]:
        thread.join(60)
    assert [results[f"stuck{k}"].status_code for k in range(2)] == [504, 504]
    assert results["queued"].status_code == 200


# -- /v1/batch ---------------------------------------------------------------------------------


def test_batch_streams_one_record_per_file(plain: httpx.Client) -> None:
    files = [
        ("files", ("seed.txt", SEED.read_bytes(), "text/plain")),
        ("files", ("table.html", HTML.read_bytes(), "text/html")),
        ("files", ("broken.pdf", b"%PDF-1.7 nothing else", "application/pdf")),
    ]
    answer = plain.post("/v1/batch", files=files)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/x-ndjson")
    records = {r["path"]: r for r in map(json.loads, answer.text.splitlines())}
    assert set(records) == {"seed.txt", "table.html", "broken.pdf"}
    assert records["broken.pdf"]["error"]["code"] == "corrupt-file"
    assert records["broken.pdf"]["sha256"] == hashlib.sha256(b"%PDF-1.7 nothing else").hexdigest()
    seed = records["seed.txt"]
    del seed["path"]
    seed["source"]["path"] = None
    assert seed == library_json(SEED.read_bytes(), format="txt")
    assert records["table.html"]["source"]["format"] == "html"


def test_batch_format_reads_every_file_as_that_format(plain: httpx.Client) -> None:
    files = [
        ("files", ("content.jsp", HTML.read_bytes(), "application/octet-stream")),
        ("files", ("download", SEED.read_bytes(), "application/octet-stream")),
    ]
    sniffed = {r["path"]: r for r in map(json.loads, plain.post("/v1/batch", files=files).text.splitlines())}
    assert {path: r["source"]["format"] for path, r in sniffed.items()} == {"content.jsp": "html", "download": "txt"}
    forced = {r["path"]: r for r in map(json.loads, plain.post("/v1/batch?format=txt", files=files).text.splitlines())}
    assert {path: r["source"]["format"] for path, r in forced.items()} == {"content.jsp": "txt", "download": "txt"}
    # read as text: the information table's cells parted by the text reader's tabs (the HTML reader writes
    # `索引号：113101…`); since session 21 a page's source read as text loses its head and `</html>`
    assert "\t113101000021/2024-00318" in forced["content.jsp"]["text"]


def test_batch_answers_each_file_as_it_completes(guarded: httpx.Client) -> None:
    files = [
        ("files", ("stuck.txt", STUCK, "text/plain")),
        ("files", ("seed.txt", SEED.read_bytes(), "text/plain")),
    ]
    arrived: list[dict[str, Any]] = []
    with guarded.stream("POST", "/v1/batch", files=files) as answer:
        assert answer.status_code == 200
        for line in answer.iter_lines():
            if line:
                arrived.append(json.loads(line))
    assert [record["path"] for record in arrived] == ["seed.txt", "stuck.txt"]
    assert arrived[1]["error"]["code"] == "timeout"
    assert arrived[1]["sha256"] == hashlib.sha256(STUCK).hexdigest()


def test_batch_without_files_is_400(plain: httpx.Client) -> None:
    answer = plain.post("/v1/batch", content=b"x", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 400 and error_of(answer) == "bad-request"


# -- token -------------------------------------------------------------------------------------


def test_the_token_is_required_everywhere_but_the_health_checks(servers: dict[str, Running]) -> None:
    url = servers["guarded"].url
    for path in ("/v1/schema", "/metrics", "/openapi.json", "/docs"):
        answer = httpx.get(url + path)
        assert answer.status_code == 401 and error_of(answer) == "unauthorized", path
        assert answer.headers["WWW-Authenticate"] == "Bearer"
    answer = httpx.post(url + "/v1/parse", content=SEED.read_bytes(), headers={"Authorization": "Bearer wrong"})
    assert answer.status_code == 401
    assert httpx.get(url + "/healthz").status_code == 200
    assert httpx.get(url + "/readyz").status_code == 200
    assert httpx.get(url + "/v1/schema", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_without_a_token_no_header_is_needed(plain: httpx.Client) -> None:
    assert plain.get("/v1/schema").status_code == 200


# -- schema, OpenAPI, docs, health, metrics ----------------------------------------------------


def test_schema_is_the_librarys(plain: httpx.Client) -> None:
    assert plain.get("/v1/schema").json() == library_schema()


def test_openapi_is_valid_openapi_3_and_its_document_is_the_librarys_schema(
    plain: httpx.Client, guarded: httpx.Client
) -> None:
    from openapi_spec_validator import validate

    from govdoc.service.openapi import COMPONENTS, DEFS, repoint

    for client in (plain, guarded):
        spec = client.get("/openapi.json").json()
        validate(spec)
        assert spec["openapi"].startswith("3.")
        schemas = spec["components"]["schemas"]
        library = library_schema()
        assert {name: repoint(schemas[name], COMPONENTS, DEFS) for name in library["$defs"]} == library["$defs"]
        answer = spec["paths"]["/v1/parse"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert answer == {"$ref": COMPONENTS + "Document"}
    assert "security" not in plain.get("/openapi.json").json()
    assert guarded.get("/openapi.json").json()["security"] == [{"bearer": []}]


def test_interactive_docs_are_served_without_outside_resources(plain: httpx.Client) -> None:
    page = plain.get("/docs")
    assert page.status_code == 200 and "/openapi.json" in page.text
    assert "http" not in page.text.replace("http-equiv", ""), "no outside URL in the docs page"
    script = plain.get("/docs/swagger-ui-bundle.js")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.text
    answer = plain.get("/docs/secrets.txt")
    assert answer.status_code == 404 and error_of(answer) == "not-found"


def test_unknown_paths_and_methods_answer_json_errors(plain: httpx.Client) -> None:
    answer = plain.get("/v2/parse")
    assert answer.status_code == 404 and error_of(answer) == "not-found"
    answer = plain.get("/v1/parse")
    assert answer.status_code == 405 and error_of(answer) == "method-not-allowed"


def test_health_and_readiness(plain: httpx.Client) -> None:
    assert plain.get("/healthz").json() == {"status": "ok"}
    assert plain.get("/readyz").json() == {"status": "ready", "workers": 2, "up": 2}


def test_metrics_count_requests_parse_time_and_queue(plain: httpx.Client) -> None:
    plain.post("/v1/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"})
    plain.post("/v1/parse", content=b"", headers={"Content-Type": "text/plain"})
    answer = plain.get("/metrics")
    assert answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = answer.text
    ok = re.search(r'^govdoc_http_requests_total\{method="POST",route="/v1/parse",status="200"\} (\d+)$', text, re.M)
    bad = re.search(r'^govdoc_http_requests_total\{method="POST",route="/v1/parse",status="422"\} (\d+)$', text, re.M)
    assert ok and int(ok.group(1)) >= 1
    assert bad and int(bad.group(1)) >= 1
    count = re.search(r'^govdoc_parse_seconds_count\{format="txt",outcome="ok"\} (\d+)$', text, re.M)
    inf = re.search(r'^govdoc_parse_seconds_bucket\{format="txt",outcome="ok",le="\+Inf"\} (\d+)$', text, re.M)
    assert count and inf and count.group(1) == inf.group(1)
    assert re.search(r"^govdoc_queue_depth 0$", text, re.M)
    assert "# TYPE govdoc_parse_seconds histogram" in text


def test_one_structured_log_line_per_request(plain: httpx.Client, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="govdoc.service.access"):
        plain.post("/v1/parse", content=b"GIF89a", headers={"Content-Type": "image/gif"})
        plain.post("/v1/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"})
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "govdoc.service.access"]
    refused, parsed = lines[-2:]
    assert refused["status"] == 415 and refused["error"] == "unsupported-format"
    assert parsed["status"] == 200 and parsed["format"] == "txt" and parsed["error"] is None
    assert parsed["method"] == "POST" and parsed["path"] == "/v1/parse"
    assert parsed["bytes"] == len(SEED.read_bytes()) and parsed["ms"] > 0


# -- the command -------------------------------------------------------------------------------


def test_govdoc_serve_answers_the_seed_and_stops_on_ctrl_c() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("GOVDOC_TOKEN", None)
    command = [sys.executable, "-m", "govdoc", "serve", "--port", str(port), "--workers", "1"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                    break
            assert proc.poll() is None and time.monotonic() < deadline, "govdoc serve did not become ready"
            time.sleep(0.1)
        answer = httpx.post(url + "/v1/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"})
        assert answer.json() == library_json(SEED.read_bytes(), format="txt")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stdout is not None
        log = proc.stdout.read().decode()
    assert '"path": "/v1/parse"' in log and '"status": 200' in log


# -- negotiation, without a server -------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "markdown"),
    [
        (None, False),
        ("*/*", False),
        ("application/json", False),
        ("text/markdown", True),
        ("text/markdown, application/json;q=0.5", True),
        ("application/json, text/markdown;q=0.9", False),
        ("text/*", True),
        ("text/markdown;q=0, */*", False),
    ],
)
def test_accept_chooses_markdown_only_when_it_prefers_it(accept: str | None, markdown: bool) -> None:
    from govdoc.service.http import wants_markdown

    assert wants_markdown(accept) is markdown


def test_the_format_comes_from_the_query_then_a_specific_type_then_the_content() -> None:
    from govdoc.service.http import ApiError, format_for

    assert format_for("PDF", "text/plain") == "pdf"
    assert format_for(None, "text/html; charset=gbk") == "html"
    assert format_for(None, DOCX) == "docx"
    assert format_for(None, "image/png") == "png"
    assert format_for(None, "image/jpeg") == "jpeg"  # the readers' own name for .jpg
    assert format_for(None, "application/octet-stream") is None
    assert format_for(None, None) is None
    assert format_for(None, "image/gif", guessed=True) is None  # a multipart part's guessed type is only a hint
    with pytest.raises(ApiError) as refused:
        format_for(None, "image/gif")
    assert refused.value.code == "unsupported-format"


def test_serve_without_the_extra_says_which_extra_to_install() -> None:
    code = (
        "import sys; sys.modules['uvicorn'] = None; sys.modules['starlette'] = None\n"
        "from govdoc.cli import main; sys.exit(main(['serve']))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "pip install 'govdoc[serve]'" in done.stderr
