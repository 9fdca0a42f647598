//! `POST /graphql`: the body read within its limits, the document checked before the parser
//! and validator see it (`graphql::guard`), then run with a retry for a query whose database
//! connection was lost.

use std::time::Duration;

use async_graphql::{
    ErrorExtensionValues, Response as GqlResponse, ServerError, Value,
    parser::types::{ExecutableDocument, OperationType},
};
use poem::{
    Body, Request, Response, handler,
    http::{StatusCode, header},
    web::Data,
};

use super::{
    INTERNAL_ERROR, Rejection, TOO_LARGE, caller, client_address, error_response, rate_limited,
    read_body,
};
use crate::{
    app::AppState,
    error::AppError,
    graphql::{LazyLoaders, error_code, guard},
    limits::Bucket,
    service::RequestContext,
};

#[handler]
pub(super) async fn graphql(req: &Request, body: Body, Data(state): Data<&AppState>) -> Response {
    match execute(req, body, state).await {
        Ok(resp) => resp,
        Err((status, code, message)) => {
            state.metrics.count_request(None, "rejected");
            error_response(status, code, message)
        }
    }
}

async fn execute(req: &Request, body: Body, state: &AppState) -> Result<Response, Rejection> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/json")
        .to_owned();
    let multipart = content_type.starts_with("multipart/form-data");
    if !multipart && !content_type.starts_with("application/json") {
        return Err((
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
            "send the request as application/json, or multipart/form-data with files",
        ));
    }
    // Limits per client address first, before the body is read or the database asked.
    let address = client_address(req);
    let limits = &state.limits;
    if let Err(wait) = limits.check(Bucket::Requests, &address) {
        return Ok(rate_limited(state, wait));
    }
    if multipart && let Err(wait) = limits.check(Bucket::Upload, &address) {
        return Ok(rate_limited(state, wait));
    }
    // Files may come only in a multipart request; everything else stays small.
    let limit = if multipart {
        state.settings.files.max_bytes + state.settings.graphql.max_body_bytes
    } else {
        state.settings.graphql.max_body_bytes
    };
    let deadline = Duration::from_millis(state.settings.limits.body_read_timeout_ms);
    let bytes = tokio::time::timeout(deadline, read_body(req, body, limit))
        .await
        .map_err(|_| {
            (
                StatusCode::REQUEST_TIMEOUT,
                "TIMEOUT",
                "the request body came too slowly",
            )
        })??;
    let max_nesting = state.settings.graphql.max_nesting;
    let gql_request = if multipart {
        let request = parse_multipart(&content_type, &bytes, state).await?;
        // The JSON parser stops at 128 levels; the variables must stay within ours too.
        let variables = serde_json::to_vec(&request.variables).unwrap_or_default();
        if guard::nesting(&variables) > max_nesting {
            return Err(TOO_DEEP);
        }
        request
    } else {
        if guard::nesting(&bytes) > max_nesting {
            return Err(TOO_DEEP);
        }
        parse_json(&bytes)?
    };
    drop(bytes);
    // Everything from here on, parsing the document included, within the request's time.
    let operation = gql_request.operation_name.clone();
    match tokio::time::timeout(
        state.settings.request_timeout(),
        run(req, gql_request, state, &address),
    )
    .await
    {
        Ok(response) => response,
        Err(_) => {
            state.metrics.count_request(operation.as_deref(), "timeout");
            Ok(error_response(
                StatusCode::SERVICE_UNAVAILABLE,
                "TIMEOUT",
                "the request took too long",
            ))
        }
    }
}

const TOO_DEEP: Rejection = (
    StatusCode::BAD_REQUEST,
    "QUERY_TOO_COMPLEX",
    "the request is nested too deeply",
);

