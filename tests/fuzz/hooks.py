"""Schemathesis hooks for Watchpost: strategies for its scalars, and the check that matters.

An error entry is the API answering as designed (every one carries a stable code); what must
never happen is a 5xx, an error without a code, INTERNAL, or an answer that is not GraphQL.
"""

import datetime

from hypothesis import strategies as st

import schemathesis
from schemathesis.graphql import nodes

schemathesis.graphql.scalar(
    "DateTime",
    st.datetimes(timezones=st.just(datetime.timezone.utc)).map(
        lambda d: nodes.String(d.isoformat())
    )
    | st.text(max_size=30).map(nodes.String),
)
schemathesis.graphql.scalar(
    "NaiveDate",
    st.dates().map(lambda d: nodes.String(d.isoformat())) | st.text(max_size=12).map(nodes.String),
)
# Files only come in multipart requests; in JSON an upload is always missing.
schemathesis.graphql.scalar("Upload", st.just(nodes.Null))


@schemathesis.check
def answers_as_designed(ctx, response, case):
    """No 5xx, a GraphQL body, and every error with a code other than INTERNAL."""
    if response.status_code >= 500:
        raise AssertionError(f"HTTP {response.status_code}: {response.text[:300]}")
    try:
        body = response.json()
    except ValueError as e:
        raise AssertionError(f"not JSON: {response.text[:300]}") from e
    if not isinstance(body, dict) or not ("data" in body or "errors" in body):
        raise AssertionError(f"not a GraphQL answer: {str(body)[:300]}")
    for error in body.get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        if not code:
            raise AssertionError(f"an error without a code: {error}")
        if code == "INTERNAL":
            raise AssertionError(f"INTERNAL: {error}")
