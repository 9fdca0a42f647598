//! Email: Simplified Chinese templates rendered into outbox rows, and the transports that
//! deliver them. Templates are files under `server/templates/mail`, built into the binary.

pub mod dispatch;
pub mod ics;
pub mod transport;

use std::sync::OnceLock;

use minijinja::Environment;
use serde_json::Value;

/// A template's three parts, ready for an outbox row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

macro_rules! template_files {
    ($($name:literal),* $(,)?) => {
        &[$(
            (concat!($name, ".subject"), include_str!(concat!("../../templates/mail/", $name, ".subject"))),
            (concat!($name, ".txt"), include_str!(concat!("../../templates/mail/", $name, ".txt"))),
            (concat!($name, ".html"), include_str!(concat!("../../templates/mail/", $name, ".html"))),
        )*]
    };
}

const FILES: &[(&str, &str)] = template_files!(
    "notice",
    "quarterly_reminder",
    "due_soon",
    "term_ending",
    "exit_candidates",
    "meeting_notice",
);

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // A template that names a missing value is a bug, not an empty string in a letter.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        for (name, source) in FILES {
            env.add_template(name, source)
                .unwrap_or_else(|e| panic!("mail template {name} does not parse: {e}"));
        }
        env
    })
}

/// Renders the template `name` (a file stem under `templates/mail`) with `context`; HTML parts are escaped.
pub fn render(name: &str, context: &Value) -> Result<Rendered, minijinja::Error> {
    let env = environment();
    let part = |suffix: &str| -> Result<String, minijinja::Error> {
        env.get_template(&format!("{name}.{suffix}"))?
            .render(context)
    };
    Ok(Rendered {
        subject: part("subject")?.trim().chars().take(200).collect(),
        text: part("txt")?,
        html: part("html")?,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_notice_renders_with_its_lines_escaped_in_html() {
        let mail = render(
            "notice",
            &json!({ "name": "张三", "title": "交办单已签收", "body": "第一行\n<b>第二行</b>",
                     "link": "https://yhb.example.gov.cn/open/QXNzaWdubWVudDox" }),
        )
        .expect("renders");
        assert_eq!(mail.subject, "【营商环境监督】交办单已签收");
        assert!(mail.text.starts_with("张三，您好："));
        assert!(
            mail.text.contains("<b>第二行</b>"),
            "plain text is not escaped"
        );
        assert!(mail.html.contains("<p>第一行</p>"));
        assert!(
            mail.html.contains("&lt;b&gt;第二行&lt;&#x2f;b&gt;"),
            "{}",
            mail.html
        );
        assert!(
            mail.text
                .contains("在平台中打开：https://yhb.example.gov.cn/open/QXNzaWdubWVudDox")
        );
        assert!(mail.html.contains("在平台中打开</a>"));
    }

    #[test]
    fn the_quarterly_reminder_names_the_suggestion_quota_only_when_short() {
        let mut context = json!({
            "name": "李四", "quarter": "2025年第四季度", "today": "2025年12月16日",
            "problems": 0, "due": "2025年12月31日", "year": 2025, "valuable": 1,
            "problems_short": true, "suggestions_short": true,
            "title": "2025年第四季度问题信息报送提醒", "link": null,
        });
        let mail = render("quarterly_reminder", &context).expect("renders");
        assert_eq!(
            mail.subject,
            "【营商环境监督】2025年第四季度问题信息报送提醒"
        );
        assert!(
            mail.text
                .contains("已报送问题信息 0 条，请于2025年12月31日前完成报送")
        );
        assert!(mail.text.contains("有价值的建议 1 条"));
        assert!(mail.html.contains("<strong>0</strong>"));
        assert!(!mail.text.contains("在平台中打开"), "no link, no line");
        context["suggestions_short"] = json!(false);
        let mail = render("quarterly_reminder", &context).expect("renders");
        assert!(!mail.text.contains("有价值"));
        assert!(!mail.html.contains("有价值"));
        // Only the suggestions short: nothing about problem reports.
        context["problems_short"] = json!(false);
        context["suggestions_short"] = json!(true);
        context["title"] = json!("2025年有价值工作建议提醒");
        let mail = render("quarterly_reminder", &context).expect("renders");
        assert_eq!(mail.subject, "【营商环境监督】2025年有价值工作建议提醒");
        assert!(!mail.text.contains("问题信息"), "{}", mail.text);
        assert!(
            mail.text
                .contains("有价值的建议 1 条，请于2025年12月31日前补足")
        );
    }

    #[test]
    fn the_due_soon_digest_lists_every_item() {
        let mail = render(
            "due_soon",
            &json!({ "name": "王五", "unit": "县市场监管局", "items": [
                { "kind": "交办单", "label": "岳优交〔2025〕3号", "deadline": "2025-03-14" },
                { "kind": "询问", "label": "关于<营业执照>办理", "deadline": "2025-03-17" },
            ], "link": null }),
        )
        .expect("renders");
        assert_eq!(mail.subject, "【营商环境监督】催办：2 项事项即将到期");
        assert!(
            mail.text
                .contains("- 交办单 岳优交〔2025〕3号：办理时限 2025-03-14")
        );
        assert!(
            mail.text
                .contains("- 询问 关于<营业执照>办理：办理时限 2025-03-17")
        );
        assert!(mail.html.contains("<td>关于&lt;营业执照&gt;办理</td>"));
    }

    #[test]
    fn the_term_warning_names_the_end() {
        let mail = render(
            "term_ending",
            &json!({ "name": "赵六", "role": "营商环境监督员", "ends_on": "2027年3月2日", "link": null }),
        )
        .expect("renders");
        assert_eq!(mail.subject, "【营商环境监督】聘期将于2027年3月2日届满");
        assert!(
            mail.text
                .contains("您作为营商环境监督员的聘期将于2027年3月2日届满")
        );
        assert!(mail.html.contains("<strong>2027年3月2日</strong>"));
    }

    #[test]
    fn the_exit_digest_lists_candidates_and_reasons() {
        let mail = render(
            "exit_candidates",
            &json!({ "name": "优化办", "today": "2025年9月1日", "candidates": [
                { "name": "钱七", "reasons": "半年内未反映问题或提出意见建议" },
            ], "link": null }),
        )
        .expect("renders");
        assert_eq!(mail.subject, "【营商环境监督】动态退出评估：1 名成员待评估");
        assert!(mail.text.contains("- 钱七：半年内未反映问题或提出意见建议"));
        assert!(
            mail.html
                .contains("<li>钱七：半年内未反映问题或提出意见建议</li>")
        );
    }

    #[test]
    fn a_missing_value_is_an_error_not_a_blank() {
        assert!(render("notice", &json!({ "name": "张三" })).is_err());
    }
}
