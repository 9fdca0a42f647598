"""Fuzzes what comes before the schema: raw bodies, nesting, fragment graphs, multipart maps.

A property test (hypothesis) against a running server: whatever arrives, the process stays up,
answers within its request timeout, never with a 5xx other than 503 TIMEOUT or UNAVAILABLE,
always with a JSON error carrying a code, and /healthz keeps answering at once.

    python tests/fuzz/raw.py http://127.0.0.1:18089     (FUZZ_RAW_EXAMPLES per property)
"""

import json
import os
import sys
import time
import urllib.error
import urllib.request

from hypothesis import HealthCheck, given, settings, strategies as st

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:18089"
EXAMPLES = int(os.environ.get("FUZZ_RAW_EXAMPLES", "150"))
# The server's request timeout is 10 s; reading a 1 MiB body adds little.
LIMIT_SECONDS = 12.0
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
stats = {"requests": 0, "slowest": 0.0, "largest": 0}


def post(body: bytes, content_type: str):
    request = urllib.request.Request(
        BASE + "/graphql", data=body, headers={"Content-Type": content_type}, method="POST"
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    took = time.monotonic() - started
    stats["requests"] += 1
    stats["slowest"] = max(stats["slowest"], took)
    stats["largest"] = max(stats["largest"], len(body))
    return status, text, took


def healthy():
    started = time.monotonic()
    with urllib.request.urlopen(BASE + "/healthz", timeout=5) as response:
        assert response.status == 200
    took = time.monotonic() - started
    assert took < 1.0, f"/healthz took {took:.2f} s"


def answers_as_designed(body: bytes, content_type: str = "application/json"):
    status, text, took = post(body, content_type)
    assert took < LIMIT_SECONDS, f"{took:.1f} s for {body[:200]!r}"
    try:
        answer = json.loads(text)
    except ValueError as e:
        raise AssertionError(f"HTTP {status}, not JSON: {text[:300]!r}") from e
    errors = answer.get("errors") or [] if isinstance(answer, dict) else None
    assert errors is not None, f"not a GraphQL answer: {text[:300]!r}"
    codes = [(e.get("extensions") or {}).get("code") for e in errors]
    assert all(codes), f"an error without a code: {text[:300]!r}"
    assert "INTERNAL" not in codes, f"INTERNAL for {body[:300]!r}: {text[:300]!r}"
    if status >= 500:
        assert status == 503 and set(codes) <= {"TIMEOUT", "UNAVAILABLE"}, (
            f"HTTP {status} for {body[:300]!r}: {text[:300]!r}"
        )
    healthy()


def request(query: str, variables=None, **extra) -> bytes:
    body = {"query": query, **extra}
    if variables is not None:
        body["variables"] = variables
    return json.dumps(body).encode()


# Deep nesting of every bracket a document or a body can hold, up to 300,000 levels.
depths = st.one_of(st.integers(1, 64), st.integers(64, 4000), st.integers(4000, 300_000))
openers = st.sampled_from([("[", "]"), ("{a: ", "}"), ("(", ")"), ("{ a ", "}")])


@SETTINGS
@given(depth=depths, bracket=openers, where=st.sampled_from(["argument", "document", "default"]))
def test_nested_documents(depth, bracket, where):
    opening, closing = bracket
    inner = opening * depth + "1" + closing * depth
    query = {
        "argument": "{ __typename @include(if: %s) }" % inner,
        "document": inner,
        "default": "query($x: Boolean = %s) { __typename }" % inner,
    }[where]
    answers_as_designed(request(query))


def nested_json(depth: int, kind: str) -> str:
    opening, closing = {"list": ("[", "]"), "object": ('{"a":', "}")}[kind]
    return opening * depth + "true" + closing * depth


@SETTINGS
@given(depth=depths, kind=st.sampled_from(["list", "object"]), slot=st.sampled_from(["variables", "extensions", "query"]))
def test_nested_json_bodies(depth, kind, slot):
    inner = nested_json(depth, kind)
    if slot == "query":
        body = '{"query": %s}' % inner
    else:
        body = '{"query": "query($x: Boolean) { __typename }", "%s": {"x": %s}}' % (slot, inner)
    answers_as_designed(body.encode())


@st.composite
def fragment_graphs(draw):
    """Fragments spreading each other at random: chains, diamonds, bombs and cycles."""
    count = draw(st.integers(1, 60))
    fragments = []
    for i in range(count):
        fanout = draw(st.integers(0, 4))
        targets = draw(st.lists(st.integers(0, count - 1), min_size=fanout, max_size=fanout))
        spreads = " ".join(f"...F{t}" for t in targets)
        nested = draw(st.booleans())
        body = f"viewer {{ role }} {spreads}" if nested else f"__typename {spreads}"
        fragments.append(f"fragment F{i} on Query {{ {body} }}")
    operations = draw(st.integers(1, 50))
    ops = " ".join(f"query Q{i} {{ ...F{draw(st.integers(0, count - 1))} }}" for i in range(operations))
    return ops + " " + " ".join(fragments)


@SETTINGS
@given(document=fragment_graphs())
def test_fragment_graphs(document):
    answers_as_designed(request(document, operationName="Q0"))


@SETTINGS
@given(levels=st.integers(10, 64), copies=st.integers(2, 8), operations=st.integers(1, 2000))
def test_fragment_bombs(levels, copies, operations):
    spreads = lambda i: " ".join([f"...F{i - 1}"] * copies)
    fragments = ["fragment F0 on Query { __typename }"] + [
        f"fragment F{i} on Query {{ {spreads(i)} }}" for i in range(1, levels)
    ]
    ops = " ".join(f"query Q{i} {{ ...F{levels - 1} }}" for i in range(operations))
    answers_as_designed(request(ops + " " + " ".join(fragments), operationName="Q0"))


@SETTINGS
@given(
    operations=st.one_of(st.text(max_size=200), st.just(request("{ __typename }").decode())),
    mapping=st.one_of(
        st.text(max_size=200),
        st.dictionaries(
            st.text(max_size=5),
            st.lists(
                st.one_of(
                    st.text(max_size=50),
                    st.integers(0, 50_000).map(lambda n: "variables.x" + ".0" * n),
                    st.integers(0, 50_000).map(lambda n: "variables" + ".a" * n),
                ),
                max_size=3,
            ),
            max_size=5,
        ).map(json.dumps),
    ),
    files=st.lists(st.tuples(st.text(max_size=10), st.binary(max_size=64)), max_size=4),
    boundary=st.sampled_from(["fuzzboundary", "", "a" * 200]),
)
def test_multipart_requests(operations, mapping, files, boundary):
    parts = [("operations", None, operations.encode()), ("map", None, mapping.encode())]
    parts += [(name, "f.bin", data) for name, data in files]
    body = b""
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"'
        if filename:
            disposition += f'; filename="{filename}"'
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    answers_as_designed(body, f"multipart/form-data; boundary={boundary}")


@SETTINGS
@given(body=st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)))
def test_arbitrary_bodies(body):
    answers_as_designed(body)


