//! The conclusion report as files: CSV (UTF-8 with a byte-order mark, so spreadsheet
//! programs read the Chinese correctly) and a printable HTML page.

use std::sync::OnceLock;

use entities::{member::MemberKind, report::Rating};
use minijinja::Environment;
use serde::Serialize;
use serde_json::json;

use crate::{
    domain::meeting::kind_label,
    service::figures::{ConclusionReport, MemberCompliance, UnitPerformance},
};

/// Which table or page of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    UnitsCsv,
    MembersCsv,
    Html,
}

impl Export {
    /// Parses `2025Q1-units.csv`, `2025Q1-members.csv` or `2025Q1.html` into the quarter
    /// and the export.
    pub fn parse(name: &str) -> Option<(&str, Self)> {
        if let Some(quarter) = name.strip_suffix("-units.csv") {
            Some((quarter, Self::UnitsCsv))
        } else if let Some(quarter) = name.strip_suffix("-members.csv") {
            Some((quarter, Self::MembersCsv))
        } else {
            name.strip_suffix(".html")
                .map(|quarter| (quarter, Self::Html))
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::UnitsCsv | Self::MembersCsv => "text/csv; charset=utf-8",
            Self::Html => "text/html; charset=utf-8",
        }
    }

    pub fn render(self, report: &ConclusionReport) -> Result<Vec<u8>, String> {
        match self {
            Self::UnitsCsv => csv(
                &UNIT_HEADERS,
                report.units.iter().map(unit_line).map(|l| l.cells()),
            ),
            Self::MembersCsv => csv(
                &MEMBER_HEADERS,
                report.members.iter().map(member_line).map(|l| l.cells()),
            ),
            Self::Html => html(report).map(String::into_bytes),
        }
    }
}

const UNIT_HEADERS: [&str; 12] = [
    "单位",
    "交办件数",
    "按时答复",
    "超期",
    "退单",
    "平均答复用时（工作日）",
    "移交纪委",
    "测评份数",
    "测评得分",
    "满意",
    "基本满意",
    "不满意",
];

const MEMBER_HEADERS: [&str; 7] = [
    "姓名",
    "类别",
    "本季度反映问题",
    "本年度有价值建议",
    "最近报送",
    "无故缺席",
    "完成情况",
];

/// A unit's row as shown, for the CSV and the page alike.
#[derive(Serialize)]
struct UnitLine {
    name: String,
    slips_issued: u32,
    replied_on_time: u32,
    overdue: u32,
    handed_back: u32,
    average_days: String,
    referrals: u32,
    survey_responses: usize,
    survey_score: String,
    satisfied: u32,
    basically_satisfied: u32,
    unsatisfied: u32,
}

impl UnitLine {
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.slips_issued.to_string(),
            self.replied_on_time.to_string(),
            self.overdue.to_string(),
            self.handed_back.to_string(),
            self.average_days.clone(),
            self.referrals.to_string(),
            self.survey_responses.to_string(),
            self.survey_score.clone(),
            self.satisfied.to_string(),
            self.basically_satisfied.to_string(),
            self.unsatisfied.to_string(),
        ]
    }
}

fn unit_line(u: &UnitPerformance) -> UnitLine {
    let rated = |wanted: Rating| {
        u.reporter_ratings
            .iter()
            .find(|(r, _)| *r == wanted)
            .map_or(0, |(_, n)| *n)
    };
    let shown = |x: Option<f64>| x.map_or_else(|| "—".to_owned(), |x| format!("{x:.1}"));
    UnitLine {
        name: u.unit.name.clone(),
        slips_issued: u.slips_issued,
        replied_on_time: u.replied_on_time,
        overdue: u.overdue,
        handed_back: u.handed_back,
        average_days: shown(u.average_working_days_to_reply),
        referrals: u.referrals,
        survey_responses: u.survey.responses,
        survey_score: shown(u.survey.score),
        satisfied: rated(Rating::Satisfied),
        basically_satisfied: rated(Rating::BasicallySatisfied),
        unsatisfied: rated(Rating::Unsatisfied),
    }
}

/// A member's row as shown.
#[derive(Serialize)]
struct MemberLine {
    name: String,
    kind: &'static str,
    problem_reports: u64,
    valuable_suggestions: u64,
    last_report_on: String,
    unexcused_absences: u32,
    status: &'static str,
}

