//! The iCalendar (RFC 5545) invitation attached to meeting notices. Written here rather than
//! with a crate because none writes a VTIMEZONE, and calendar programs need one to read a
//! TZID; the zones of Chinese regions have no daylight saving, so one STANDARD rule with the
//! offset in force at the meeting describes them exactly.

use chrono::{DateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetName, Tz};
use lettre::message::Mailbox;

use crate::error::{AppError, AppResult};

/// REQUEST announces or updates an event; CANCEL calls it off; PUBLISH is a copy for a
/// person to keep in their own calendar (downloaded, not mailed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Request,
    Cancel,
    Publish,
}

/// A person as the calendar names them.
pub struct Person<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

/// The office as the organizer of its meetings: the sender of the notices (`mail.from`).
pub struct Organizer {
    pub name: String,
    pub email: String,
    domain: String,
}

impl Organizer {
    pub fn from_settings(from: &str) -> AppResult<Self> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| AppError::internal(anyhow::anyhow!("mail.from: {e}")))?;
        Ok(Self {
            name: from.name.clone().unwrap_or_else(|| "县优化办".into()),
            email: from.email.to_string(),
            domain: from.email.domain().to_owned(),
        })
    }

    pub fn person(&self) -> Person<'_> {
        Person {
            name: &self.name,
            email: &self.email,
        }
    }

    /// The meeting's calendar entry, the same in every notice and copy, so each updates it.
    pub fn uid(&self, meeting_id: i32) -> String {
        format!("meeting-{meeting_id}@{}", self.domain)
    }
}

/// One meeting as a calendar event.
pub struct Invitation<'a> {
    pub method: Method,
    /// Stable for the meeting, so each notice updates the same calendar entry.
    pub uid: &'a str,
    /// Rises with each change; calendar programs ignore a notice older than what they hold.
    pub sequence: i32,
    pub stamp: DateTime<Utc>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub zone: Tz,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    pub organizer: Person<'a>,
    /// The person invited; none in a published copy.
    pub attendee: Option<Person<'a>>,
    /// A published copy of a meeting called off.
    pub cancelled: bool,
}

impl Invitation<'_> {
    /// The `METHOD` value, also the `method` parameter of the attachment's content type.
    pub fn method_name(&self) -> &'static str {
        match self.method {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
            Method::Publish => "PUBLISH",
        }
    }

    /// The calendar object, lines folded and ended with CRLF.
    pub fn render(&self) -> String {
        let zone_name = self.zone.name();
        let local = |at: DateTime<Utc>| at.with_timezone(&self.zone).format("%Y%m%dT%H%M%S");
        let offset = self
            .zone
            .offset_from_utc_datetime(&self.starts_at.naive_utc());
        let seconds = offset.fix().local_minus_utc();
        let utc_offset = format!(
            "{}{:02}{:02}",
            if seconds < 0 { '-' } else { '+' },
            seconds.abs() / 3600,
            seconds.abs() % 3600 / 60
        );
        let status = match self.method {
            Method::Cancel => "CANCELLED",
            Method::Publish if self.cancelled => "CANCELLED",
            Method::Request | Method::Publish => "CONFIRMED",
        };
        let attendee = self.attendee.as_ref().map(|person| {
            format!(
                "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{}",
                parameter(person.name),
                person.email
            )
        });
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//Watchpost//Meeting notices//ZH".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            format!("METHOD:{}", self.method_name()),
            "BEGIN:VTIMEZONE".to_owned(),
            format!("TZID:{zone_name}"),
            "BEGIN:STANDARD".to_owned(),
            "DTSTART:19700101T000000".to_owned(),
            format!("TZOFFSETFROM:{utc_offset}"),
            format!("TZOFFSETTO:{utc_offset}"),
            format!("TZNAME:{}", offset.abbreviation().unwrap_or(zone_name)),
            "END:STANDARD".to_owned(),
            "END:VTIMEZONE".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", self.uid),
            format!("SEQUENCE:{}", self.sequence),
            format!("DTSTAMP:{}", self.stamp.format("%Y%m%dT%H%M%SZ")),
            format!("DTSTART;TZID={zone_name}:{}", local(self.starts_at)),
            format!("DTEND;TZID={zone_name}:{}", local(self.ends_at)),
            format!("SUMMARY:{}", text(self.summary)),
            format!("LOCATION:{}", text(self.location)),
            format!("DESCRIPTION:{}", text(self.description)),
            format!(
                "ORGANIZER;CN={}:mailto:{}",
                parameter(self.organizer.name),
                self.organizer.email
            ),
        ];
        let ending = [
            format!("STATUS:{status}"),
            "END:VEVENT".to_owned(),
            "END:VCALENDAR".to_owned(),
        ];
        lines
            .iter()
            .chain(attendee.iter())
            .chain(ending.iter())
            .map(|line| fold(line))
            .collect()
    }
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value: quoted, as names may hold `:` `;` `,`; a double quote cannot appear.
fn parameter(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    format!("\"{clean}\"")
}

