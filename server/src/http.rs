//! Plain HTTP around the API: `/graphql`, health, readiness, metrics, request ids.

use std::time::{Duration, Instant};

use async_graphql::{
    ErrorExtensionValues, Response as GqlResponse, ServerError, Value,
    parser::types::{ExecutableDocument, OperationType},
};
use poem::{
    Body, Endpoint, EndpointExt, IntoResponse, Request, Response, Route, get, handler,
    http::{HeaderValue, StatusCode, header},
    web::{Data, Html, Path},
};
use serde_json::json;
use tokio::io::AsyncReadExt;

use crate::{
    app::AppState,
    auth::Viewer,
    db,
    error::{AppError, AppResult},
    graphql::{LazyLoaders, guard},
    limits::Bucket,
    service::{RequestContext, RequestMeta, session},
};

const REQUEST_ID: &str = "x-request-id";

#[derive(Clone)]
struct RequestId(String);

pub fn routes(state: AppState) -> impl Endpoint {
    Route::new()
        .at("/graphql", get(graphiql).post(graphql))
        .at("/healthz", get(healthz))
        .at("/readyz", get(readyz))
        .at("/metrics", get(metrics))
        .at("/files/:id", get(download))
        .at("/exports/conclusion-report/:name", get(conclusion_report))
        .data(state.clone())
        .around(move |ep, mut req| {
            let state = state.clone();
            async move {
                let started = Instant::now();
                let request_id =
                    incoming_request_id(&req).unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
                req.extensions_mut().insert(RequestId(request_id.clone()));
                let route = match req.uri().path() {
                    p @ ("/graphql" | "/healthz" | "/readyz" | "/metrics") => p.to_owned(),
                    p if p.starts_with("/files/") => "/files".to_owned(),
                    p if p.starts_with("/exports/") => "/exports".to_owned(),
                    _ => "other".to_owned(),
                };
                let method = req.method().clone();
                let mut resp = ep.get_response(req).await;
                if let Ok(value) = HeaderValue::from_str(&request_id) {
                    resp.headers_mut().insert(REQUEST_ID, value);
                }
                let elapsed = started.elapsed();
                state.metrics.observe_latency(&route, elapsed.as_secs_f64());
                tracing::info!(
                    request_id = %request_id,
                    method = %method,
                    route = %route,
                    status = resp.status().as_u16(),
                    elapsed_ms = elapsed.as_millis() as u64,
                    "request"
                );
                Ok(resp)
            }
        })
}

/// A caller's own request id is kept if it is short and plain; otherwise we make one.
fn incoming_request_id(req: &Request) -> Option<String> {
    let value = req.headers().get(REQUEST_ID)?.to_str().ok()?;
    let plain = !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    plain.then(|| value.to_owned())
}

#[handler]
fn healthz() -> &'static str {
    "ok"
}