/// Checks the document, then who is calling, then runs it.
async fn run(
    req: &Request,
    mut gql_request: async_graphql::Request,
    state: &AppState,
    address: &str,
) -> Result<Response, Rejection> {
    let document = match checked_document(&mut gql_request, state).await? {
        Ok(document) => document,
        Err(parse_error) => {
            state.metrics.count_request(None, "error");
            return render(with_codes(GqlResponse::from_errors(vec![parse_error])));
        }
    };
    if let Some(field) = guard::unstorable_text(&document, &gql_request.variables) {
        state.metrics.count_request(None, "error");
        let error = AppError::validation(field, "text may not contain the NUL character");
        let mut refused = ServerError::new(error.message(), None);
        refused.extensions = async_graphql::Error::from(error).extensions;
        return render(GqlResponse::from_errors(vec![refused]));
    }
    let limits = &state.limits;
    for (_, field) in crate::graphql::root_fields(&document, OperationType::Mutation) {
        let bucket = match field.as_str() {
            "login" => Bucket::SignIn,
            "submitNomination" => Bucket::Nomination,
            _ => continue,
        };
        if let Err(wait) = limits.check(bucket, address) {
            return Ok(rate_limited(state, wait));
        }
    }
    gql_request.set_parsed_query(document);
    let (viewer, meta) = caller(req, state).await?;
    if let Some(principal) = viewer.as_principal()
        && let Err(wait) = limits.check(
            Bucket::Requests,
            &format!("session:{}", principal.session_id),
        )
    {
        return Ok(rate_limited(state, wait));
    }
    let operation = gql_request.operation_name.clone();
    // A query may run again if its connection was lost; a mutation may have committed.
    let again = (!crate::graphql::may_hold_mutation(&gql_request.query)).then(|| {
        (
            gql_request.query.clone(),
            gql_request.variables.clone(),
            gql_request.operation_name.clone(),
        )
    });
    let context = RequestContext {
        state: state.clone(),
        viewer,
        meta,
    };
    let mut response = execute_with(state, &context, gql_request).await;
    if let Some((query, variables, operation_name)) = again
        && response
            .errors
            .iter()
            .any(|e| error_code(e) == Some("UNAVAILABLE"))
    {
        let mut request = async_graphql::Request::new(query).variables(variables);
        request.operation_name = operation_name;
        response = execute_with(state, &context, request).await;
    }
    let outcome = if response.errors.is_empty() {
        "ok"
    } else {
        "error"
    };
    state.metrics.count_request(operation.as_deref(), outcome);
    render(response)
}

/// Runs the request with its context and fresh loaders.
async fn execute_with(
    state: &AppState,
    context: &RequestContext,
    request: async_graphql::Request,
) -> GqlResponse {
    let loaders = LazyLoaders::new(&state.db, &context.viewer);
    let request = request.data(context.clone()).data(loaders);
    with_codes(state.schema.execute(request, context).await)
}

fn render(response: GqlResponse) -> Result<Response, Rejection> {
    let body = serde_json::to_vec(&response).map_err(|_| INTERNAL_ERROR)?;
    let mut builder = Response::builder().content_type("application/json");
    // The session cookie a sign-in, a password change or a sign-out sets.
    for (name, value) in &response.http_headers {
        builder = builder.header(name.as_str(), value.as_bytes());
    }
    Ok(builder.body(body))
}

/// Documents longer than this are parsed on the blocking pool, a few at a time (a megabyte of
/// GraphQL takes tens of megabytes while it is parsed).
const LARGE_DOCUMENT: usize = 16 * 1024;

