//! Consultations (共商共建): an opinion not adopted in full needs an explanation (notice 工作機制
//! (五): 對未採納的意見應作出說明).

use entities::{account::Role, opinion::OpinionDecision};

/// The explanation to keep with `decision`: refused when one is needed and missing.
pub fn explanation_for(
    decision: OpinionDecision,
    explanation: Option<String>,
) -> Result<Option<String>, &'static str> {
    let explanation = explanation
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    match (decision, explanation) {
        (OpinionDecision::Adopted, explanation) => Ok(explanation),
        (_, Some(explanation)) => Ok(Some(explanation)),
        (_, None) => Err("an opinion not adopted in full needs an explanation"),
    }
}

/// Whether the caller is on the side that opened the consultation and so decides its
/// opinions: the unit that opened it, or the office for its own.
pub fn decides_opinions(role: Role, caller_unit: Option<i32>, opened_by_unit: Option<i32>) -> bool {
    match role {
        Role::UnitHandler => opened_by_unit.is_some() && opened_by_unit == caller_unit,
        Role::Office => opened_by_unit.is_none(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_full_adoption_goes_without_explanation() {
        assert_eq!(explanation_for(OpinionDecision::Adopted, None), Ok(None));
        assert!(explanation_for(OpinionDecision::PartlyAdopted, None).is_err());
        assert!(explanation_for(OpinionDecision::NotAdopted, Some("  ".into())).is_err());
        assert_eq!(
            explanation_for(OpinionDecision::NotAdopted, Some(" 與上位法衝突 ".into())),
            Ok(Some("與上位法衝突".into()))
        );
    }

    #[test]
    fn the_side_that_opened_a_consultation_decides_its_opinions() {
        assert!(decides_opinions(Role::Office, None, None));
        assert!(!decides_opinions(Role::Office, None, Some(3)));
        assert!(decides_opinions(Role::UnitHandler, Some(3), Some(3)));
        assert!(!decides_opinions(Role::UnitHandler, Some(4), Some(3)));
        assert!(!decides_opinions(Role::UnitHandler, Some(3), None));
        assert!(!decides_opinions(Role::LeadingGroup, None, None));
    }
}
