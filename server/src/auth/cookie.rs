//! The web app's session: the same token as a bearer client's, kept in an HttpOnly,
//! SameSite=Strict cookie the page's scripts cannot read. A request signed in by the cookie
//! that changes anything must also carry `CSRF_HEADER`, which a page on another site cannot
//! send without the CORS permission this server never gives; plain links (downloads,
//! printing) need only the cookie.

pub const NAME: &str = "watchpost_session";

/// Sent by the web app on every request; its presence also asks for the session cookie.
pub const CSRF_HEADER: &str = "x-watchpost-csrf";

/// The session token in a `Cookie` header, if any.
pub fn token_in(cookie_header: &str) -> Option<&str> {
    cookie_header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == NAME && !value.is_empty()).then_some(value)
    })
}

/// `Set-Cookie` for a new session; `Secure` when the page was served over TLS. No
/// `Max-Age`: the cookie ends with the browser, the session earlier on the server.
pub fn set(token: &str, secure: bool) -> String {
    format!("{NAME}={token}; {}", attributes(secure))
}

/// `Set-Cookie` that removes it.
pub fn clear(secure: bool) -> String {
    format!("{NAME}=; Max-Age=0; {}", attributes(secure))
}

fn attributes(secure: bool) -> &'static str {
    if secure {
        "Path=/; HttpOnly; SameSite=Strict; Secure"
    } else {
        "Path=/; HttpOnly; SameSite=Strict"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_found_among_other_cookies() {
        assert_eq!(token_in("a=1; watchpost_session=abc; b=2"), Some("abc"));
        assert_eq!(token_in("watchpost_session="), None);
        assert_eq!(token_in("xwatchpost_session=abc"), None);
        assert_eq!(
            set("abc", true),
            "watchpost_session=abc; Path=/; HttpOnly; SameSite=Strict; Secure"
        );
    }
}