/// The request's document parsed, if its nesting and its size with fragments expanded are
/// within the limits, or the parser's own error. Only the bounded document reaches the
/// validator.
async fn checked_document(
    request: &mut async_graphql::Request,
    state: &AppState,
) -> Result<Result<ExecutableDocument, ServerError>, Rejection> {
    let limits = &state.settings.graphql;
    if guard::nesting(request.query.as_bytes()) > limits.max_nesting {
        return Err(TOO_DEEP);
    }
    // Taken for the blocking pool without a copy, and put back below.
    let query = std::mem::take(&mut request.query);
    let parse = |query: &str| {
        async_graphql::parser::parse_query(query).map(|document| {
            let size = guard::size(&document);
            (document, size)
        })
    };
    let (query, parsed) = if query.len() < LARGE_DOCUMENT {
        let parsed = parse(&query);
        (query, parsed)
    } else {
        // Held by the parse itself, which runs on when the request has timed out.
        let permit = state
            .large_parses
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| INTERNAL_ERROR)?;
        tokio::task::spawn_blocking(move || {
            let parsed = parse(&query);
            drop(permit);
            (query, parsed)
        })
        .await
        .map_err(|_| INTERNAL_ERROR)?
    };
    request.query = query;
    let (document, size) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => return Ok(Err(e.into())),
    };
    match size {
        Err(guard::SizeError::FragmentCycle) => Err((
            StatusCode::BAD_REQUEST,
            "GRAPHQL_VALIDATION_FAILED",
            "fragments may not spread each other in a cycle",
        )),
        Ok(size) if size.depth > limits.max_nesting => Err(TOO_DEEP),
        Ok(size) if size.selections > limits.max_selections => Err((
            StatusCode::BAD_REQUEST,
            "QUERY_TOO_COMPLEX",
            "the query selects too many fields once its fragments are expanded",
        )),
        Ok(_) => Ok(Ok(document)),
    }
}

fn parse_json(bytes: &[u8]) -> Result<async_graphql::Request, Rejection> {
    // A batch is an array, refused before it is parsed.
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
        return Err(BATCH_REFUSED);
    }
    serde_json::from_slice(bytes).map_err(|e| {
        let message = if e.is_data() {
            "a GraphQL request is an object with `query`, and optionally `operationName` and `variables`"
        } else {
            "the request body is not valid JSON"
        };
        (StatusCode::BAD_REQUEST, "BAD_REQUEST", message)
    })
}

const BATCH_REFUSED: Rejection = (
    StatusCode::BAD_REQUEST,
    "BATCH_NOT_SUPPORTED",
    "send one operation per request",
);

/// The GraphQL multipart request format: `operations`, `map`, then the files.
async fn parse_multipart(
    content_type: &str,
    bytes: &[u8],
    state: &AppState,
) -> Result<async_graphql::Request, Rejection> {
    let options = async_graphql::http::MultipartOptions::default()
        .max_file_size(state.settings.files.max_bytes)
        .max_num_files(state.settings.limits.max_upload_files);
    let batch = async_graphql::http::receive_batch_body(Some(content_type), bytes, options)
        .await
        .map_err(|e| match e {
            async_graphql::ParseRequestError::PayloadTooLarge => TOO_LARGE,

            _ => (
                StatusCode::BAD_REQUEST,
                "BAD_REQUEST",
                "not a valid GraphQL multipart request",
            ),
        })?;
    match batch {
        async_graphql::BatchRequest::Single(request)
            if request.uploads.len() > state.settings.limits.max_upload_files =>
        {
            Err((
                StatusCode::PAYLOAD_TOO_LARGE,
                "PAYLOAD_TOO_LARGE",
                "too many files in one request",
            ))
        }
        async_graphql::BatchRequest::Single(request) => Ok(request),
        async_graphql::BatchRequest::Batch(_) => Err(BATCH_REFUSED),
    }
}

/// Gives every error a stable code. Errors from our services already carry one; the rest come
/// from parsing, validation and limits, or are unexpected and become `INTERNAL`.
fn with_codes(mut response: GqlResponse) -> GqlResponse {
    for error in &mut response.errors {
        if error_code(error).is_some() {
            continue;
        }
        let code = classify(error);
        if code == "INTERNAL" {
            tracing::error!(message = %error.message, "error without a code");
            error.message = "internal error".into();
        }
        let mut ext = error
            .extensions
            .take()
            .unwrap_or_else(ErrorExtensionValues::default);
        ext.set("code", Value::String(code.into()));
        error.extensions = Some(ext);
    }
    response
}

fn classify(error: &ServerError) -> &'static str {
    if error.message == "Query is nested too deep." || error.message == "Query is too complex." {
        "QUERY_TOO_COMPLEX"
    } else if error.path.is_empty() {
        "GRAPHQL_VALIDATION_FAILED"
    } else if error.message.starts_with("Failed to parse") {
        "VALIDATION"
    } else {
        "INTERNAL"
    }
}
