//! The pure hot paths: working-day arithmetic over a year, ID and credit-code checks, and
//! rendering a mail template. `cargo bench -p watchpost --bench hot_paths`.

use std::hint::black_box;

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;
use watchpost::domain::{calendar::WorkingCalendar, credit_code, identity};

/// A year of China's holidays and adjusted working weekends (2025), as an office enters them.
fn calendar_2025() -> WorkingCalendar {
    let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap_or_default();
    let holidays = [
        (1, 1),
        (1, 28),
        (1, 29),
        (1, 30),
        (1, 31),
        (2, 3),
        (2, 4),
        (4, 4),
        (5, 1),
        (5, 2),
        (5, 5),
        (6, 2),
        (10, 1),
        (10, 2),
        (10, 3),
        (10, 6),
        (10, 7),
        (10, 8),
    ];
    let working_weekends = [(1, 26), (2, 8), (4, 27), (9, 28), (10, 11)];
    WorkingCalendar::new(
        holidays
            .iter()
            .map(|(m, d)| (day(*m, *d), false))
            .chain(working_weekends.iter().map(|(m, d)| (day(*m, *d), true))),
    )
}

fn working_days(c: &mut Criterion) {
    let calendar = calendar_2025();
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
    c.bench_function(
        "deadline of 10 working days, for every day of a year",
        |b| {
            b.iter(|| {
                for offset in 0..365 {
                    black_box(calendar.add_working_days(start + Duration::days(offset), 10));
                }
            });
        },
    );
    c.bench_function(
        "working days between 1 January and every day of a year",
        |b| {
            b.iter(|| {
                for offset in 0..365 {
                    black_box(calendar.working_days_between(start, start + Duration::days(offset)));
                }
            });
        },
    );
}

fn identity_checks(c: &mut Criterion) {
    c.bench_function("resident ID number parse and check digit", |b| {
        b.iter(|| identity::parse(black_box("43062119820303005X")));
    });
    c.bench_function("unified social credit code check", |b| {
        b.iter(|| credit_code::validate(black_box("91350100M000100Y43")));
    });
}

fn templates(c: &mut Criterion) {
    let context = json!({
        "name": "张三", "unit": "县市场监管局",
        "items": (0..10).map(|n| json!({ "kind": "交办单", "label": format!("岳优交〔2025〕{n}号"), "deadline": "2025-03-14" })).collect::<Vec<_>>(),
    });
    c.bench_function(
        "render the due-soon digest (subject, text, HTML) with 10 items",
        |b| {
            b.iter(|| watchpost::mail::render("due_soon", black_box(&context)));
        },
    );
}

criterion_group!(benches, working_days, identity_checks, templates);
criterion_main!(benches);
