//! Consultations (共商共建): an opinion not adopted in full needs an explanation (notice 工作機制
//! (五): 對未採納的意見應作出說明).

use entities::opinion::OpinionDecision;

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
}