@SETTINGS
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Co", "Zs", "Lo", "So"]),
        max_size=200,
    ),
    field=st.sampled_from(
        [
            'mutation($t: String!) { login(input: {username: $t, password: $t}) { token } }',
            'query($t: String!) { publishedMembers(regionCode: $t) { name } }',
            'query($t: String!) { nominationStatus(receiptCode: $t) { status } }',
        ]
    ),
)
def test_text_no_database_can_store(text, field):
    answers_as_designed(request(field, {"t": "\0" + text}))
    answers_as_designed(request(field, {"t": text}))


if __name__ == "__main__":
    healthy()
    failures = 0
    for name, test in sorted(globals().items()):
        if name.startswith("test_") and callable(test):
            started = time.monotonic()
            try:
                test()
            except Exception as e:  # report every property, not only the first failing one
                failures += 1
                print(f"fuzz raw: {name} FAILED: {e}", file=sys.stderr)
                # A flaky failure's own exceptions say what went wrong the first time.
                for cause in getattr(e, "exceptions", []):
                    print(f"  {type(cause).__name__}: {cause}", file=sys.stderr)
            else:
                print(f"fuzz raw: {name} ok in {time.monotonic() - started:.1f} s")
    print(
        f"fuzz raw: {stats['requests']} requests, slowest answer {stats['slowest']:.2f} s, "
        f"largest body {stats['largest']:,} bytes"
    )
    sys.exit(1 if failures else 0)
