//! The web app, embedded in the binary: its hashed assets as they are (gzip where built and
//! accepted), and `index.html` for every other path so the app's own router shows the page.
//! Every page is served with a Content-Security-Policy that allows only this server, and the
//! styles Ant Design writes with the page's nonce.

use base64::{Engine, engine::general_purpose::STANDARD};
use poem::{
    Request, Response, handler,
    http::{HeaderValue, Method, StatusCode, header},
    web::Data,
};
use rand::RngCore;
use rust_embed::RustEmbed;

use crate::app::AppState;

#[derive(RustEmbed)]
#[folder = "$OUT_DIR/web"]
struct Assets;

/// Written by Vite where the nonce goes (`html.cspNonce` in `web/vite.config.ts`).
const NONCE_PLACEHOLDER: &str = "WATCHPOST_CSP_NONCE";

#[handler]
pub(super) fn web(req: &Request, Data(state): Data<&AppState>) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into();
    }
    let path = req.uri().path().trim_start_matches('/');
    // The production profile serves no GraphiQL (nor introspection).
    if path == "graphiql" && state.settings.is_production() {
        return StatusCode::NOT_FOUND.into();
    }
    if path.starts_with("assets/") || path.contains('.') {
        return asset(req, path);
    }
    page()
}

/// A file the build wrote: fingerprinted under `assets/`, so cached for good.
fn asset(req: &Request, path: &str) -> Response {
    let Some(file) = Assets::get(path) else {
        return StatusCode::NOT_FOUND.into();
    };
    let gzip = accepts_gzip(req)
        .then(|| Assets::get(&format!("{path}.gz")))
        .flatten();
    let cache = if path.starts_with("assets/") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let builder = Response::builder()
        .content_type(file.metadata.mimetype())
        .header(header::CACHE_CONTROL, cache)
        .header(header::VARY, "Accept-Encoding")
        .header("x-content-type-options", "nosniff");
    match gzip {
        Some(zipped) => builder
            .header(header::CONTENT_ENCODING, "gzip")
            .body(zipped.data.into_owned()),
        None => builder.body(file.data.into_owned()),
    }
}

/// `index.html` with a fresh nonce, never cached (it names the current assets).
fn page() -> Response {
    let Some(index) = Assets::get("index.html") else {
        return StatusCode::NOT_FOUND.into();
    };
    let mut bytes = [0u8; 18];
    rand::rng().fill_bytes(&mut bytes);
    let nonce = STANDARD.encode(bytes);
    let html = String::from_utf8_lossy(&index.data).replace(NONCE_PLACEHOLDER, &nonce);
    let mut resp = Response::builder()
        .content_type("text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-cache")
        .header("x-content-type-options", "nosniff")
        .header("referrer-policy", "same-origin")
        .body(html);
    if let Ok(policy) = HeaderValue::from_str(&content_security_policy(&nonce)) {
        resp.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    resp
}

/// Only this server: scripts (and index.html's own, which starts a phone page's chunks, with
/// the nonce), styles (and Ant Design's with the nonce), images, recordings, fonts (GraphiQL's
/// are inside its CSS); no frames, no plug-ins, no other site framing the app.
pub(super) fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; \
         img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; \
         connect-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

fn accepts_gzip(req: &Request) -> bool {
    req.headers()
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
            (name == "gzip" || name == "*") && !refused
        })
}
