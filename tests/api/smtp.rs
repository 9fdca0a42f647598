//! A real SMTP server inside the tests (mailin-embedded): it accepts, or answers the next
//! messages with a given reply, or stalls before answering.

use std::{
    collections::VecDeque,
    net::TcpListener,
    sync::{Arc, Mutex},
    time::Duration,
};

use mailin_embedded::{Handler, Response, Server, response::OK};

/// What the server does with the next message instead of accepting it.
#[derive(Clone, Copy, Debug)]
pub enum Trouble {
    /// Answer DATA with this code (451, 550…).
    Reply(u16),
    /// Say nothing for this long, then drop the message.
    Stall(Duration),
}

#[derive(Clone, Debug)]
pub struct Received {
    pub to: Vec<String>,
    pub data: String,
}

impl Received {
    /// A header's value, e.g. `Message-ID`.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.data
            .lines()
            .take_while(|line| !line.is_empty())
            .find_map(|line| {
                let (key, value) = line.split_once(':')?;
                key.eq_ignore_ascii_case(name).then(|| value.trim())
            })
    }
}

#[derive(Default)]
struct Mailbox {
    received: Vec<Received>,
    trouble: VecDeque<Trouble>,
}

#[derive(Clone)]
pub struct SmtpServer {
    pub port: u16,
    mailbox: Arc<Mutex<Mailbox>>,
}

#[derive(Clone)]
struct Session {
    mailbox: Arc<Mutex<Mailbox>>,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Session {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        // Refusals answer DATA itself: mailin would stay in its data state after refusing the
        // message's end, and take the client's next commands for message text.
        let mut mailbox = self.lock();
        if let Some(Trouble::Reply(code)) = mailbox.trouble.front().copied() {
            mailbox.trouble.pop_front();
            return Response::custom(code, format!("test server says {code}"));
        }
        mailin_embedded::response::START_DATA
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let trouble = self.lock().trouble.pop_front();
        match trouble {
            // Long after the client gave up; the message is not kept.
            Some(Trouble::Stall(pause)) => {
                std::thread::sleep(pause);
                OK
            }
            _ => {
                let received = Received {
                    to: std::mem::take(&mut self.to),
                    data: String::from_utf8_lossy(&self.data).into_owned(),
                };
                self.lock().received.push(received);
                OK
            }
        }
    }
}

impl Session {
    fn lock(&self) -> std::sync::MutexGuard<'_, Mailbox> {
        self.mailbox.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl SmtpServer {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("free port");
        let port = listener.local_addr().expect("bound").port();
        let mailbox = Arc::new(Mutex::new(Mailbox::default()));
        let session = Session {
            mailbox: mailbox.clone(),
            to: Vec::new(),
            data: Vec::new(),
        };
        std::thread::spawn(move || {
            let mut server = Server::new(session);
            server
                .with_name("smtp.test")
                .with_num_threads(24)
                .with_tcp_listener(listener);
            let _ = server.serve();
        });
        Self { port, mailbox }
    }

    /// The next messages meet these troubles, in order; then the server accepts again.
    pub fn trouble(&self, troubles: &[Trouble]) {
        self.lock().trouble.extend(troubles.iter().copied());
    }

    pub fn received(&self) -> Vec<Received> {
        self.lock().received.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Mailbox> {
        self.mailbox.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Settings that send through `server` without TLS, giving up on a send after a second.
pub fn send_through(server: &SmtpServer, settings: &mut watchpost::config::Settings) {
    use watchpost::config::{MailTransport, SmtpSecurity};
    settings.mail.transport = MailTransport::Smtp;
    settings.mail.smtp_host = "127.0.0.1".into();
    settings.mail.smtp_port = server.port;
    settings.mail.smtp_security = SmtpSecurity::Plain;
    settings.mail.send_timeout_ms = 1000;
    settings.mail.pool_idle_seconds = 2;
}
