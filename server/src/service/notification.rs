//! In-app notifications and the email outbox rows that go with them, written in the caller's
//! transaction. Delivery of the email is the dispatcher's job.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entities::{
    account::{self, Role},
    notification, outbox_message, unit,
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, Order, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, OnConflict},
};

use super::{Page, PageRequest, RequestContext, paginate};
use crate::{
    domain,
    error::{AppError, AppResult},
};

/// One event to tell people about. Texts are Simplified Chinese; they must never name a
/// reporter to anyone but the office.
pub struct Notice {
    pub kind: &'static str,
    pub title: String,
    pub body: String,
    pub target_type: &'static str,
    pub target_id: i32,
    /// Major problems go out at once; everything else waits for working hours.
    pub immediate: bool,
}

/// The email that goes with a notice when the plain `notice` template is not enough.
pub struct Email<'a> {
    /// A template under `templates/mail`.
    pub template: &'static str,
    /// Its values; `name` (the recipient's) is added for each recipient.
    pub context: serde_json::Value,
    /// Made for each recipient and address (a meeting's .ics names its attendee).
    pub attachment: Option<&'a AttachmentFor<'a>>,
}

/// Makes the attachment for a recipient's name and the address it goes to.
pub type AttachmentFor<'a> = dyn Fn(&str, &str) -> MailAttachment + Sync + 'a;

/// A file sent with an email.
pub struct MailAttachment {
    pub name: String,
    pub content_type: String,
    pub body: String,
}

/// Who hears about a unit's business: its active handlers; when it has none, its contact
/// email, by mail only (nobody there signs in).
#[derive(Clone, Default)]
pub struct UnitAudience {
    pub handlers: Vec<account::Model>,
    pub contact: Option<UnitContact>,
}

/// A unit reached at its contact email.
#[derive(Clone)]
pub struct UnitContact {
    pub unit_id: i32,
    pub name: String,
    pub address: String,
}

/// The audience of each of these units (every one given has an entry, maybe empty).
pub async fn unit_audiences(
    conn: &impl ConnectionTrait,
    unit_ids: impl IntoIterator<Item = i32>,
) -> AppResult<HashMap<i32, UnitAudience>> {
    let ids: Vec<i32> = unit_ids.into_iter().collect();
    let mut audiences: HashMap<i32, UnitAudience> = ids
        .iter()
        .map(|&id| (id, UnitAudience::default()))
        .collect();
    for handler in account::Entity::find()
        .filter(account::Column::UnitId.is_in(ids.clone()))
        .filter(account::Column::Role.eq(Role::UnitHandler))
        .filter(account::Column::Active.eq(true))
        .order_by_asc(account::Column::Id)
        .all(conn)
        .await?
    {
        if let Some(audience) = handler.unit_id.and_then(|u| audiences.get_mut(&u)) {
            audience.handlers.push(handler);
        }
    }
    for unit in unit::Entity::find()
        .filter(unit::Column::Id.is_in(ids))
        .all(conn)
        .await?
    {
        let Some(audience) = audiences.get_mut(&unit.id) else {
            continue;
        };
        let reach =
            domain::delivery::unit_reach(audience.handlers.len(), unit.contact_email.as_deref());
        if reach == domain::delivery::UnitReach::ContactEmail {
            audience.contact = unit.contact_email.map(|address| UnitContact {
                unit_id: unit.id,
                name: unit.name,
                address,
            });
        }
    }
    Ok(audiences)
}

/// The audience of one unit.
pub async fn unit_audience(conn: &impl ConnectionTrait, unit_id: i32) -> AppResult<UnitAudience> {
    let mut audiences = unit_audiences(conn, [unit_id]).await?;
    Ok(audiences.remove(&unit_id).unwrap_or_default())
}

/// Notifies a unit's handlers, or mails its contact address when it has none.
pub async fn send_to_unit(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: Option<i32>,
    audience: &UnitAudience,
    notice: &Notice,
) -> AppResult<()> {
    let outgoing = Outgoing {
        recipients: &audience.handlers,
        contact: audience.contact.as_ref(),
        notice,
        dedupe: None,
        email: None,
    };
    deliver(conn, rc, region_id, &[outgoing]).await.map(|_| ())
}

