//! Tokenizer: words, numbers and one-character punctuation, as byte offsets
//! into the string it is given.
//!
//! A word is a run of letters and digits with word-internal hyphens,
//! apostrophes and full stops (`al-Busaidi`, `don't`, `U.S`). The full stop
//! that ends an initial, a dotted acronym or a known abbreviation belongs to
//! the word (`U.S.`, `W.`, `Mr.`). The possessive `'s`/`’s` is its own token.

use super::abbrev;
use super::TokenKind;

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '’' | '.' | ',')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokens of `s` as `(offset, length, kind)`.
pub(crate) fn tokenize(s: &str, out: &mut Vec<(usize, usize, TokenKind)>) {
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if !c.is_alphanumeric() {
            out.push((i, c.len_utf8(), TokenKind::Punct));
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut has_letter = false;
        let mut has_dot = false;
        // Extend the word; each step looks at most two characters ahead, so
        // the whole loop is linear.
        while let Some(c) = s[i..].chars().next() {
            if c.is_alphanumeric() {
                has_letter |= c.is_alphabetic();
                i += c.len_utf8();
                continue;
            }
            if !is_joiner(c) {
                break;
            }
            let after = &s[i + c.len_utf8()..];
            let mut next = after.chars();
            let n1 = next.next();
            if is_apostrophe(c) {
                // Possessive: "Iran's" is "Iran" + "'s".
                let n2 = next.next();
                if matches!(n1, Some('s' | 'S')) && !n2.is_some_and(char::is_alphanumeric) {
                    break;
                }
            }
            // A comma joins digits only ("1,500"); other joiners join any
            // two alphanumerics.
            let joins = match n1 {
                Some(n) if c == ',' => n.is_ascii_digit() && !has_letter,
                Some(n) => n.is_alphanumeric(),
                None => false,
            };
            if !joins {
                break;
            }
            has_dot |= c == '.';
            i += c.len_utf8();
        }
        // Keep the full stop of "U.S.", "W." and "Mr.".
        if s[i..].starts_with('.') && has_letter {
            let word = &s[start..i];
            if (has_dot && abbrev::is_dotted_acronym(word))
                || abbrev::is_initial(word)
                || abbrev::kind(word).is_some()
            {
                i += 1;
            }
        }
        let first_is_digit = s[start..].starts_with(|c: char| c.is_ascii_digit());
        let kind = if first_is_digit && !has_letter {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        out.push((start, i - start, kind));
        // The possessive suffix, if the loop stopped in front of one.
        if let Some(c) = s[i..].chars().next() {
            if is_apostrophe(c) {
                let after = &s[i + c.len_utf8()..];
                let mut next = after.chars();
                if matches!(next.next(), Some('s' | 'S'))
                    && !next.next().is_some_and(char::is_alphanumeric)
                {
                    let len = c.len_utf8() + 1;
                    out.push((i, len, TokenKind::Word));
                    i += len;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[(&str, TokenKind)]) {
        let mut out = Vec::new();
        tokenize(input, &mut out);
        let got: Vec<(&str, TokenKind)> =
            out.iter().map(|&(o, l, k)| (&input[o..o + l], k)).collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    use TokenKind::{Number as N, Punct as P, Word as W};

    #[test]
    fn table() {
        check("Iran's envoy", &[("Iran", W), ("'s", W), ("envoy", W)]);
        check(
            "Oman’s minister",
            &[("Oman", W), ("’s", W), ("minister", W)],
        );
        check("the U.S. envoy", &[("the", W), ("U.S.", W), ("envoy", W)]);
        check("George W. Bush", &[("George", W), ("W.", W), ("Bush", W)]);
        check("Mr. Smith.", &[("Mr.", W), ("Smith", W), (".", P)]);
        check("al-Harbi met", &[("al-Harbi", W), ("met", W)]);
        check("don't go", &[("don't", W), ("go", W)]);
        check("1,500 troops", &[("1,500", N), ("troops", W)]);
        check(
            "in 2007, then",
            &[("in", W), ("2007", N), (",", P), ("then", W)],
        );
        check("US$4.3bn", &[("US", W), ("$", P), ("4.3bn", W)]);
        check("a 4.5 rise", &[("a", W), ("4.5", N), ("rise", W)]);
        check(
            "“Yes,” he",
            &[("“", P), ("Yes", W), (",", P), ("”", P), ("he", W)],
        );
        check("states' rights", &[("states", W), ("'", P), ("rights", W)]);
        check("end-", &[("end", W), ("-", P)]);
        check("Zürich’s", &[("Zürich", W), ("’s", W)]);
        check("", &[]);
        check("——", &[("—", P), ("—", P)]);
    }
}
