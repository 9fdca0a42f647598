//! `/uploads`: files sent in pieces, as the tus protocol 1.0 has it (core, creation and
//! termination), so that an upload from a phone on a poor connection resumes where it
//! stopped. A mutation then names the finished upload by its token (`SubmitReportInput.uploads`).
//! Signed in by the session cookie, every request carries the CSRF header like any other.

use base64::Engine;
use poem::{
    Body, Request, Response, ResponseBuilder, handler,
    http::{HeaderValue, StatusCode, header},
    web::{Data, Path},
};

use super::{INTERNAL_ERROR, UNAVAILABLE, error_response, limited_caller, read_body, retried_once};
use crate::{
    app::AppState,
    error::AppError,
    limits::Bucket,
    service::{RequestContext, upload},
};

const TUS_VERSION: &str = "1.0.0";

/// The most one piece may carry; the web app sends 1 MiB at a time.
const PIECE_LIMIT: usize = 8 * 1024 * 1024;

/// `OPTIONS /uploads`: what this server speaks.
#[handler]
pub(super) fn capabilities(Data(state): Data<&AppState>) -> Response {
    tus(Response::builder().status(StatusCode::NO_CONTENT))
        .header("Tus-Version", TUS_VERSION)
        .header("Tus-Extension", "creation,termination")
        .header("Tus-Max-Size", state.settings.files.max_bytes.to_string())
        .finish()
}

/// `POST /uploads` with `Upload-Length` (and the file's name in `Upload-Metadata`): begins
/// an upload, at `Location`.
#[handler]
pub(super) async fn begin(req: &Request, Data(state): Data<&AppState>) -> Response {
    let rc = match context(req, state, Some(Bucket::Upload)).await {
        Ok(rc) => rc,
        Err(refused) => return refused,
    };
    let Some(length) = number(req, "Upload-Length") else {
        return bad_request("send the file's size in Upload-Length");
    };
    let name = file_name(req).unwrap_or_default();
    match upload::begin(&rc, length, &name).await {
        Ok(created) => tus(Response::builder().status(StatusCode::CREATED))
            .header(header::LOCATION, format!("/uploads/{}", created.token))
            .finish(),
        Err(e) => refusal(&e),
    }
}

/// `HEAD /uploads/{token}`: how much has arrived.
#[handler]
pub(super) async fn progress(
    req: &Request,
    Path(token): Path<String>,
    Data(state): Data<&AppState>,
) -> Response {
    let rc = match context(req, state, None).await {
        Ok(rc) => rc,
        Err(refused) => return refused,
    };
    match retried_once(|| upload::find(&rc, &token)).await {
        Ok(found) => tus(Response::builder().status(StatusCode::OK))
            .header("Upload-Offset", found.received.to_string())
            .header("Upload-Length", found.length.to_string())
            .header(header::CACHE_CONTROL, "no-store")
            .finish(),
        Err(e) => refusal(&e),
    }
}

/// `PATCH /uploads/{token}` with `Upload-Offset`: the next piece.
#[handler]
pub(super) async fn append(
    req: &Request,
    body: Body,
    Path(token): Path<String>,
    Data(state): Data<&AppState>,
) -> Response {
    let rc = match context(req, state, None).await {
        Ok(rc) => rc,
        Err(refused) => return refused,
    };
    let pieces = req
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == b"application/offset+octet-stream");
    if !pieces {
        return tus(Response::builder().status(StatusCode::UNSUPPORTED_MEDIA_TYPE)).body(
            error_body(
                "UNSUPPORTED_MEDIA_TYPE",
                "send a piece as application/offset+octet-stream",
            ),
        );
    }
    let Some(offset) = number(req, "Upload-Offset") else {
        return bad_request("send where the piece goes in Upload-Offset");
    };
    let bytes = match read_body(req, body, PIECE_LIMIT).await {
        Ok(bytes) => bytes,
        Err((status, code, message)) => return tus_error(status, code, message),
    };
    match upload::append(&rc, &token, offset, &bytes).await {
        Ok(after) => tus(Response::builder().status(StatusCode::NO_CONTENT))
            .header("Upload-Offset", after.received.to_string())
            .finish(),
        Err(e) => refusal(&e),
    }
}

