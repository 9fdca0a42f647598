//! Characters that change how text looks without being seen.

/// A control character, or one that reorders what follows it (`invoice\u{202E}gnp.exe`
/// shows as `invoiceexe.png`): Unicode's bidirectional marks, embeddings, overrides and
/// isolates.
pub fn deceptive(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_overrides_and_controls_are_deceptive_letters_are_not() {
        assert!("invoice\u{202E}gnp.exe".chars().any(deceptive));
        assert!("a\u{2067}b".chars().any(deceptive));
        assert!("a\u{0007}b".chars().any(deceptive));
        assert!(!"現場照片 2025-03.jpg".chars().any(deceptive));
        assert!(
            !"صورة.png".chars().any(deceptive),
            "right-to-left letters are fine"
        );
    }
}
