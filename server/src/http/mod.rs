//! Plain HTTP around the API: `/graphql` (`graphql`), downloads (`download`), uploads in
//! pieces (`upload`), health,
//! readiness, metrics, request ids, and what they share: who is calling and the limits.

mod download;
mod graphql;
mod upload;
mod web;

use std::time::{Duration, Instant};

use poem::{
    Body, Endpoint, EndpointExt, IntoResponse, Request, Response, Route, get, handler,
    http::{HeaderValue, Method, StatusCode, header},
    post,
    web::{Data, Redirect},
};
use serde_json::json;
use tokio::io::AsyncReadExt;

use crate::{
    app::AppState,
    auth::{Viewer, cookie},
    db,
    error::{AppError, AppResult},
    limits::Bucket,
    service::{RequestMeta, WebClient, session},
};

const REQUEST_ID: &str = "x-request-id";

#[derive(Clone)]
struct RequestId(String);

pub fn routes(state: AppState) -> impl Endpoint {
    Route::new()
        .at("/graphql", get(graphiql).post(graphql::graphql))
        .at("/healthz", get(healthz))
        .at("/readyz", get(readyz))
        .at("/metrics", get(metrics))
        .at("/files/:id", get(download::download))
        .at(
            "/exports/conclusion-report/:name",
            get(download::conclusion_report),
        )
        .at("/exports/meetings/:name", get(download::meeting_calendar))
        .at(
            "/uploads",
            post(upload::begin).options(upload::capabilities),
        )
        .at(
            "/uploads/:token",
            poem::head(upload::progress)
                .patch(upload::append)
                .delete(upload::cancel),
        )
        .at("/", get(web::web))
        .at("/*path", get(web::web))
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
                    p if p.starts_with("/uploads") => "/uploads".to_owned(),
                    _ => "web".to_owned(),
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

/// GraphiQL is a page of the web app, from this server's own files (`/graphiql`).
#[handler]
fn graphiql(Data(state): Data<&AppState>) -> Response {
    if state.settings.is_production() {
        return StatusCode::NOT_FOUND.into_response();
    }
    Redirect::see_other("/graphiql").into_response()
}

pub(super) type Rejection = (StatusCode, &'static str, &'static str);

pub(super) const INTERNAL_ERROR: Rejection = (
    StatusCode::INTERNAL_SERVER_ERROR,
    "INTERNAL",
    "internal error",
);

/// The client's address as the limits key it.
pub(super) fn client_address(req: &Request) -> String {
    req.remote_addr()
        .as_socket_addr()
        .map_or_else(|| "unknown".to_owned(), |a| a.ip().to_string())
}

/// `429 RATE_LIMITED` with `Retry-After` in whole seconds.
pub(super) fn rate_limited(state: &AppState, wait: Duration) -> Response {
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

pub(super) const UNAVAILABLE: Rejection = (
    StatusCode::SERVICE_UNAVAILABLE,
    "UNAVAILABLE",
    "the database is briefly unavailable: try again",
);

/// Runs a read again, once, on a fresh connection when its connection was lost.
pub(super) async fn retried_once<T, F: Future<Output = AppResult<T>>>(
    read: impl Fn() -> F,
) -> AppResult<T> {
    match read().await {
        Err(AppError::Unavailable(_)) => read().await,
        done => done,
    }
}

/// The caller of a plain HTTP request (a download, an upload), once its address and then its
/// session are within the request allowance, and within `also`'s too (exports, uploads).
pub(super) async fn limited_caller(
    req: &Request,
    state: &AppState,
    also: Option<Bucket>,
) -> Result<(Viewer, RequestMeta), Response> {
    let buckets = [Some(Bucket::Requests), also];
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

pub(super) const TOO_LARGE: Rejection = (
    StatusCode::PAYLOAD_TOO_LARGE,
    "PAYLOAD_TOO_LARGE",
    "the request body is too large",
);

pub(super) async fn read_body(
    req: &Request,
    body: Body,
    limit: usize,
) -> Result<Vec<u8>, Rejection> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let mut reader = body.into_async_read();
    if declared.is_some_and(|n| n > limit) {
        drain(reader, limit).await;
        return Err(TOO_LARGE);
    }
    let mut bytes = Vec::new();
    (&mut reader)
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
        drain(reader, limit).await;
        return Err(TOO_LARGE);
    }
    Ok(bytes)
}

/// Reads and drops what is left of a refused body, up to a few times the limit and for two
/// seconds at most: a client still sending when the connection closed would get a reset
/// instead of the 413 (a lingering close, as web servers do).
async fn drain(reader: impl tokio::io::AsyncRead + Unpin, limit: usize) {
    let rest = reader.take(4 * limit as u64);
    let _ = tokio::time::timeout(
        Duration::from_secs(2),
        tokio::io::copy(&mut Box::pin(rest), &mut tokio::io::sink()),
    )
    .await;
}

/// Who is calling and from where; an invalid token is refused outright.
pub(super) async fn caller(
    req: &Request,
    state: &AppState,
) -> Result<(Viewer, RequestMeta), Rejection> {
    let web = req
        .headers()
        .contains_key(cookie::CSRF_HEADER)
        .then(|| WebClient {
            secure: served_over_tls(req),
        });
    let (token, by_cookie) = match bearer_token(req)? {
        Some(token) => (Some(token), false),
        None => (session_cookie(req), true),
    };
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD);
    if by_cookie && token.is_some() && changes && web.is_none() {
        return Err((
            StatusCode::FORBIDDEN,
            "FORBIDDEN",
            "a request signed in by the session cookie must carry the X-Watchpost-CSRF header",
        ));
    }
    let viewer = match token {
        None => Viewer::anonymous(),
        Some(token) => match retried_once(|| session::authenticate(state, token)).await {
            Ok(viewer) => viewer,
            // A cookie outlives its session: the web app then asks as nobody, sees that it
            // must sign in again, and may.
            Err(AppError::Unauthenticated(_)) if by_cookie => Viewer::anonymous(),
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
        web,
        ..Default::default()
    };
    Ok((viewer, meta))
}

fn session_cookie(req: &Request) -> Option<&str> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(cookie::token_in)
}

/// Served over TLS, here or at the proxy in front (which says so in `X-Forwarded-Proto`; a
/// client that lies only makes its own cookie `Secure`).
fn served_over_tls(req: &Request) -> bool {
    req.scheme().as_str() == "https"
        || req
            .headers()
            .get("x-forwarded-proto")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
}

pub(super) fn bearer_token(req: &Request) -> Result<Option<&str>, Rejection> {
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

pub(super) fn error_response(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    Response::builder()
        .status(status)
        .content_type("application/json")
        .body(body.to_string())
}