/// `DELETE /uploads/{token}`: the uploader gives it up.
#[handler]
pub(super) async fn cancel(
    req: &Request,
    Path(token): Path<String>,
    Data(state): Data<&AppState>,
) -> Response {
    let rc = match context(req, state, None).await {
        Ok(rc) => rc,
        Err(refused) => return refused,
    };
    match upload::cancel(&rc, &token).await {
        Ok(()) => tus(Response::builder().status(StatusCode::NO_CONTENT)).finish(),
        Err(e) => refusal(&e),
    }
}

/// The caller, within the limits, speaking our version of the protocol.
async fn context(
    req: &Request,
    state: &AppState,
    also: Option<Bucket>,
) -> Result<RequestContext, Response> {
    let version = req.headers().get("Tus-Resumable");
    if version.is_none_or(|v| v.as_bytes() != TUS_VERSION.as_bytes()) {
        return Err(
            tus(Response::builder().status(StatusCode::PRECONDITION_FAILED))
                .header("Tus-Version", TUS_VERSION)
                .body(error_body(
                    "UNSUPPORTED_PROTOCOL",
                    "send Tus-Resumable: 1.0.0",
                )),
        );
    }
    let (viewer, meta) = limited_caller(req, state, also).await?;
    Ok(RequestContext {
        state: state.clone(),
        viewer,
        meta,
    })
}

fn tus(builder: ResponseBuilder) -> ResponseBuilder {
    builder.header("Tus-Resumable", TUS_VERSION)
}

fn error_body(code: &str, message: &str) -> String {
    serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": code } }] })
        .to_string()
}

fn tus_error(status: StatusCode, code: &str, message: &str) -> Response {
    let mut response = error_response(status, code, message);
    response
        .headers_mut()
        .insert("Tus-Resumable", HeaderValue::from_static(TUS_VERSION));
    response
}

fn bad_request(message: &str) -> Response {
    tus_error(StatusCode::BAD_REQUEST, "VALIDATION", message)
}

fn number(req: &Request, name: &str) -> Option<i64> {
    req.headers()
        .get(name)?
        .to_str()
        .ok()?
        .parse()
        .ok()
        .filter(|n: &i64| *n >= 0)
}

/// `filename` from `Upload-Metadata` (`key base64,key base64`).
fn file_name(req: &Request) -> Option<String> {
    let metadata = req.headers().get("Upload-Metadata")?.to_str().ok()?;
    let encoded = metadata.split(',').find_map(|pair| {
        let (key, value) = pair.trim().split_once(' ')?;
        (key == "filename").then_some(value)
    })?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    String::from_utf8(bytes).ok()
}

fn refusal(e: &AppError) -> Response {
    let (status, code, message) = match e {
        AppError::Conflict(message) => (StatusCode::CONFLICT, "CONFLICT", message.clone()),
        AppError::Validation { .. } => (StatusCode::BAD_REQUEST, "VALIDATION", e.message()),
        AppError::Unauthenticated(_) => (
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            "sign in first".into(),
        ),
        AppError::Forbidden(_) => (
            StatusCode::FORBIDDEN,
            "FORBIDDEN",
            "your role does not upload files".into(),
        ),
        AppError::NotFound => (
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "no such upload of yours".into(),
        ),
        AppError::Unavailable(_) => (UNAVAILABLE.0, UNAVAILABLE.1, UNAVAILABLE.2.into()),
        e => {
            tracing::error!(error = ?e, "upload failed");
            (INTERNAL_ERROR.0, INTERNAL_ERROR.1, INTERNAL_ERROR.2.into())
        }
    };
    tus_error(status, code, &message)
}
