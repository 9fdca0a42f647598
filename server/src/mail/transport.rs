//! Delivery through lettre: pooled SMTP, or `.eml` files in a folder (the default).

use std::time::Duration;

use entities::outbox_message;
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType},
    transport::smtp::{
        PoolConfig,
        authentication::Credentials,
        client::{Tls, TlsParameters},
    },
};

use crate::config::{MailSettings, MailTransport, SmtpSecurity};

pub enum Mailer {
    File(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// What one delivery attempt came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// 4xx replies, connection errors and timeouts: try again later.
    Transient(String),
    /// 5xx replies and messages that cannot be built: never try again.
    Permanent(String),
}

impl Mailer {
    pub fn from_settings(settings: &MailSettings) -> anyhow::Result<Self> {
        Ok(match settings.transport {
            MailTransport::File => {
                std::fs::create_dir_all(&settings.folder)?;
                Self::File(AsyncFileTransport::new(&settings.folder))
            }
            MailTransport::Smtp => {
                let host = settings.smtp_host.clone();
                let tls = match settings.smtp_security {
                    SmtpSecurity::Plain => Tls::None,
                    SmtpSecurity::Starttls => Tls::Required(TlsParameters::new(host.clone())?),
                    SmtpSecurity::Tls => Tls::Wrapper(TlsParameters::new(host.clone())?),
                };
                let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
                    .port(settings.smtp_port)
                    .tls(tls)
                    .timeout(Some(Duration::from_millis(settings.send_timeout_ms)))
                    .pool_config(
                        PoolConfig::new()
                            .max_size(settings.pool_size)
                            .idle_timeout(Duration::from_secs(settings.pool_idle_seconds)),
                    );
                if let (Some(user), Some(password)) =
                    (&settings.smtp_username, &settings.smtp_password)
                {
                    builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
                }
                Self::Smtp(builder.build())
            }
        })
    }

    /// One attempt, cut off after `timeout` however far the conversation got.
    pub async fn send(&self, message: Message, timeout: Duration) -> Outcome {
        let attempt = async {
            match self {
                Self::File(files) => files.send(message).await.map(|_| ()).map_err(|e| {
                    // A full disk or a missing folder may pass; retry.
                    Outcome::Transient(format!("writing the message file failed: {e}"))
                }),
                Self::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| {
                    if e.is_permanent() {
                        Outcome::Permanent(e.to_string())
                    } else {
                        Outcome::Transient(e.to_string())
                    }
                }),
            }
        };
        match tokio::time::timeout(timeout, attempt).await {
            Ok(Ok(())) => Outcome::Sent,
            Ok(Err(outcome)) => outcome,
            Err(_) => Outcome::Transient(format!("no answer within {} ms", timeout.as_millis())),
        }
    }
}

/// The Message-ID of a row: the same on every attempt, so a message sent twice after a
/// crash is recognisable as one.
pub fn message_id(row_id: i32, from: &Mailbox) -> String {
    format!("<outbox-{row_id}@{}>", from.email.domain())
}

pub fn build_message(row: &outbox_message::Model, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox = row
        .to_address
        .parse()
        .map_err(|e| format!("the address {} is not usable: {e}", row.to_address))?;
    let builder = Message::builder()
        .message_id(Some(message_id(row.id, from)))
        .from(from.clone())
        .to(to)
        .subject(row.subject.clone())
        .date(row.created_at.into());
    let attachment = match (
        &row.attachment_name,
        &row.attachment_type,
        &row.attachment_body,
    ) {
        (Some(name), Some(kind), Some(content)) => {
            let kind = ContentType::parse(kind)
                .map_err(|e| format!("the attachment type {kind} is not usable: {e}"))?;
            Some(Attachment::new(name.clone()).body(content.clone(), kind))
        }
        _ => None,
    };
    let built = match (&row.body_html, attachment) {
        (Some(html), None) => builder.multipart(MultiPart::alternative_plain_html(
            row.body_text.clone(),
            html.clone(),
        )),
        (None, None) => builder
            .header(ContentType::TEXT_PLAIN)
            .body(row.body_text.clone()),
        (Some(html), Some(attachment)) => builder.multipart(
            MultiPart::mixed()
                .multipart(MultiPart::alternative_plain_html(
                    row.body_text.clone(),
                    html.clone(),
                ))
                .singlepart(attachment),
        ),
        (None, Some(attachment)) => builder.multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(row.body_text.clone()))
                .singlepart(attachment),
        ),
    };
    built.map_err(|e| format!("the message cannot be built: {e}"))
}