/// Notifies each active recipient in the app and, if they have an email address, by email.
pub async fn send(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: Option<i32>,
    recipients: &[account::Model],
    notice: &Notice,
) -> AppResult<()> {
    let outgoing = Outgoing {
        recipients,
        contact: None,
        notice,
        dedupe: None,
        email: None,
    };
    deliver(conn, rc, region_id, &[outgoing]).await.map(|_| ())
}

/// Like `send`, but at most once per `dedupe` and recipient however often it is called.
/// Returns how many recipients were newly notified.
pub async fn send_once(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: Option<i32>,
    recipients: &[account::Model],
    notice: Notice,
    dedupe: &str,
) -> AppResult<u64> {
    let once = Once {
        recipients,
        contact: None,
        notice,
        dedupe: dedupe.to_owned(),
    };
    send_once_each(conn, rc, region_id, &[once]).await
}

/// A notice for `send_once_each`.
pub struct Once<'a> {
    pub recipients: &'a [account::Model],
    /// A unit without handlers, mailed at its contact address.
    pub contact: Option<&'a UnitContact>,
    pub notice: Notice,
    pub dedupe: String,
}

/// Many `send_once` in a few statements (a job's batch).
pub async fn send_once_each(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: Option<i32>,
    notices: &[Once<'_>],
) -> AppResult<u64> {
    let outgoing: Vec<Outgoing> = notices
        .iter()
        .map(|once| Outgoing {
            recipients: once.recipients,
            contact: once.contact,
            notice: &once.notice,
            dedupe: Some(&once.dedupe),
            email: None,
        })
        .collect();
    deliver(conn, rc, region_id, &outgoing).await
}

/// Rows per multi-row insert: well under SQLite's 32,766 bind parameters.
const ROWS_PER_INSERT: usize = 1_000;

fn render(template: &str, context: &serde_json::Value) -> AppResult<crate::mail::Rendered> {
    crate::mail::render(template, context)
        .map_err(|e| AppError::internal(anyhow::anyhow!("mail template {template}: {e}")))
}

fn notification_row(
    recipient: &account::Model,
    region_id: Option<i32>,
    notice: &Notice,
    dedupe_key: Option<String>,
    now: DateTime<Utc>,
) -> notification::ActiveModel {
    notification::ActiveModel {
        account_id: Set(recipient.id),
        region_id: Set(region_id),
        kind: Set(notice.kind.to_owned()),
        title: Set(notice.title.chars().take(200).collect()),
        body: Set(notice.body.clone()),
        target_type: Set(Some(notice.target_type.to_owned())),
        target_id: Set(Some(notice.target_id)),
        read_at: Set(None),
        dedupe_key: Set(dedupe_key),
        created_at: Set(now),
        ..Default::default()
    }
}

#[expect(clippy::too_many_arguments, reason = "one row's every part")]
fn outbox_row(
    account_id: Option<i32>,
    address: &str,
    region_id: Option<i32>,
    notice: &Notice,
    dedupe_key: String,
    mail: crate::mail::Rendered,
    attachment: Option<MailAttachment>,
    now: DateTime<Utc>,
) -> outbox_message::ActiveModel {
    outbox_message::ActiveModel {
        dedupe_key: Set(dedupe_key),
        region_id: Set(region_id),
        account_id: Set(account_id),
        to_address: Set(address.to_owned()),
        subject: Set(mail.subject),
        body_text: Set(mail.text),
        body_html: Set(Some(mail.html)),
        attachment_name: Set(attachment.as_ref().map(|a| a.name.clone())),
        attachment_type: Set(attachment.as_ref().map(|a| a.content_type.clone())),
        attachment_body: Set(attachment.map(|a| a.body)),
        immediate: Set(notice.immediate),
        status: Set("pending".into()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    }
}

/// Like `send_once`, with the email rendered from its own template; `contact` is a unit
/// without handlers, mailed at its contact address.
#[expect(clippy::too_many_arguments, reason = "a notice's every part")]
pub async fn send_once_with_email(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: Option<i32>,
    recipients: &[account::Model],
    contact: Option<&UnitContact>,
    notice: &Notice,
    dedupe: &str,
    email: &Email<'_>,
) -> AppResult<u64> {
    let outgoing = Outgoing {
        recipients,
        contact,
        notice,
        dedupe: Some(dedupe),
        email: Some(email),
    };
    deliver(conn, rc, region_id, &[outgoing]).await
}

/// A notice on its way to its recipients.
struct Outgoing<'a> {
    recipients: &'a [account::Model],
    /// Mailed too, with no notification in the app.
    contact: Option<&'a UnitContact>,
    notice: &'a Notice,
    /// With a key, at most once per key and recipient.
    dedupe: Option<&'a str>,
    /// The plain `notice` template when left out.
    email: Option<&'a Email<'a>>,
}

/// Every notice of `outgoing` to its active recipients in a few statements: one multi-row
/// insert of the notifications (a repeated key is skipped), one of the emails of those that
/// were new. Returns how many recipients were newly notified.
async fn deliver(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: Option<i32>,
    outgoing: &[Outgoing<'_>],
) -> AppResult<u64> {
    let now = rc.now();
    let app_url = rc.state.settings.app_url();
    // Rows in the order given (so ids follow it); who each keyed row is for.
    let mut rows = Vec::new();
    let mut keyed = HashMap::new();
    let mut unkeyed = Vec::new();
    for out in outgoing {
        for recipient in out.recipients.iter().filter(|a| a.active) {
            let key = out.dedupe.map(|d| format!("{d}:{}", recipient.id));
            match &key {
                Some(k) if keyed.insert(k.clone(), (recipient, out)).is_some() => continue,
                Some(_) => {}
                None => unkeyed.push((recipient, out)),
            }
            rows.push(notification_row(recipient, region_id, out.notice, key, now));
        }
    }
    let mut new_keys = Vec::new();
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let inserted = notification::Entity::insert_many(chunk.to_vec())
            .on_conflict(skip_repeated(notification::Column::DedupeKey))
            .exec_with_returning(conn)
            .await;
        match inserted {
            Ok(rows) => new_keys.extend(rows.into_iter().filter_map(|r| r.dedupe_key)),
            Err(sea_orm::DbErr::RecordNotInserted) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let delivered = unkeyed.len() + new_keys.len();
    let new = new_keys
        .into_iter()
        .filter_map(|k| keyed.get(&k).map(|(r, o)| (*r, *o, Some(k))));
    let mut emails = Vec::new();
    for (recipient, out, key) in unkeyed.into_iter().map(|(r, o)| (r, o, None)).chain(new) {
        if let Some(address) = &recipient.email {
            let to = Addressee::Account(recipient, address);
            emails.push(email_row(to, &app_url, region_id, out, key, now)?);
        }
    }
    for chunk in emails.chunks(ROWS_PER_INSERT) {
        outbox_message::Entity::insert_many(chunk.to_vec())
            .on_conflict(skip_repeated(outbox_message::Column::DedupeKey))
            .exec_without_returning(conn)
            .await?;
    }
    // Units reached only by mail: the outbox key alone keeps a keyed notice to one each.
    let mut contacted = 0;
    for out in outgoing {
        let Some(contact) = out.contact else { continue };
        let key = out.dedupe.map(|d| format!("{d}:unit{}", contact.unit_id));
        let row = email_row(Addressee::Unit(contact), &app_url, region_id, out, key, now)?;
        match outbox_message::Entity::insert(row)
            .on_conflict(skip_repeated(outbox_message::Column::DedupeKey))
            .exec(conn)
            .await
        {
            Ok(_) => contacted += 1,
            Err(sea_orm::DbErr::RecordNotInserted) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok((delivered + contacted) as u64)
}

/// Where an email goes: an account at its address, or a unit at its contact address.
enum Addressee<'a> {
    Account(&'a account::Model, &'a str),
    Unit(&'a UnitContact),
}

fn skip_repeated(key: impl sea_orm::sea_query::IntoIden) -> OnConflict {
    OnConflict::column(key).do_nothing().to_owned()
}

/// The email of a notice to one recipient; the outbox key is the notification's, or for a
/// notice without one, made unique by the time.
fn email_row(
    to: Addressee<'_>,
    app_url: &str,
    region_id: Option<i32>,
    out: &Outgoing<'_>,
    key: Option<String>,
    now: DateTime<Utc>,
) -> AppResult<outbox_message::ActiveModel> {
    let (account, name, address, addressee) = match to {
        Addressee::Account(a, address) => {
            (Some(a), a.display_name.as_str(), address, a.id.to_string())
        }
        Addressee::Unit(u) => (
            None,
            u.name.as_str(),
            u.address.as_str(),
            format!("unit{}", u.unit_id),
        ),
    };
    let notice = out.notice;
    let (template, mut context) = match out.email {
        Some(email) => (email.template, email.context.clone()),
        None => (
            "notice",
            serde_json::json!({ "title": notice.title, "body": notice.body }),
        ),
    };
    context["name"] = name.into();
    // A unit reached at its contact address has no one to sign in: no link.
    context["link"] = match account {
        Some(recipient) => {
            let page = if domain::account::is_member(recipient.role) {
                "/me/open/"
            } else {
                "/open/"
            };
            let id = super::global_id(notice.target_type, notice.target_id);
            format!("{app_url}{page}{id}").into()
        }
        None => serde_json::Value::Null,
    };
    let mail = render(template, &context)?;
    let attachment = out
        .email
        .and_then(|e| e.attachment)
        .map(|make| make(name, address));
    let key = key.unwrap_or_else(|| {
        format!(
            "{}:{}:{}:{}:{}",
            notice.kind,
            notice.target_type,
            notice.target_id,
            addressee,
            now.timestamp_micros()
        )
    });
    Ok(outbox_row(
        account.map(|a| a.id),
        address,
        region_id,
        notice,
        key,
        mail,
        attachment,
        now,
    ))
}

/// The latest outbox messages: the office's region, or all for the platform admin.
pub async fn outbox(
    rc: &RequestContext,
    status: Option<String>,
    last: u64,
) -> AppResult<Vec<outbox_message::Model>> {
    let principal = rc.viewer.require(&[Role::Office, Role::PlatformAdmin])?;
    let mut select = outbox_message::Entity::find()
        .order_by_desc(outbox_message::Column::Id)
        .limit(Ord::min(last, 100));
    if principal.role == Role::Office {
        select = select.filter(outbox_message::Column::RegionId.eq(principal.region_id));
    }
    if let Some(status) = status {
        select = select.filter(outbox_message::Column::Status.eq(status));
    }
    Ok(select.all(&rc.state.db).await?)
}

/// The region's active office accounts.
pub async fn office_of(
    conn: &impl ConnectionTrait,
    region_id: i32,
) -> AppResult<Vec<account::Model>> {
    Ok(account::Entity::find()
        .filter(account::Column::RegionId.eq(region_id))
        .filter(account::Column::Role.eq(Role::Office))
        .filter(account::Column::Active.eq(true))
        .all(conn)
        .await?)
}

/// The region's active discipline commission accounts.
pub async fn commission_of(
    conn: &impl ConnectionTrait,
    region_id: i32,
) -> AppResult<Vec<account::Model>> {
    Ok(account::Entity::find()
        .filter(account::Column::RegionId.eq(region_id))
        .filter(account::Column::Role.eq(Role::Discipline))
        .filter(account::Column::Active.eq(true))
        .all(conn)
        .await?)
}

pub async fn account(conn: &impl ConnectionTrait, id: i32) -> AppResult<Vec<account::Model>> {
    Ok(account::Entity::find_by_id(id).all(conn).await?)
}

/// The caller's own notifications, newest first.
pub async fn list(
    rc: &RequestContext,
    unread_only: bool,
    page: PageRequest,
) -> AppResult<Page<notification::Model>> {
    let principal = rc.viewer.principal_allowing_password_change()?;
    let mut select = notification::Entity::find()
        .filter(notification::Column::AccountId.eq(principal.account_id));
    if unread_only {
        select = select.filter(notification::Column::ReadAt.is_null());
    }
    paginate(
        &rc.state.db,
        select,
        notification::Column::Id,
        page,
        Order::Desc,
    )
    .await
}

pub async fn unread_count(rc: &RequestContext) -> AppResult<u64> {
    let principal = rc.viewer.principal_allowing_password_change()?;
    Ok(notification::Entity::find()
        .filter(notification::Column::AccountId.eq(principal.account_id))
        .filter(notification::Column::ReadAt.is_null())
        .count(&rc.state.db)
        .await?)
}

/// Marks the caller's notifications read: the given ones, or all when `ids` is `None`.
pub async fn mark_read(rc: &RequestContext, ids: Option<Vec<i32>>) -> AppResult<u64> {
    let principal = rc.viewer.principal_allowing_password_change()?;
    if ids.as_ref().is_some_and(Vec::is_empty) {
        return Err(AppError::validation(
            "ids",
            "name the notifications, or ask for all",
        ));
    }
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(rc.now()))
        .filter(notification::Column::AccountId.eq(principal.account_id))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(ids) = ids {
        update = update.filter(notification::Column::Id.is_in(ids));
    }
    update.exec(&rc.state.db).await?;
    unread_count(rc).await
}