#[handler]
async fn readyz(Data(state): Data<&AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "database not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

#[handler]
fn metrics(req: &Request, Data(state): Data<&AppState>) -> Response {
    let address = req.remote_addr().as_socket_addr().map(|a| a.ip());
    let bearer = bearer_token(req).ok().flatten();
    if !state.settings.metrics.admits(address, bearer) {
        return error_response(
            StatusCode::FORBIDDEN,
            "FORBIDDEN",
            "metrics are served to the configured addresses and token only",
        );
    }
    let (size, idle) = db::pool_use(&state.db);
    state
        .metrics
        .render(size, idle)
        .with_content_type("text/plain; version=0.0.4")
        .into_response()
}

#[handler]
fn graphiql(Data(state): Data<&AppState>) -> Response {
    if state.settings.is_production() {
        return StatusCode::NOT_FOUND.into_response();
    }
    Html(
        async_graphql::http::GraphiQLSource::build()
            .endpoint("/graphql")
            .finish(),
    )
    .into_response()
}

#[handler]
async fn graphql(req: &Request, body: Body, Data(state): Data<&AppState>) -> Response {
    match execute(req, body, state).await {
        Ok(resp) => resp,
        Err((status, code, message)) => {
            state.metrics.count_request(None, "rejected");
            error_response(status, code, message)
        }
    }
}

type Rejection = (StatusCode, &'static str, &'static str);

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

const INTERNAL_ERROR: Rejection = (
    StatusCode::INTERNAL_SERVER_ERROR,
    "INTERNAL",
    "internal error",
);

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
    let document = match checked_document(&gql_request.query, state).await? {
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

fn error_code(error: &ServerError) -> Option<&str> {
    match error.extensions.as_ref()?.get("code")? {
        Value::String(code) => Some(code),
        _ => None,
    }
}

fn render(response: GqlResponse) -> Result<Response, Rejection> {
    let body = serde_json::to_vec(&response).map_err(|_| INTERNAL_ERROR)?;
    Ok(Response::builder()
        .content_type("application/json")
        .body(body))
}

/// Documents longer than this are parsed on the blocking pool, a few at a time (a megabyte of
/// GraphQL takes tens of megabytes while it is parsed).
const LARGE_DOCUMENT: usize = 16 * 1024;

/// The parsed document, if its nesting and its size with fragments expanded are within the
/// limits; the parser's own error otherwise. Only the bounded document reaches the validator.
async fn checked_document(
    query: &str,
    state: &AppState,
) -> Result<Result<ExecutableDocument, ServerError>, Rejection> {
    let limits = &state.settings.graphql;
    if guard::nesting(query.as_bytes()) > limits.max_nesting {
        return Err(TOO_DEEP);
    }
    let parse = |query: &str| {
        async_graphql::parser::parse_query(query).map(|document| {
            let size = guard::size(&document);
            (document, size)
        })
    };
    let parsed = if query.len() < LARGE_DOCUMENT {
        parse(query)
    } else {
        let owned = query.to_owned();
        // Held by the parse itself, which runs on when the request has timed out.
        let permit = state
            .large_parses
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| INTERNAL_ERROR)?;
        tokio::task::spawn_blocking(move || {
            let parsed = parse(&owned);
            drop(permit);
            parsed
        })
        .await
        .map_err(|_| INTERNAL_ERROR)?
    };
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

/// The client's address as the limits key it.
fn client_address(req: &Request) -> String {
    req.remote_addr()
        .as_socket_addr()
        .map_or_else(|| "unknown".to_owned(), |a| a.ip().to_string())
}

/// `429 RATE_LIMITED` with `Retry-After` in whole seconds.
fn rate_limited(state: &AppState, wait: Duration) -> Response {
    state.metrics.count_request(None, "rate_limited");
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    let mut response = error_response(
        StatusCode::TOO_MANY_REQUESTS,
        "RATE_LIMITED",
        "too many requests; try again later",
    );
    if let Ok(value) = HeaderValue::from_str(&seconds.max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

const TOO_LARGE: Rejection = (
    StatusCode::PAYLOAD_TOO_LARGE,
    "PAYLOAD_TOO_LARGE",
    "the request body is too large",
);

async fn read_body(req: &Request, body: Body, limit: usize) -> Result<Vec<u8>, Rejection> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(TOO_LARGE);
    }
    let mut bytes = Vec::new();
    body.into_async_read()
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .await
        .map_err(|_| {
            (
                StatusCode::BAD_REQUEST,
                "BAD_REQUEST",
                "could not read the request body",
            )
        })?;
    if bytes.len() > limit {
        return Err(TOO_LARGE);
    }
    Ok(bytes)
}

fn parse_json(bytes: &[u8]) -> Result<async_graphql::Request, Rejection> {
    let parsed: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| {
        (
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
            "the request body is not valid JSON",
        )
    })?;
    if parsed.is_array() {
        return Err(BATCH_REFUSED);
    }
    serde_json::from_value(parsed).map_err(|_| {
        (
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
            "a GraphQL request is an object with `query`, and optionally `operationName` and `variables`",
        )
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

const UNAVAILABLE: Rejection = (
    StatusCode::SERVICE_UNAVAILABLE,
    "UNAVAILABLE",
    "the database is briefly unavailable: try again",
);

/// Runs a read again, once, on a fresh connection when its connection was lost.
async fn retried_once<T, F: Future<Output = AppResult<T>>>(read: impl Fn() -> F) -> AppResult<T> {
    match read().await {
        Err(AppError::Unavailable(_)) => read().await,
        done => done,
    }
}

/// Who is calling and from where; an invalid token is refused outright.
async fn caller(req: &Request, state: &AppState) -> Result<(Viewer, RequestMeta), Rejection> {
    let viewer = match bearer_token(req)? {
        None => Viewer::anonymous(),
        Some(token) => match retried_once(|| session::authenticate(state, token)).await {
            Ok(viewer) => viewer,
            Err(AppError::Unauthenticated(message)) => {
                return Err((StatusCode::UNAUTHORIZED, "UNAUTHENTICATED", message));
            }
            Err(e @ AppError::Unavailable(_)) => {
                tracing::warn!(error = ?e, "authenticating a request");
                return Err(UNAVAILABLE);
            }
            Err(e) => {
                tracing::error!(error = ?e, "authenticating a request");
                return Err(INTERNAL_ERROR);
            }
        },
    };
    let meta = RequestMeta {
        request_id: req
            .extensions()
            .get::<RequestId>()
            .map(|r| r.0.clone())
            .unwrap_or_default(),
        client_addr: req
            .remote_addr()
            .as_socket_addr()
            .map(|a| a.ip().to_string()),
        ..Default::default()
    };
    Ok((viewer, meta))
}

/// The caller of a download, once its address and then its session are within the request
/// allowance, and within `expensive`'s too for a download that recomputes figures.
async fn download_caller(
    req: &Request,
    state: &AppState,
    expensive: Option<Bucket>,
) -> Result<(Viewer, RequestMeta), Response> {
    let buckets = [Some(Bucket::Requests), expensive];
    let within = |key: &str| {
        buckets
            .iter()
            .flatten()
            .try_for_each(|bucket| state.limits.check(*bucket, key))
    };
    within(&client_address(req)).map_err(|wait| rate_limited(state, wait))?;
    let (viewer, meta) = caller(req, state)
        .await
        .map_err(|(status, code, message)| error_response(status, code, message))?;
    if let Some(principal) = viewer.as_principal() {
        within(&format!("session:{}", principal.session_id))
            .map_err(|wait| rate_limited(state, wait))?;
    }
    Ok((viewer, meta))
}

/// `GET /files/{id}`: an attachment, for exactly those who may see its record.
#[handler]
async fn download(req: &Request, Path(id): Path<String>, Data(state): Data<&AppState>) -> Response {
    let (viewer, meta) = match download_caller(req, state, None).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Ok(id) = id.parse::<i32>() else {
        return error_response(StatusCode::NOT_FOUND, "NOT_FOUND", "not found");
    };
    let rc = RequestContext {
        state: state.clone(),
        viewer,
        meta,
    };
    match retried_once(|| crate::service::attachment::open(&rc, id)).await {
        Ok((attachment, bytes)) => Response::builder()
            .content_type(attachment.content_type.as_str())
            .header(
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename*=UTF-8''{}",
                    rfc5987(&attachment.file_name)
                ),
            )
            .header("x-content-type-options", "nosniff")
            .header(header::CACHE_CONTROL, "private, no-store")
            .body(bytes),
        Err(e) => refusal(&e, "serving an attachment"),
    }
}

/// A failed download: unauthenticated, forbidden, or not found (also for what exists but is
/// not the caller's); internal causes go to the log only.
fn refusal(e: &crate::error::AppError, doing: &str) -> Response {
    let (status, code, message) = match e.code() {
        "UNAUTHENTICATED" => (StatusCode::UNAUTHORIZED, "UNAUTHENTICATED", "sign in first"),
        "FORBIDDEN" => (StatusCode::FORBIDDEN, "FORBIDDEN", "not yours to see"),
        "VALIDATION" => {
            return error_response(StatusCode::BAD_REQUEST, "VALIDATION", &e.message());
        }
        "UNAVAILABLE" => UNAVAILABLE,
        "INTERNAL" => {
            tracing::error!(error = ?e, doing, "download failed");
            INTERNAL_ERROR
        }
        _ => (
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "not found or not yours to see",
        ),
    };
    error_response(status, code, message)
}

/// `GET /exports/conclusion-report/{2025Q1-units.csv | 2025Q1-members.csv | 2025Q1.html}`:
/// the quarter's conclusion report, for the office and leading group.
#[handler]
async fn conclusion_report(
    req: &Request,
    Path(name): Path<String>,
    Data(state): Data<&AppState>,
) -> Response {
    let (viewer, meta) = match download_caller(req, state, Some(Bucket::Export)).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Some((quarter, export)) = crate::export::Export::parse(&name) else {
        return error_response(StatusCode::NOT_FOUND, "NOT_FOUND", "not found");
    };
    let rc = RequestContext {
        state: state.clone(),
        viewer,
        meta,
    };
    let report = match crate::service::figures::parse_quarter(quarter) {
        Ok(quarter) => {
            retried_once(|| crate::service::figures::conclusion_report(&rc, quarter)).await
        }
        Err(e) => Err(e),
    };
    let rendered = report.and_then(|report| {
        export
            .render(&report)
            .map_err(|e| crate::error::AppError::internal(anyhow::anyhow!(e)))
    });
    match rendered {
        Ok(bytes) => {
            let disposition = match export {
                crate::export::Export::Html => "inline".to_owned(),
                _ => format!("attachment; filename*=UTF-8''{}", rfc5987(&name)),
            };
            Response::builder()
                .content_type(export.content_type())
                .header(header::CONTENT_DISPOSITION, disposition)
                .header("x-content-type-options", "nosniff")
                .header(header::CACHE_CONTROL, "private, no-store")
                .body(bytes)
        }
        Err(e) => refusal(&e, "exporting the conclusion report"),
    }
}

/// Percent-encodes a file name for `filename*=UTF-8''…`.
fn rfc5987(name: &str) -> String {
    name.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn bearer_token(req: &Request) -> Result<Option<&str>, Rejection> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| Some(t.trim()))
        .ok_or((
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            "use `Authorization: Bearer <token>`",
        ))
}

/// Gives every error a stable code. Errors from our services already carry one; the rest come
/// from parsing, validation and limits, or are unexpected and become `INTERNAL`.
fn with_codes(mut response: GqlResponse) -> GqlResponse {
    for error in &mut response.errors {
        let has_code = error
            .extensions
            .as_ref()
            .is_some_and(|ext| ext.get("code").is_some());
        if has_code {
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

fn error_response(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    Response::builder()
        .status(status)
        .content_type("application/json")
        .body(body.to_string())
}
