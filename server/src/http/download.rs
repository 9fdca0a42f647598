//! Downloads: attachments (`/files/{id}`) and the conclusion report's files (`/exports/…`),
//! with the permissions of their records and the same limits as the API.

use poem::{
    Request, Response, handler,
    http::{StatusCode, header},
    web::{Data, Path},
};

use super::{INTERNAL_ERROR, UNAVAILABLE, error_response, limited_caller, retried_once};
use crate::{app::AppState, limits::Bucket, service::RequestContext};

/// `inline` when the web app asks to show the file in its page (`?inline=1`) and the browser
/// shows that kind of file without running anything in it; otherwise a download.
fn disposition(req: &Request, content_type: &str) -> &'static str {
    let asked = req
        .uri()
        .query()
        .is_some_and(|q| q.split('&').any(|pair| pair == "inline=1"));
    let shown = matches!(
        content_type,
        "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "application/pdf"
    ) || content_type.starts_with("audio/")
        || content_type.starts_with("video/");
    if asked && shown {
        "inline"
    } else {
        "attachment"
    }
}

/// `GET /files/{id}`: an attachment, for exactly those who may see its record.
#[handler]
pub(super) async fn download(
    req: &Request,
    Path(id): Path<String>,
    Data(state): Data<&AppState>,
) -> Response {
    let (viewer, meta) = match limited_caller(req, state, None).await {
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
                    "{}; filename*=UTF-8''{}",
                    disposition(req, &attachment.content_type),
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
pub(super) async fn conclusion_report(
    req: &Request,
    Path(name): Path<String>,
    Data(state): Data<&AppState>,
) -> Response {
    let (viewer, meta) = match limited_caller(req, state, Some(Bucket::Export)).await {
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

/// `GET /exports/meetings/{id}.ics`: a meeting to add to one's own calendar, for those who
/// may see the meeting.
#[handler]
pub(super) async fn meeting_calendar(
    req: &Request,
    Path(name): Path<String>,
    Data(state): Data<&AppState>,
) -> Response {
    let (viewer, meta) = match limited_caller(req, state, None).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Some(id) = name
        .strip_suffix(".ics")
        .and_then(|id| id.parse::<i32>().ok())
    else {
        return error_response(StatusCode::NOT_FOUND, "NOT_FOUND", "not found");
    };
    let rc = RequestContext {
        state: state.clone(),
        viewer,
        meta,
    };
    match retried_once(|| crate::service::meeting::calendar_file(&rc, id)).await {
        Ok(calendar) => Response::builder()
            .content_type("text/calendar; charset=utf-8; method=PUBLISH")
            .header(
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"meeting.ics\"",
            )
            .header(header::CACHE_CONTROL, "private, no-store")
            .body(calendar),
        Err(e) => refusal(&e, "serving a meeting's calendar file"),
    }
}