/// Folds a content line at 75 octets without splitting a character, and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            // The leading space counts towards the next line's 75.
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation(method: Method) -> Invitation<'static> {
        let at = |h| {
            Utc.with_ymd_and_hms(2026, 12, 1, h, 30, 0)
                .single()
                .expect("valid")
        };
        Invitation {
            method,
            uid: "meeting-7@example.org",
            sequence: 2,
            stamp: at(0),
            starts_at: at(1),
            ends_at: at(3),
            zone: chrono_tz::Asia::Shanghai,
            summary: "第四季度联席会议; 议题, 其一",
            location: "县政务服务中心三楼会议室",
            description: "一、通报情况\n二、交流意见",
            organizer: Person {
                name: "县优化办",
                email: "office@example.org",
            },
            attendee: Some(Person {
                name: "张\"三",
                email: "zhang@example.org",
            }),
            cancelled: false,
        }
    }

    #[test]
    fn a_request_has_local_times_with_their_zone_and_a_matching_timezone() {
        let ics = invitation(Method::Request).render();
        assert!(ics.contains("METHOD:REQUEST\r\n"));
        assert!(ics.contains("TZID:Asia/Shanghai\r\n"));
        assert!(ics.contains("TZOFFSETTO:+0800\r\n"));
        assert!(ics.contains("DTSTART;TZID=Asia/Shanghai:20261201T093000\r\n"));
        assert!(ics.contains("DTEND;TZID=Asia/Shanghai:20261201T113000\r\n"));
        assert!(ics.contains("SEQUENCE:2\r\n"));
        assert!(ics.contains("STATUS:CONFIRMED\r\n"));
        assert!(ics.contains("ATTENDEE;CN=\"张三\""));
    }

    #[test]
    fn a_cancel_says_so_twice() {
        let ics = invitation(Method::Cancel).render();
        assert!(ics.contains("METHOD:CANCEL\r\n"));
        assert!(ics.contains("STATUS:CANCELLED\r\n"));
    }

    #[test]
    fn a_published_copy_names_no_attendee_and_says_when_it_is_called_off() {
        let copy = Invitation {
            attendee: None,
            ..invitation(Method::Publish)
        };
        let ics = copy.render();
        assert!(ics.contains("METHOD:PUBLISH\r\n"));
        assert!(ics.contains("STATUS:CONFIRMED\r\n"));
        assert!(!ics.contains("ATTENDEE"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        let called_off = Invitation {
            attendee: None,
            cancelled: true,
            ..invitation(Method::Publish)
        };
        assert!(called_off.render().contains("STATUS:CANCELLED\r\n"));
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        let ics = invitation(Method::Request).render();
        assert!(ics.contains("SUMMARY:第四季度联席会议\\; 议题\\, 其一"));
        assert!(ics.contains("一、通报情况\\n二、"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets: {line}");
        }
        let long = fold(&"会".repeat(40));
        assert!(long.contains("\r\n "));
        let unfolded = long.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{}\r\n", "会".repeat(40)));
    }
}
