//! Abbreviations that end with a full stop which does not (always) end a
//! sentence, loaded from `data/lexicon/abbreviations.tsv`, plus the few words
//! that commonly open an English sentence (used to decide whether "U.S." ends
//! one).

use std::collections::HashMap;
use std::sync::OnceLock;

/// How the full stop after an abbreviation behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Always followed by a name ("Mr.", "Gen."): never ends a sentence.
    Title,
    /// Usually inside a sentence ("U.S. officials"); ends one only before a
    /// word that typically opens a sentence ("... in the U.S. The talks").
    Inner,
    /// Often ends a sentence ("Inc.", "Jr."): ends one before a capital.
    Final,
    /// Followed by a number ("No. 10", "Jan. 5"): not an end before a digit.
    Numeric,
}

const TABLE: &str = include_str!("../../data/lexicon/abbreviations.tsv");

fn table() -> &'static HashMap<&'static str, AbbrevKind> {
    // Built once from embedded data; immutable afterwards, so this is not
    // global *state* in any meaningful sense.
    static MAP: OnceLock<HashMap<&'static str, AbbrevKind>> = OnceLock::new();
    MAP.get_or_init(|| {
        TABLE
            .lines()
            .skip(1) // header
            .filter_map(|line| {
                let (word, kind) = line.split_once('\t')?;
                let kind = match kind.trim() {
                    "title" => AbbrevKind::Title,
                    "inner" => AbbrevKind::Inner,
                    "final" => AbbrevKind::Final,
                    "numeric" => AbbrevKind::Numeric,
                    _ => return None,
                };
                Some((word.trim(), kind))
            })
            .collect()
    })
}

/// The kind of `word` (written without its final full stop), if it is a
/// known abbreviation.
pub(crate) fn kind(word: &str) -> Option<AbbrevKind> {
    table().get(word).copied()
}

/// "U.S", "D.P.R.K": single letters joined by full stops (the last stop is
/// not part of `word`).
pub(crate) fn is_dotted_acronym(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => parts += 1,
            _ => return false,
        }
    }
    parts >= 2
}

/// An initial such as the "W" of "George W. Bush".
pub(crate) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Words that often open a sentence but rarely follow an abbreviation inside
/// one. English grammar words, not knowledge about any article.
const STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "Despite",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Many",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Under",
    "We",
    "When",
    "While",
    "Yet",
];

pub(crate) fn is_sentence_starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_every_kind() {
        assert_eq!(kind("Mr"), Some(AbbrevKind::Title));
        assert_eq!(kind("U.S"), Some(AbbrevKind::Inner));
        assert_eq!(kind("Jr"), Some(AbbrevKind::Final));
        assert_eq!(kind("Jan"), Some(AbbrevKind::Numeric));
        assert_eq!(kind("Minister"), None);
    }

    #[test]
    fn shapes() {
        for (word, dotted, initial) in [
            ("U.S", true, false),
            ("D.P.R.K", true, false),
            ("W", false, true),
            ("w", false, false),
            ("US", false, false),
            ("Ph.D", false, false),
            ("", false, false),
        ] {
            assert_eq!(is_dotted_acronym(word), dotted, "{word}");
            assert_eq!(is_initial(word), initial, "{word}");
        }
    }
}