impl MemberLine {
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.to_owned(),
            self.problem_reports.to_string(),
            self.valuable_suggestions.to_string(),
            self.last_report_on.clone(),
            self.unexcused_absences.to_string(),
            self.status.to_owned(),
        ]
    }
}

fn member_line(m: &MemberCompliance) -> MemberLine {
    MemberLine {
        name: m.member.name.clone(),
        kind: match m.member.kind {
            MemberKind::Supervisor => "监督员",
            MemberKind::MonitoringPoint => "监测点",
        },
        problem_reports: m.problem_reports,
        valuable_suggestions: m.valuable_suggestions,
        last_report_on: m
            .last_report_on
            .map_or_else(|| "—".to_owned(), |d| d.to_string()),
        unexcused_absences: m.unexcused_absences,
        status: if m.quotas.met { "达标" } else { "未达标" },
    }
}

fn csv(headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Result<Vec<u8>, String> {
    // The byte-order mark tells spreadsheet programs the file is UTF-8.
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(headers).map_err(|e| e.to_string())?;
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| inert(cell)))
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// A cell a spreadsheet program will not run as a formula: names come from the public (a
/// self-nominated `=HYPERLINK(…)`), so a cell starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'`, as OWASP's guidance on CSV injection has it.
fn inert(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn html(report: &ConclusionReport) -> Result<String, String> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    let env = ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.add_template(
            "conclusion.html",
            include_str!("../templates/reports/conclusion.html"),
        )
        .unwrap_or_else(|e| panic!("report template does not parse: {e}"));
        env
    });
    let zone = crate::domain::region::parse_time_zone(&report.region.time_zone)?;
    let members: Vec<MemberLine> = report.members.iter().map(member_line).collect();
    let context = json!({
        "region": report.region.name,
        "quarter": report.quarter.label(),
        "from": report.from.to_string(),
        "to": report.to.to_string(),
        "generated_at": report.generated_at.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string(),
        "reports_received": report.reports_received,
        "members_met": report.members.iter().filter(|m| m.quotas.met).count(),
        "units": report.units.iter().map(unit_line).collect::<Vec<_>>(),
        "members": members,
        "commendations": report.commendations.iter().map(|c| json!({ "unit": c.unit_name, "reason": c.model.reason })).collect::<Vec<_>>(),
        "meetings": report.meetings.iter().map(|m| json!({
            "day": m.starts_at.with_timezone(&zone).format("%Y-%m-%d").to_string(),
            "kind": kind_label(m.kind),
            "topic": m.topic,
        })).collect::<Vec<_>>(),
    });
    env.get_template("conclusion.html")
        .and_then(|t| t.render(context))
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_carry_the_quarter_and_the_format() {
        assert_eq!(
            Export::parse("2025Q1-units.csv"),
            Some(("2025Q1", Export::UnitsCsv))
        );
        assert_eq!(
            Export::parse("2025Q4-members.csv"),
            Some(("2025Q4", Export::MembersCsv))
        );
        assert_eq!(Export::parse("2025Q2.html"), Some(("2025Q2", Export::Html)));
        assert_eq!(Export::parse("2025Q2.pdf"), None);
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_as_formulas_are_made_inert() {
        let bytes = csv(
            &["名称"],
            [
                "=HYPERLINK(\"http://x\",\"点我\")",
                "+1",
                "-1+2",
                "@SUM(A1)",
                "\tx",
                "\rx",
                "縣住建局",
                "3.5",
            ]
            .into_iter()
            .map(|cell| vec![cell.to_owned()]),
        )
        .expect("csv");
        let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
        assert_eq!(
            text,
            "名称\n\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"\n'+1\n'-1+2\n'@SUM(A1)\n'\tx\n\"'\rx\"\n縣住建局\n3.5\n"
        );
    }

    #[test]
    fn csv_starts_with_the_byte_order_mark_and_quotes_what_needs_it() {
        let bytes = csv(
            &["单位", "说明"],
            [vec!["县住建局".into(), "甲,乙".into()]].into_iter(),
        )
        .expect("csv");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
        assert_eq!(text, "单位,说明\n县住建局,\"甲,乙\"\n");
    }
}
