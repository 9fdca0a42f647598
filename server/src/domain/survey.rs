//! Satisfaction surveys (滿意度測評): how a unit's ratings add up, and when they may be shown
//! without exposing who gave them.

use entities::survey_response::SatisfactionLevel;

/// Below this many responses a unit's distribution, score and comments are withheld: with
/// one or two, the unit could tell who rated it how.
pub const MIN_RESPONSES_SHOWN: usize = 3;

/// The levels from best to worst, as distributions list them.
pub const LEVELS: [SatisfactionLevel; 5] = [
    SatisfactionLevel::VerySatisfied,
    SatisfactionLevel::Satisfied,
    SatisfactionLevel::FairlySatisfied,
    SatisfactionLevel::Dissatisfied,
    SatisfactionLevel::VeryDissatisfied,
];

/// Points on a 0–100 scale, evenly spaced over the five levels.
pub fn points(level: SatisfactionLevel) -> u32 {
    match level {
        SatisfactionLevel::VerySatisfied => 100,
        SatisfactionLevel::Satisfied => 75,
        SatisfactionLevel::FairlySatisfied => 50,
        SatisfactionLevel::Dissatisfied => 25,
        SatisfactionLevel::VeryDissatisfied => 0,
    }
}

pub fn label(level: SatisfactionLevel) -> &'static str {
    match level {
        SatisfactionLevel::VerySatisfied => "非常满意",
        SatisfactionLevel::Satisfied => "满意",
        SatisfactionLevel::FairlySatisfied => "基本满意",
        SatisfactionLevel::Dissatisfied => "不满意",
        SatisfactionLevel::VeryDissatisfied => "非常不满意",
    }
}

/// A unit's ratings added up.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    pub responses: usize,
    /// Counts per level in the order of `LEVELS`; `None` below `MIN_RESPONSES_SHOWN`.
    pub distribution: Option<[usize; 5]>,
    /// Mean points, one decimal; `None` below `MIN_RESPONSES_SHOWN`.
    pub score: Option<f64>,
    /// Share of satisfied answers (非常滿意, 滿意, 基本滿意), the usual 滿意率, in percent.
    pub satisfied_percent: Option<f64>,
}

pub fn tally(levels: &[SatisfactionLevel]) -> Tally {
    let responses = levels.len();
    if responses < MIN_RESPONSES_SHOWN {
        return Tally {
            responses,
            distribution: None,
            score: None,
            satisfied_percent: None,
        };
    }
    let mut distribution = [0; 5];
    for level in levels {
        if let Some(i) = LEVELS.iter().position(|l| l == level) {
            distribution[i] += 1;
        }
    }
    let n = responses as f64;
    let total: u32 = levels.iter().map(|l| points(*l)).sum();
    let satisfied = distribution[..3].iter().sum::<usize>() as f64;
    Tally {
        responses,
        distribution: Some(distribution),
        score: Some(round1(f64::from(total) / n)),
        satisfied_percent: Some(round1(satisfied * 100.0 / n)),
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use SatisfactionLevel::*;

    #[test]
    fn fewer_than_three_responses_show_only_their_number() {
        let two = tally(&[VerySatisfied, Dissatisfied]);
        assert_eq!(two.responses, 2);
        assert_eq!(two.distribution, None);
        assert_eq!(two.score, None);
        assert_eq!(two.satisfied_percent, None);
    }

    #[test]
    fn scores_average_the_points_and_count_the_satisfied() {
        let t = tally(&[VerySatisfied, Satisfied, FairlySatisfied, VeryDissatisfied]);
        assert_eq!(t.distribution, Some([1, 1, 1, 0, 1]));
        // (100 + 75 + 50 + 0) / 4
        assert_eq!(t.score, Some(56.3));
        assert_eq!(t.satisfied_percent, Some(75.0));
        assert_eq!(tally(&[Satisfied; 3]).score, Some(75.0));
    }
}
