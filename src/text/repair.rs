//! Repairs of the parse: readings the trained parser sometimes gives that
//! English grammar rules out, rewritten to the reading it allows. Each
//! repair looks at one sentence, changes a few arcs and never creates a
//! cycle (every new head is a token that already dominated, or was a
//! sibling of, the token moved).

use super::Token;

/// Runs every repair on one sentence: `toks` are its tokens, `first` the
/// index of the first in the analysis (heads are analysis indices).
pub(super) fn mend(text: &str, toks: &mut [Token], first: usize) {
    punctuation_head(toks, first);
    infinitive_subject(text, toks, first);
    title_apposition(text, toks, first);
    comma_apposition(text, toks, first);
    second_subject_apposition(text, toks, first);
    cased_subject(text, toks, first);
    cased_second_subject(toks, first);
    name_after_conjunct_noun(toks, first);
    subjectless_fronted_list(text, toks, first);
    parallel_conjunct(text, toks, first);
    caseless_conjunct(toks, first);
    bare_list_in_modifier(text, toks, first);
    demonym_conjunct(toks, first);
    noun_conjunct_of_verb(text, toks, first);
    as_well_as_conjunct(text, toks, first);
    as_phrase_of_verb(text, toks, first);
    between_needs_two(text, toks, first);
    day_word_head(text, toks, first);
    absolute_with(text, toks, first);
    noun_root_object(text, toks, first);
    name_root_clause(text, toks, first);
    object_of_noun(toks, first);
    name_object_of_noun(toks, first);
    modifier_over_name(toks, first);
    compound_across_conjunction(text, toks, first);
    adjacent_conjuncts(toks, first);
    subject_past_participle(text, toks, first);
    parataxis_list_item(text, toks, first);
    adjective_root(toks, first);
    adjective_conjunct(toks, first);
    infinitive_of_noun(text, toks, first);
    with_partner_on(text, toks, first);
    preposition_before_verb(text, toks, first);
    verb_with_subject_as_modifier(toks, first);
    case_on_modifier(toks, first);
    preposition_over_object(toks, first);
    name_before_comma_title(toks, first);
    body_before_comma_name(toks, first);
    participle_before_included(text, toks, first);
}

/// "agreed to restore relations, in a deal brokered by X": the parser
/// sometimes hangs an oblique, a clause or an apposition on a punctuation
/// mark, which heads nothing in English grammar. An oblique or clause
/// moves up to the nearest verb above the mark, an apposition (or a word
/// with no verb above) to the mark's head (an ancestor of the mark is
/// never the word's own descendant: no cycle).
fn punctuation_head(toks: &mut [Token], first: usize) {
    for x in 0..toks.len() {
        // (Obliques, clauses and appositions only: other words on a mark
        // are as often bits of a link or a list the parse lost.)
        if !matches!(toks[x].deprel, "obl" | "advcl" | "appos") {
            continue;
        }
        let Some(p) = head(toks, first, x).filter(|&p| toks[p].upos == "PUNCT") else {
            continue;
        };
        let Some(mut h) = head(toks, first, p) else {
            continue;
        };
        // ("The spokesman, A, said": an apposition goes to the noun the
        // mark hangs on.)
        if toks[x].deprel != "appos" {
            let mut k = h;
            let mut steps = 0;
            while toks[k].upos != "VERB" && steps < 8 {
                match head(toks, first, k) {
                    Some(up) => k = up,
                    None => break,
                }
                steps += 1;
            }
            if toks[k].upos == "VERB" {
                h = k;
            }
        }
        if same_window(x, h) && h != x {
            toks[x].head = Some(first + h);
        }
    }
}

/// "Foreign Minister A held talks": the tagger sometimes reads a title's
/// first word as a verb where it opens a sentence ("Foreign" as an
/// imperative), and the parse of the whole sentence goes wrong from it. A
/// capitalised word followed by the capitalised rest of a two-word (or
/// longer) title of the lexicon ("Foreign Minister", "Special Envoy",
/// "Acting President") is that title's adjective, whatever the tagger
/// said; a one-word title before a capitalised word ("President-elect
/// A") is a proper noun. A country's demonym opening the sentence before
/// a capitalised title word ("Rwandan President A and his counterpart
/// met", where the tagger
/// read "Rwandan" as a proper noun and the parser made it the head of the
/// name) is an adjective. Run on the tags, before parsing.
pub(super) fn title_openers(words: &[&str], tags: &mut [usize], model: &crate::nlp::Model) {
    use std::sync::OnceLock;
    type Titles = (
        rustc_hash::FxHashSet<(String, String)>,
        rustc_hash::FxHashSet<String>,
        rustc_hash::FxHashSet<String>,
        rustc_hash::FxHashSet<String>,
    );
    static TITLES: OnceLock<Titles> = OnceLock::new();
    let (pairs, singles, openers, demonyms) = TITLES.get_or_init(|| {
        let lex = crate::lexicon::Lexicon::builtin();
        let names = || {
            lex.titles
                .iter()
                .flat_map(|t| std::iter::once(&t.name).chain(&t.plural))
        };
        let pairs = names()
            .filter_map(|name| {
                let mut w = name.split_whitespace().map(str::to_lowercase);
                Some((w.next()?, w.next()?))
            })
            .collect();
        let singles = names()
            .filter(|name| !name.contains(' '))
            .map(|name| name.to_lowercase())
            .collect();
        let openers = names()
            .filter_map(|name| name.split_whitespace().next())
            .map(str::to_lowercase)
            .collect();
        let demonyms = lex
            .countries
            .iter()
            .flat_map(|c| &c.demonyms)
            .filter(|d| !d.contains(' '))
            .map(|d| d.to_lowercase())
            .collect();
        (pairs, singles, openers, demonyms)
    });
    let class = |upos: &str, xpos: &str| {
        (0..model.tagger.upos.len()).find(|&k| model.upos(k) == upos && model.xpos(k) == xpos)
    };
    let (Some(adj), Some(propn)) = (class("ADJ", "NNP"), class("PROPN", "NNP")) else {
        return;
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let jj = class("ADJ", "JJ");
    if let Some(jj) = jj {
        // (Only where it opens the sentence: inside one, the parser reads
        // "welcome German Chancellor A" right as a run of proper nouns.)
        if words.len() > 1
            && model.upos(tags[0]) == "PROPN"
            && capital(words[1])
            && demonyms.contains(&words[0].to_lowercase())
            && openers.contains(&words[1].to_lowercase())
        {
            tags[0] = jj;
        }
    }
    // "met with visiting Chinese Foreign Minister A", "welcomed the
    // incoming Israeli National Security Advisor B", "by outgoing
    // President C": an -ing word after "with", "by" or an article (not
    // "to": "looks forward to welcoming President D"), before
    // a demonym or a title opening a name, modifies it (the tagger reads a
    // verb, and the parser then hangs the name on that verb as its
    // object instead of on the preposition).
    if let Some(jj) = jj {
        let adp = class("ADP", "IN");
        for i in 1..words.len().saturating_sub(1) {
            let w = words[i];
            // (The cheap tests first: this runs on every word.)
            if !w.ends_with("ing")
                || capital(w)
                || model.upos(tags[i]) != "VERB"
                || !capital(words[i + 1])
                || !["with", "the", "a", "an", "by"]
                    .iter()
                    .any(|p| words[i - 1].eq_ignore_ascii_case(p))
            {
                continue;
            }
            let next = words[i + 1].to_lowercase();
            if demonyms.contains(&next) || openers.contains(&next) {
                tags[i] = jj;
                // ("with" then is the preposition, not the mark of a
                // clause "with A doing X".)
                if let Some(adp) = adp.filter(|_| model.upos(tags[i - 1]) == "SCONJ") {
                    tags[i - 1] = adp;
                }
            }
        }
    }
    // "held talks with A": a present-tense verb right after a verb in the
    // past, before a preposition or a mark, is the plural noun that verb
    // takes (the tagger, misled by what follows, sometimes reads "talks"
    // as a verb, and the parser hangs the partner on it).
    if let (Some(nns), Some(vbz)) = (class("NOUN", "NNS"), class("VERB", "VBZ")) {
        for i in 1..words.len().saturating_sub(1) {
            if tags[i] == vbz
                && matches!(model.xpos(tags[i - 1]), "VBD" | "VBN")
                && matches!(model.upos(tags[i + 1]), "ADP" | "PUNCT")
                && !capital(words[i])
            {
                tags[i] = nns;
            }
        }
    }
    for i in 0..words.len().saturating_sub(1) {
        if model.upos(tags[i]) != "VERB" || !capital(words[i]) || !capital(words[i + 1]) {
            continue;
        }
        let lower = (words[i].to_lowercase(), words[i + 1].to_lowercase());
        if pairs.contains(&lower) {
            tags[i] = adj;
        } else if singles.contains(&lower.0) {
            // "President-elect Alvarez discussed": a one-word title
            // before a name is part of the name.
            tags[i] = propn;
        }
    }
}

/// "Norway acted as a conduit", "Senegal hosted the talks": the tagger
/// sometimes reads a country's one-word name as an adverb, an adjective
/// or a common noun, most often where it opens a sentence, and the parse
/// then loses the subject. A word written exactly as a country's name or
/// one-word alias in the lexicon (capitalised, the rest lower case) is a
/// proper noun, whatever the tagger said. Run on the tags, before
/// parsing.
pub(super) fn country_names(words: &[&str], tags: &mut [usize], model: &crate::nlp::Model) {
    use std::sync::OnceLock;
    static NAMES: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let lex = crate::lexicon::Lexicon::builtin();
        lex.countries
            .iter()
            .flat_map(|c| std::iter::once(&c.name).chain(&c.aliases))
            .filter(|n| {
                let mut cs = n.chars();
                !n.contains([' ', '.'])
                    && cs.next().is_some_and(char::is_uppercase)
                    && cs.all(|c| c.is_lowercase() || c == '-')
            })
            .cloned()
            .collect()
    });
    let Some(propn) =
        (0..model.tagger.upos.len()).find(|&k| model.upos(k) == "PROPN" && model.xpos(k) == "NNP")
    else {
        return;
    };
    for (w, tag) in words.iter().zip(tags.iter_mut()) {
        if model.upos(*tag) != "PROPN" && w.starts_with(char::is_uppercase) && names.contains(*w) {
            *tag = propn;
        }
    }
}

/// The head of sentence token `t`, as an index into the sentence.
fn head(toks: &[Token], first: usize, t: usize) -> Option<usize> {
    toks[t]
        .head
        .and_then(|h| h.checked_sub(first))
        .filter(|&h| h < toks.len())
}

/// The children of sentence token `x` with relation `rel`. The parser
/// keeps every arc inside one window of `nlp::parser::WINDOW` tokens, so
/// only that window is read: a repair stays linear in the sentence.
fn children<'t>(
    toks: &'t [Token],
    first: usize,
    x: usize,
    rel: &'t str,
) -> impl Iterator<Item = usize> + 't {
    dependents(toks, first, x).filter(move |&k| toks[k].deprel == rel)
}

/// The sentence tokens that hang on `x`, whatever their relation (they lie
/// in its parse window).
fn dependents(toks: &[Token], first: usize, x: usize) -> impl Iterator<Item = usize> + '_ {
    let w = crate::nlp::parser::WINDOW;
    let lo = x / w * w;
    (lo..(lo + w).min(toks.len())).filter(move |&k| head(toks, first, k) == Some(x))
}

/// Whether sentence token `k` hangs under token `a`, within `steps` arcs
/// up from it.
fn under(toks: &[Token], first: usize, k: usize, a: usize, steps: usize) -> bool {
    let mut x = head(toks, first, k);
    for _ in 0..steps {
        match x {
            Some(h) if h == a => return true,
            Some(h) => x = head(toks, first, h),
            None => return false,
        }
    }
    false
}

/// Whether two sentence tokens lie in one parser window: a new arc must,
/// or `Analysis::children` would not find it.
fn same_window(a: usize, b: usize) -> bool {
    let w = crate::nlp::parser::WINDOW;
    a / w == b / w
}

/// Lower-case text of a token.
fn lower(text: &str, t: &Token) -> String {
    text.get(t.span.clone()).unwrap_or("").to_lowercase()
}

/// Relations inside a noun phrase, climbed from a list item's last word to
/// the word that heads the item ("Buhari" <-nmod- "Nigeria").
const INSIDE_NP: &[&str] = &[
    "flat",
    "flat:name",
    "compound",
    "nmod",
    "nmod:desc",
    "appos",
    "amod",
    "det",
    "case",
    "nummod",
    "punct",
];

/// "met with A, B, and C to discuss X": the parser sometimes reads the last
/// item of the list as the subject of the infinitive after it ("C to
/// discuss" as a clause conjoined to "met"). A to-infinitive takes no
/// subject of its own in that place, so when such a "subject" follows
/// "and"/"or" and the words before it end a list that depends on the same
/// verb, the noun becomes the list's last conjunct and the infinitive a
/// purpose clause of that verb.
///
/// `toks` is one sentence; `first` is the index of its first token in the
/// analysis (heads are analysis indices).
fn infinitive_subject(text: &str, toks: &mut [Token], first: usize) {
    let n = toks.len();
    for v in 2..n {
        let tv = &toks[v];
        if tv.upos != "VERB" || tv.xpos != "VB" || tv.deprel != "conj" {
            continue;
        }
        let Some(h) = head(toks, first, v) else {
            continue;
        };
        let to = v - 1;
        if toks[to].deprel != "mark"
            || head(toks, first, to) != Some(v)
            || lower(text, &toks[to]) != "to"
        {
            continue;
        }
        let child = |rel: &str| children(toks, first, v, rel).next();
        let (Some(s), Some(c)) = (child("nsubj"), child("cc")) else {
            continue;
        };
        if !(c < s && s < to && matches!(toks[s].upos, "PROPN" | "NOUN")) {
            continue;
        }
        // The words between the "and" and "to" are the subject's phrase.
        let in_phrase = |k: usize| {
            let mut x = k;
            for _ in 0..8 {
                if x == s {
                    return true;
                }
                match head(toks, first, x) {
                    Some(p) if p > c && p < to => x = p,
                    _ => return false,
                }
            }
            false
        };
        if !(c + 1..to).all(in_phrase) {
            continue;
        }
        // The list before the "and": from its last word up to the head of
        // the last item, then along `conj` to the first item.
        let mut q = c;
        while q > 0 && toks[q - 1].deprel == "punct" {
            q -= 1;
        }
        let Some(mut l) = q.checked_sub(1) else {
            continue;
        };
        for _ in 0..16 {
            if !INSIDE_NP.contains(&toks[l].deprel) {
                break;
            }
            match head(toks, first, l) {
                Some(p) if p < c && p != h => l = p,
                _ => break,
            }
        }
        for _ in 0..64 {
            if toks[l].deprel != "conj" {
                break;
            }
            match head(toks, first, l) {
                Some(p) if p < l => l = p,
                _ => break,
            }
        }
        if head(toks, first, l) != Some(h)
            || !matches!(toks[l].upos, "PROPN" | "NOUN" | "PRON")
            || !same_window(l, s)
        {
            continue;
        }
        toks[s].head = Some(first + l);
        toks[s].deprel = "conj";
        toks[c].head = Some(first + s);
        for p in &mut toks[q..c] {
            p.head = Some(first + s);
        }
        toks[v].deprel = "advcl";
    }
}

/// "The Malaysian representative, A, summarised ...": the parser sometimes
/// reads the noun before the name as a bare modifier of the verb
/// (`obl:unmarked`, the relation of "Last week") and the name as the
/// subject. A noun that names no time cannot modify a verb without a
/// preposition, so the noun becomes the subject and the name, set off by
/// commas right after it, its apposition.
fn title_apposition(text: &str, toks: &mut [Token], first: usize) {
    let n = toks.len();
    for s in 2..n {
        if toks[s].deprel != "nsubj" || toks[s].upos != "PROPN" {
            continue;
        }
        let Some(v) = head(toks, first, s) else {
            continue;
        };
        // The name's first word: its compounds and titles before it.
        let mut start = s;
        while start > 0
            && head(toks, first, start - 1) == Some(s)
            && matches!(toks[start - 1].deprel, "compound" | "flat" | "nmod:desc")
        {
            start -= 1;
        }
        if start < 2 || lower(text, &toks[start - 1]) != "," {
            continue;
        }
        let noun = start - 2;
        let t = &toks[noun];
        let after_name = (s + 1..n).find(|&k| head(toks, first, k) != Some(s));
        if t.upos != "NOUN"
            || t.deprel != "obl:unmarked"
            || head(toks, first, noun) != Some(v)
            || v < s
            || super::TIME_NOUNS.contains(&lower(text, t).as_str())
            || after_name.is_none_or(|k| lower(text, &toks[k]) != ",")
            || !same_window(noun, s)
        {
            continue;
        }
        toks[noun].deprel = "nsubj";
        toks[s].head = Some(first + noun);
        toks[s].deprel = "appos";
        toks[start - 1].head = Some(first + s);
    }
}

/// "met the Chilean President, A, in Lima", "with the country's
/// president, A,": the parser sometimes reads the noun before the name as
/// the name's possessor ("President" as `nmod:poss` of "A", with no "'s"),
/// the name as a second bare dependent of the noun's verb, or as the
/// noun's modifier with no preposition ("led by its minister, A"), or as a
/// bare dependent of the verb above the noun's ("spoke after talking with
/// his counterpart, A, by phone"). A name set
/// off by commas right after a determined noun, with no preposition of its
/// own, can only be that noun's apposition.
fn comma_apposition(text: &str, toks: &mut [Token], first: usize) {
    let n = toks.len();
    let is_comma = |toks: &[Token], k: usize| lower(text, &toks[k]) == ",";
    for t in 0..n.saturating_sub(2) {
        if !matches!(toks[t].upos, "NOUN" | "PROPN") || !is_comma(toks, t + 1) {
            continue;
        }
        // The noun is determined ("the", "Chile's", "the country's").
        let determined = children(toks, first, t, "det").next().is_some()
            || children(toks, first, t, "nmod:poss").next().is_some();
        if !determined {
            continue;
        }
        // The name: proper nouns from t + 2 to its head, which the words
        // before it hang on.
        let start = t + 2;
        let mut end = start;
        while end < n && toks[end].upos == "PROPN" {
            end += 1;
        }
        if end == start || end - start > 5 {
            continue;
        }
        let Some(name) =
            (start..end).find(|&k| head(toks, first, k).is_none_or(|h| h < start || h >= end))
        else {
            continue;
        };
        if (start..end).any(|k| k != name && head(toks, first, k) != Some(name)) {
            continue;
        }
        // Set off: a comma, a full stop or a semicolon after it.
        if end < n && !matches!(lower(text, &toks[end]).as_str(), "," | "." | ";") {
            continue;
        }
        if children(toks, first, name, "case").next().is_some() || !same_window(t, name) {
            continue;
        }
        let name_head = head(toks, first, name);
        let possessor = toks[t].deprel == "nmod:poss" && head(toks, first, t) == Some(name);
        let sibling = name_head.is_some()
            && name_head == head(toks, first, t)
            && (matches!(toks[name].deprel, "obl" | "obl:unmarked" | "nmod" | "dep")
                || (toks[name].deprel == "obj" && toks[t].deprel == "obj")
                // ("A's spokesperson, B, said": a verb has one subject.)
                || (toks[name].deprel == "nsubj" && toks[t].deprel == "nsubj"));
        // Or hung on the noun as a modifier without a preposition.
        let bare = name_head == Some(t) && matches!(toks[name].deprel, "nmod" | "dep");
        // Or a bare dependent of the verb above the noun's own ("spoke to
        // reporters after talking with his counterpart, B, by phone").
        let above = name_head.is_some()
            && name_head == head(toks, first, t).and_then(|h| head(toks, first, h))
            && matches!(toks[name].deprel, "obl" | "obl:unmarked" | "dep")
            && matches!(toks[t].deprel, "obl" | "obj");
        let sibling = sibling || above;
        if possessor {
            toks[t].head = toks[name].head;
            toks[t].deprel = toks[name].deprel;
        } else if !sibling && !bare {
            continue;
        }
        toks[name].head = Some(first + t);
        toks[name].deprel = "appos";
        toks[t + 1].head = Some(first + name);
        toks[t + 1].deprel = "punct";
    }
}

/// "Oman, the host of the talks, said": the parser sometimes reads a
/// determined noun phrase set off by commas after the subject as a second
/// subject of the verb. A verb has one subject; the second, between
/// commas right after the first, is the first's apposition.
fn second_subject_apposition(text: &str, toks: &mut [Token], first: usize) {
    let n = toks.len();
    let is_comma = |toks: &[Token], k: usize| k < n && lower(text, &toks[k]) == ",";
    // Whether sentence token `k` lies under `top` (itself included).
    let under = |toks: &[Token], k: usize, top: usize| {
        let mut x = Some(k);
        for _ in 0..8 {
            match x {
                Some(y) if y == top => return true,
                Some(y) => x = head(toks, first, y),
                None => return false,
            }
        }
        false
    };
    for b in 1..n {
        if toks[b].deprel != "nsubj" || !matches!(toks[b].upos, "NOUN" | "PROPN") {
            continue;
        }
        let Some(v) = head(toks, first, b) else {
            continue;
        };
        let Some(a) =
            (0..b).find(|&k| toks[k].deprel == "nsubj" && head(toks, first, k) == Some(v))
        else {
            continue;
        };
        if !matches!(toks[a].upos, "PROPN" | "NOUN") || !same_window(a, b) {
            continue;
        }
        // The second phrase: from its first word to its last, a comma
        // before it right after the first subject's words, and one after.
        // (Commas may hang on either phrase.)
        let start = (a + 1..=b)
            .find(|&k| !is_comma(toks, k) && under(toks, k, b))
            .unwrap_or(b);
        let mut end = b + 1;
        while end < n && !is_comma(toks, end) && under(toks, end, b) {
            end += 1;
        }
        let determined = children(toks, first, b, "det").next().is_some()
            || children(toks, first, b, "nmod:poss").next().is_some();
        let adjacent = start >= 2
            && is_comma(toks, start - 1)
            && (a + 1..start - 1).all(|k| under(toks, k, a));
        // (Or straight before the verb, the closing comma left out: "A,
        // the President of China had lunch".)
        if !determined || !adjacent || !(is_comma(toks, end) || end == v) {
            continue;
        }
        toks[b].head = Some(first + a);
        toks[b].deprel = "appos";
    }
}

/// "During the meeting with President A, B stated": the parser sometimes
/// reads the name after "with" as the verb's subject and the real subject
/// after the comma as its apposition. A noun with a preposition of its own
/// is no subject: it becomes an oblique of the verb, and its apposition
/// (a name with no preposition) the subject.
/// ("As Chair of X, B fought" is left alone: the office there is B's.)
fn cased_subject(text: &str, toks: &mut [Token], first: usize) {
    for x in 0..toks.len() {
        if toks[x].deprel != "nsubj" {
            continue;
        }
        let Some(v) = head(toks, first, x) else {
            continue;
        };
        let cased = children(toks, first, x, "case").any(|c| lower(text, &toks[c]) != "as");
        if !cased {
            continue;
        }
        let Some(y) = children(toks, first, x, "appos").find(|&y| y > x) else {
            fronted_list_subject(text, toks, first, x, v);
            continue;
        };
        if children(toks, first, y, "case").next().is_some() || !same_window(y, v) {
            continue;
        }
        toks[y].head = Some(first + v);
        toks[y].deprel = "nsubj";
        toks[x].deprel = "obl";
    }
}

/// "After her call with Prime Minister A on Monday, B met C": the parser
/// sometimes reads the name after "with" as a second subject of the verb,
/// with the preposition on the title before it. A phrase that opens with
/// a preposition is no subject: when the verb has another subject after
/// it, the phrase hangs on the noun right before the preposition (or, with
/// none there, on the verb as an oblique), and the preposition on its
/// head.
fn cased_second_subject(toks: &mut [Token], first: usize) {
    for x in 1..toks.len() {
        if toks[x].deprel != "nsubj" {
            continue;
        }
        let Some(v) = head(toks, first, x).filter(|&v| v > x) else {
            continue;
        };
        // The preposition opening the phrase: on the name, or on a title
        // or modifier of it, with only the phrase's words between.
        let Some(c) = (x.saturating_sub(6)..x).find(|&c| {
            toks[c].deprel == "case"
                && toks[c].upos == "ADP"
                && (c + 1..=x).all(|k| k == x || under(toks, first, k, x, 2))
                && head(toks, first, c).is_some_and(|h| h == x || under(toks, first, h, x, 2))
        }) else {
            continue;
        };
        let other =
            (x + 1..v).any(|z| toks[z].deprel == "nsubj" && head(toks, first, z) == Some(v));
        if !other || c == 0 {
            continue;
        }
        let before = c - 1;
        let noun = matches!(toks[before].upos, "NOUN") && under(toks, first, before, v, 1);
        if noun && same_window(x, before) {
            toks[x].head = Some(first + before);
            toks[x].deprel = "nmod";
        } else if !noun && same_window(x, v) {
            toks[x].deprel = "obl";
        } else {
            continue;
        }
        toks[c].head = Some(first + x);
    }
}

/// "President A and her Peruvian counterpart B held talks": the parser
/// sometimes reads the name after a conjoined common noun as a second
/// subject of the verb. A verb has one subject phrase: a name right
/// after the noun (its own words between) names the noun, in apposition.
fn name_after_conjunct_noun(toks: &mut [Token], first: usize) {
    for z in 2..toks.len() {
        if toks[z].deprel != "nsubj" || toks[z].upos != "PROPN" {
            continue;
        }
        let Some(v) = head(toks, first, z).filter(|&v| v > z) else {
            continue;
        };
        // The name's first word: its own compounds right before it.
        let mut s = z;
        while s > 0
            && head(toks, first, s - 1) == Some(z)
            && matches!(toks[s - 1].deprel, "compound" | "flat" | "nmod:desc")
        {
            s -= 1;
        }
        let Some(c) = s.checked_sub(1) else {
            continue;
        };
        if toks[c].upos != "NOUN" || toks[c].deprel != "conj" {
            continue;
        }
        let subject_before = head(toks, first, c)
            .is_some_and(|x| toks[x].deprel == "nsubj" && head(toks, first, x) == Some(v) && x < c);
        if !subject_before || !same_window(z, c) {
            continue;
        }
        toks[z].head = Some(first + c);
        toks[z].deprel = "appos";
    }
}

/// "In a phone call on Monday, A and B discussed X": with no subject at
/// all, the parser may read the subjects as conjuncts inside the fronted
/// phrase. A verb with no subject and an oblique before it that has a
/// preposition gets the list after that phrase's comma as its subject
/// (as [`fronted_list_subject`] does for a phrase read as the subject).
fn subjectless_fronted_list(text: &str, toks: &mut [Token], first: usize) {
    for v in 0..toks.len() {
        if toks[v].upos != "VERB"
            || children(toks, first, v, "nsubj").next().is_some()
            || children(toks, first, v, "nsubj:pass").next().is_some()
        {
            continue;
        }
        let Some(x) = children(toks, first, v, "obl")
            .find(|&x| x < v && children(toks, first, x, "case").next().is_some())
        else {
            continue;
        };
        fronted_list_subject(text, toks, first, x, v);
    }
}

/// "Under the auspices of the AU, Ethiopia and Eritrea met": the parser
/// may read the fronted phrase as the subject and the real subjects as
/// conjuncts of its noun. For subject `x` of verb `v` with a preposition
/// of its own, the first conjunct (of `x` or of its nominal modifier) set
/// off by a bare comma before the verb becomes the subject, the later
/// conjuncts its own, and `x` an oblique.
fn fronted_list_subject(text: &str, toks: &mut [Token], first: usize, x: usize, v: usize) {
    let holders: Vec<usize> = std::iter::once(x)
        .chain(children(toks, first, x, "nmod"))
        .collect();
    let Some((h, c)) = holders.iter().find_map(|&h| {
        children(toks, first, h, "conj")
            .filter(|&c| c > x + 1 && c < v && same_window(c, v))
            .find(|&c| {
                lower(text, &toks[c - 1]) == "," || {
                    // the comma before the conjunct's first word (its
                    // phrase may be deep: "Chilean President Ana Ruiz")
                    let start = (x + 1..c)
                        .rev()
                        .take_while(|&k| toks[k].upos != "PUNCT" && under(toks, first, k, c, 6))
                        .last();
                    start.is_some_and(|k| k > 0 && lower(text, &toks[k - 1]) == ",")
                }
            })
            .map(|c| (h, c))
    }) else {
        return;
    };
    let later: Vec<usize> = children(toks, first, h, "conj")
        .filter(|&k| k > c)
        .collect();
    for k in later {
        toks[k].head = Some(first + c);
    }
    toks[c].head = Some(first + v);
    toks[c].deprel = "nsubj";
    toks[x].deprel = "obl";
}

/// "met with President A Holm and President B Novak": the parser sometimes
/// reads the first name as a compound of the second across the "and". No
/// compound spans a coordinating conjunction: the first name heads the
/// list in the second's place, and the second is its conjunct.
fn compound_across_conjunction(text: &str, toks: &mut [Token], first: usize) {
    for x in 0..toks.len() {
        if !matches!(toks[x].deprel, "compound" | "flat") || toks[x].upos != "PROPN" {
            continue;
        }
        let Some(h) = head(toks, first, x) else {
            continue;
        };
        if h <= x + 1 || toks[h].upos != "PROPN" || !same_window(x, h) {
            continue;
        }
        let Some(c) = (x + 1..h).find(|&k| {
            toks[k].upos == "CCONJ" && matches!(lower(text, &toks[k]).as_str(), "and" | "or")
        }) else {
            continue;
        };
        // Two people, each with a title: not the "and" inside one name
        // ("the Trade and Technology Council", "Bosnia and Herzegovina").
        let titled = |r: std::ops::Range<usize>| {
            r.clone().any(|k| toks[k].deprel == "nmod:desc")
                && r.into_iter().all(|k| toks[k].upos == "PROPN")
        };
        let mut run = x;
        while run > 0 && x - run < 4 && toks[run - 1].upos == "PROPN" {
            run -= 1;
        }
        if !titled(run..x) || !titled(c + 1..h) {
            continue;
        }
        toks[x].head = toks[h].head;
        toks[x].deprel = toks[h].deprel;
        toks[h].head = Some(first + x);
        toks[h].deprel = "conj";
        // What hung on the second name before the "and" belongs to the first.
        for k in 0..c {
            if k != x && head(toks, first, k) == Some(h) {
                toks[k].head = Some(first + x);
            }
        }
    }
}

/// "about trade and fishing rights": the parser sometimes reads a noun
/// that modifies the next one as a conjunct of its own, side by side with
/// it. Two conjuncts of one head stand apart (a comma or a conjunction
/// between): a bare noun conjunct right before another is its compound,
/// and its conjunction goes to the pair.
fn adjacent_conjuncts(toks: &mut [Token], first: usize) {
    for x in 0..toks.len().saturating_sub(1) {
        let y = x + 1;
        if toks[x].deprel != "conj"
            || toks[y].deprel != "conj"
            || toks[x].upos != "NOUN"
            || toks[y].upos != "NOUN"
            || head(toks, first, x) != head(toks, first, y)
            || children(toks, first, y, "cc").next().is_some()
        {
            continue;
        }
        // The noun has nothing of its own but its conjunction.
        let own: Vec<usize> = dependents(toks, first, x).collect();
        if own.iter().any(|&k| toks[k].deprel != "cc") {
            continue;
        }
        for k in own {
            toks[k].head = Some(first + y);
        }
        toks[x].head = Some(first + y);
        toks[x].deprel = "compound";
    }
}

/// "The talks, mediated by Brazil, focused on trade", "A, who has led the
/// mediation, said": the parser sometimes reads the main verb as a
/// conjunct of the participle or relative clause that describes the
/// subject, leaving the noun without a verb. A verb after the participle's
/// closing comma, with no subject of its own and nothing joining it to the
/// participle ("and", "or"), is the sentence's verb; the noun its subject.
fn subject_past_participle(text: &str, toks: &mut [Token], first: usize) {
    for v in 2..toks.len() {
        if toks[v].deprel != "conj" || toks[v].upos != "VERB" {
            continue;
        }
        let Some(p) = head(toks, first, v) else {
            continue;
        };
        // (Or a relative clause: "A, who has led the mediation, said".)
        let describes =
            (toks[p].deprel == "acl" && toks[p].xpos == "VBN") || toks[p].deprel == "acl:relcl";
        if !describes || p >= v {
            continue;
        }
        let Some(n) = head(toks, first, p) else {
            continue;
        };
        // The clause opens at its first word ("who", "mediated").
        let open = (n + 1..p)
            .find(|&k| head(toks, first, k) == Some(p) && toks[k].deprel != "punct")
            .unwrap_or(p);
        if n >= p
            || !matches!(toks[n].upos, "NOUN" | "PROPN")
            || lower(text, &toks[open - 1]) != ","
            || lower(text, &toks[v - 1]) != ","
            || !same_window(n, v)
        {
            continue;
        }
        let joined = children(toks, first, v, "cc").next().is_some()
            || ["nsubj", "nsubj:pass", "expl"]
                .iter()
                .any(|r| children(toks, first, v, r).next().is_some());
        if joined {
            continue;
        }
        toks[v].head = toks[n].head;
        toks[v].deprel = toks[n].deprel;
        toks[n].head = Some(first + v);
        toks[n].deprel = "nsubj";
        // Whatever else hung on the noun after the verb (the full stop)
        // belongs to the verb.
        for k in v + 1..toks.len() {
            if head(toks, first, k) == Some(n) && toks[k].deprel == "punct" {
                toks[k].head = Some(first + v);
            }
        }
    }
}

/// "to address the withdrawal of fighters, the protection of convoys and
/// the exchange of prisoners": the parser sometimes reads the second item
/// of a list as a clause of its own (`parataxis` of the verb) and the last
/// as a conjunct of a noun inside the second. A noun phrase set off by a
/// comma that closes with "and"/"or" + a noun is the next item of the list
/// before it: both become conjuncts of the first item.
fn parataxis_list_item(text: &str, toks: &mut [Token], first: usize) {
    for p in 2..toks.len() {
        if toks[p].deprel != "parataxis" || toks[p].upos != "NOUN" {
            continue;
        }
        // The item opens right after a comma (a determiner aside).
        let mut open = p;
        while open > 0
            && head(toks, first, open - 1) == Some(p)
            && matches!(
                toks[open - 1].deprel,
                "det" | "amod" | "compound" | "nmod:poss"
            )
        {
            open -= 1;
        }
        if open == 0 || lower(text, &toks[open - 1]) != "," {
            continue;
        }
        // The item before the comma: climb from its last word to the head
        // of its phrase, a noun that is an argument of a verb.
        let Some(mut x) = (open - 1).checked_sub(1) else {
            continue;
        };
        for _ in 0..16 {
            if !INSIDE_NP.contains(&toks[x].deprel) {
                break;
            }
            match head(toks, first, x) {
                Some(h) if h < open => x = h,
                _ => break,
            }
        }
        // (The clause the parse hangs the item on holds the first item.)
        let vp = head(toks, first, p);
        let mut y = x;
        let mut under = false;
        for _ in 0..3 {
            match head(toks, first, y) {
                Some(h) => {
                    if Some(h) == vp {
                        under = true;
                        break;
                    }
                    y = h;
                }
                None => break,
            }
        }
        if toks[x].upos != "NOUN"
            || !matches!(
                toks[x].deprel,
                "obj" | "obl" | "nsubj" | "nsubj:pass" | "conj"
            )
            || !under
        {
            continue;
        }
        // The list closes with "and"/"or" + a noun hung inside the item.
        let inside = |toks: &[Token], k: usize| {
            let mut y = k;
            for _ in 0..16 {
                if y == p {
                    return true;
                }
                match head(toks, first, y) {
                    Some(h) if h >= p => y = h,
                    _ => return false,
                }
            }
            false
        };
        let last = (p + 1..toks.len()).find(|&k| {
            toks[k].deprel == "conj"
                && toks[k].upos == "NOUN"
                && inside(toks, k)
                && children(toks, first, k, "cc")
                    .any(|c| matches!(lower(text, &toks[c]).as_str(), "and" | "or"))
        });
        let Some(last) = last else { continue };
        if !same_window(x, last) {
            continue;
        }
        toks[p].head = Some(first + x);
        toks[p].deprel = "conj";
        toks[open - 1].head = Some(first + p);
        toks[last].head = Some(first + x);
    }
}

/// "Indonesian Foreign Minister A hosted B": the parser sometimes makes
/// the opening demonym the sentence's root and the verb a clause hanging
/// on it. An adjective with no copula heads no sentence whose verb has a
/// subject after the adjective: the verb is the root, the adjective a
/// modifier of the word after it, and what hung on the adjective (the
/// full stop) hangs on the verb. When the verb hangs deeper, as a clause
/// of a noun inside the adjective's noun phrase, that phrase is its
/// subject.
fn adjective_root(toks: &mut [Token], first: usize) {
    let Some(r) = toks.iter().position(|t| t.head.is_none()) else {
        return;
    };
    if toks[r].upos != "ADJ"
        || r + 1 >= toks.len()
        || children(toks, first, r, "cop").next().is_some()
    {
        return;
    }
    let clause = (r + 1..toks.len()).find(|&k| {
        head(toks, first, k) == Some(r)
            && toks[k].upos == "VERB"
            && matches!(
                toks[k].deprel,
                "parataxis" | "advcl" | "ccomp" | "conj" | "xcomp"
            )
    });
    // Or the verb hangs deeper, as a clause of a noun in the subject's
    // phrase ("Chilean Minister A and her counterpart, B, discussed X",
    // with A an oblique of the adjective and "discussed" a clause of B):
    // the adjective's noun phrase is then the verb's subject.
    let deep = || {
        let v = (r + 1..toks.len()).find(|&k| {
            toks[k].upos == "VERB"
                && matches!(toks[k].xpos, "VBD" | "VBN" | "VBZ" | "VBP")
                && matches!(toks[k].deprel, "acl" | "acl:relcl")
                && under(toks, first, k, r, 8)
        })?;
        let s = (r + 1..v).find(|&k| {
            head(toks, first, k) == Some(r)
                && matches!(toks[k].deprel, "obl" | "nmod" | "obj")
                && matches!(toks[k].upos, "PROPN" | "NOUN")
        })?;
        Some((v, s))
    };
    // The subject: the verb's own, or else the name the parser hung on
    // the adjective ("Peruvian Foreign Minister A and her counterpart, B,
    // held talks", with A an apposition of "Peruvian").
    let hung_subject = |toks: &[Token], v: usize| {
        (r + 1..v).find(|&k| {
            head(toks, first, k) == Some(r)
                && matches!(toks[k].deprel, "appos" | "nmod" | "obl" | "obj")
                && matches!(toks[k].upos, "PROPN" | "NOUN")
        })
    };
    let (v, s) = match clause {
        Some(v) => {
            let own = children(toks, first, v, "nsubj").find(|&s| r < s && s < v);
            let subjectless = children(toks, first, v, "nsubj").next().is_none();
            match (own, subjectless.then(|| hung_subject(toks, v)).flatten()) {
                (Some(s), _) => (v, s),
                (None, Some(s)) => {
                    toks[s].head = Some(first + v);
                    toks[s].deprel = "nsubj";
                    (v, s)
                }
                (None, None) => return,
            }
        }
        None => match deep() {
            Some((v, s)) => {
                toks[s].head = Some(first + v);
                toks[s].deprel = "nsubj";
                (v, s)
            }
            None => return,
        },
    };
    // The word after the adjective lies in the subject's phrase.
    let mut y = r + 1;
    let mut inside = false;
    for _ in 0..8 {
        if y == s {
            inside = true;
            break;
        }
        match head(toks, first, y) {
            Some(h) if h > r && h <= s => y = h,
            _ => break,
        }
    }
    if !inside || !same_window(r, v) {
        return;
    }
    let modified = match toks[r + 1].deprel {
        "amod" | "compound" | "nmod:desc" => head(toks, first, r + 1).unwrap_or(r + 1),
        _ => r + 1,
    };
    for k in 0..toks.len() {
        if k != v && head(toks, first, k) == Some(r) {
            toks[k].head = Some(first + v);
        }
    }
    toks[v].head = None;
    toks[v].deprel = "root";
    toks[r].head = Some(first + modified);
    toks[r].deprel = "amod";
}

/// "Presidents A of X and B of Y", "the Republic of X and the Kingdom of
/// Y": the parser sometimes joins B to X, the nearest noun, rather than to
/// A. When B has an "of" phrase of its own, like A's, the two are parallel
/// and B is A's conjunct.
fn parallel_conjunct(text: &str, toks: &mut [Token], first: usize) {
    let has_of = |toks: &[Token], x: usize| {
        children(toks, first, x, "case").any(|c| lower(text, &toks[c]) == "of")
    };
    for b in 0..toks.len() {
        if toks[b].deprel != "conj" || toks[b].upos != "PROPN" {
            continue;
        }
        let Some(x) = head(toks, first, b) else {
            continue;
        };
        if toks[x].deprel != "nmod" || !has_of(toks, x) {
            continue;
        }
        let Some(a) = head(toks, first, x) else {
            continue;
        };
        if toks[a].upos != "PROPN" || a >= x || x >= b {
            continue;
        }
        let own_of = children(toks, first, b, "nmod").any(|c| c > b && has_of(toks, c));
        if own_of {
            toks[b].head = Some(first + a);
        }
    }
}

/// "signed agreements on energy, transport and education": the parser
/// sometimes joins the second item of a list inside a prepositional
/// modifier to the modifier's head ("agreements ... transport"). When the
/// modifier's noun and every later item are bare nouns (no determiner,
/// possessive or preposition), set off by a comma right after the
/// modifier's phrase and closed by "and" or "or", the items are the
/// modifier's conjuncts ("the release of hostages, aid and a truce" keeps
/// its reading: "a truce" is no bare noun).
fn bare_list_in_modifier(text: &str, toks: &mut [Token], first: usize) {
    // (A modifier's noun has its preposition; a list item none.)
    let unmodified = |toks: &[Token], k: usize| {
        toks[k].upos == "NOUN"
            && ["det", "nmod:poss", "nummod"]
                .iter()
                .all(|r| children(toks, first, k, r).next().is_none())
    };
    let bare = |toks: &[Token], k: usize| {
        unmodified(toks, k) && children(toks, first, k, "case").next().is_none()
    };
    for y in 2..toks.len() {
        if toks[y].deprel != "conj" || !bare(toks, y) || lower(text, &toks[y - 1]) != "," {
            continue;
        }
        let Some(n) = head(toks, first, y) else {
            continue;
        };
        // The modifier: the noun's last prepositional phrase before Y,
        // ending right before the comma.
        let Some(x) = children(toks, first, n, "nmod")
            .filter(|&x| n < x && x < y)
            .last()
        else {
            continue;
        };
        let x_end = (x..y - 1).all(|k| k == x || under(toks, first, k, x, 4));
        if !x_end
            || !unmodified(toks, x)
            || children(toks, first, x, "case").next().is_none()
            || children(toks, first, x, "conj").next().is_some()
        {
            continue;
        }
        // Every later item bare, the last after "and"/"or".
        let later: Vec<usize> = children(toks, first, y, "conj").collect();
        let closed = later.last().is_some_and(|&z| {
            children(toks, first, z, "cc")
                .any(|c| matches!(lower(text, &toks[c]).as_str(), "and" | "or"))
        });
        if !closed || !later.iter().all(|&z| bare(toks, z)) || !same_window(x, y) {
            continue;
        }
        toks[y].head = Some(first + x);
    }
}

/// "talked to A and Ugandan President B": the parser sometimes reads B
/// as a modifier of A (`nmod`) with the "and" inside B's phrase. A
/// nominal modifier is introduced by a preposition; one with none whose
/// phrase opens with a coordinating conjunction is A's conjunct.
fn caseless_conjunct(toks: &mut [Token], first: usize) {
    for b in 0..toks.len() {
        if toks[b].deprel != "nmod" || !matches!(toks[b].upos, "PROPN" | "NOUN") {
            continue;
        }
        let Some(a) = head(toks, first, b) else {
            continue;
        };
        if a >= b
            || !matches!(toks[a].upos, "PROPN" | "NOUN")
            || children(toks, first, b, "case").next().is_some()
        {
            continue;
        }
        // The words from the "and" to B all hang inside B's phrase.
        let Some(c) = (a + 1..b).find(|&c| toks[c].deprel == "cc") else {
            continue;
        };
        let inside = |k: usize| {
            let mut x = k;
            for _ in 0..(b - c) {
                match head(toks, first, x) {
                    Some(h) if h == b => return true,
                    Some(h) if c < h && h < b => x = h,
                    _ => return false,
                }
            }
            false
        };
        if (c..b).all(inside) && same_window(a, b) {
            toks[b].deprel = "conj";
            toks[c].head = Some(first + b);
        }
    }
}

/// "A and Australian Prime Minister B held talks": the parser sometimes
/// takes the adjective after "and" for A's conjunct and gives the verb B
/// as a second subject. An adjective heads no conjunct of a name; when a
/// noun after it fills the same slot of the same verb as A, and the words
/// between hang inside that noun's phrase, the noun is A's conjunct and
/// the adjective modifies its phrase.
fn demonym_conjunct(toks: &mut [Token], first: usize) {
    for c in 1..toks.len() {
        if toks[c].deprel != "conj" || toks[c].upos != "ADJ" {
            continue;
        }
        let Some(a) = head(toks, first, c) else {
            continue;
        };
        let Some(v) = head(toks, first, a) else {
            continue;
        };
        if a >= c || !matches!(toks[a].upos, "PROPN" | "NOUN") {
            continue;
        }
        // The adjective has nothing under it but its "and".
        let lone = (0..toks.len())
            .filter(|&k| head(toks, first, k) == Some(c))
            .all(|k| toks[k].deprel == "cc" && k < c);
        if !lone {
            continue;
        }
        // B: the next word with A's verb and relation, the words between
        // all inside B's phrase.
        // ("met with A and Bolivian President B": or B is A's conjunct
        // already, beside the adjective.)
        let Some(b) = (c + 1..toks.len().min(c + 8)).find(|&k| {
            (head(toks, first, k) == Some(v) && toks[k].deprel == toks[a].deprel)
                || (head(toks, first, k) == Some(a) && toks[k].deprel == "conj")
        }) else {
            continue;
        };
        if !matches!(toks[b].upos, "PROPN" | "NOUN") || !same_window(a, b) {
            continue;
        }
        let inside = |k: usize| {
            let mut x = k;
            for _ in 0..8 {
                match head(toks, first, x) {
                    Some(h) if h == b => return true,
                    Some(h) if c < h && h < b => x = h,
                    _ => return false,
                }
            }
            false
        };
        if !(c + 1..b).all(inside) {
            continue;
        }
        // The adjective goes to the word of B's phrase right under B that
        // covers the words after it ("Minister" of "Prime Minister"), or B.
        let to = (c + 1..b)
            .find(|&k| head(toks, first, k) == Some(b))
            .unwrap_or(b);
        for k in 0..c {
            if head(toks, first, k) == Some(c) {
                toks[k].head = Some(first + b);
            }
        }
        toks[c].head = Some(first + to);
        toks[c].deprel = "amod";
        toks[b].head = Some(first + a);
        toks[b].deprel = "conj";
    }
}

/// "discussed maritime security, trade and the situation in X": the
/// parser sometimes joins "trade" to the verb rather than to its object.
/// A conjunction joins like with like: a bare noun conjoined to a verb,
/// after the verb's object and with no subject or copula of its own (so
/// not a clause), continues the object's list. So does a noun set off by
/// a comma after the object that the parser made the verb's apposition
/// (no verb has one) or bare modifier (`obl:unmarked`, which only a time
/// takes): "discussed the protection of civilians, the law of war and X",
/// "discussed the latest developments, the need to reach a deal, and X".
fn noun_conjunct_of_verb(text: &str, toks: &mut [Token], first: usize) {
    for x in 1..toks.len() {
        if !matches!(toks[x].upos, "NOUN" | "PROPN") {
            continue;
        }
        let listed = match toks[x].deprel {
            "conj" => true,
            "appos" | "obl:unmarked" => {
                // The comma before the item's first word.
                let mut start = x;
                while start > 0
                    && head(toks, first, start - 1) == Some(x)
                    && matches!(toks[start - 1].deprel, "det" | "amod" | "compound")
                {
                    start -= 1;
                }
                let comma = start > 0
                    && lower(text, &toks[start - 1]) == ","
                    && head(toks, first, start - 1) == Some(x);
                let time = super::TIME_NOUNS.contains(&lower(text, &toks[x]).as_str())
                    || toks[x].upos == "PROPN";
                comma && !time
            }
            _ => false,
        };
        if !listed {
            continue;
        }
        let Some(v) = head(toks, first, x) else {
            continue;
        };
        if toks[v].upos != "VERB" || v > x {
            continue;
        }
        let clause = (0..toks.len()).any(|k| {
            head(toks, first, k) == Some(x)
                && matches!(
                    toks[k].deprel,
                    "nsubj" | "nsubj:pass" | "cop" | "aux" | "obj"
                )
        });
        if clause {
            continue;
        }
        // The verb's object right before: the last one ahead of x.
        let Some(o) = (v + 1..x)
            .rev()
            .find(|&k| head(toks, first, k) == Some(v) && toks[k].deprel == "obj")
        else {
            continue;
        };
        if !matches!(toks[o].upos, "NOUN" | "PROPN") || !same_window(o, x) {
            continue;
        }
        toks[x].head = Some(first + o);
        toks[x].deprel = "conj";
    }
}

/// "discussed efforts to stop X from acquiring a weapon, as well as
/// cooperation in the region": the parser sometimes hangs what follows
/// ", as well as" on the nearest noun ("weapon"). Set off by its comma,
/// such an addition continues the list of the clause's object: the
/// conjunct moves to the highest object above its head, below the
/// clause's own verb.
fn as_well_as_conjunct(text: &str, toks: &mut [Token], first: usize) {
    for x in 2..toks.len() {
        if toks[x].deprel != "conj" || !matches!(toks[x].upos, "NOUN" | "PROPN") {
            continue;
        }
        // "as" with "well as" fixed to it, right after a comma.
        let Some(c) = children(toks, first, x, "cc").find(|&c| {
            c >= 1
                && lower(text, &toks[c]) == "as"
                && toks[c - 1].upos == "PUNCT"
                && lower(text, &toks[c - 1]) == ","
                && children(toks, first, c, "fixed").count() == 2
        }) else {
            continue;
        };
        let Some(a) = head(toks, first, x) else {
            continue;
        };
        // ("support for A, as well as for B": a phrase with its own
        // preposition is parallel where it hangs.)
        if a >= c || children(toks, first, x, "case").next().is_some() {
            continue;
        }
        // Climb from the head to the clause's verb; the last object met on
        // the way, past a verb of a clause inside it, is the list's first
        // item ("support for resilience, as well as its reconstruction"
        // crosses no verb and stays).
        let mut k = a;
        let mut object = None;
        let mut crossed = false;
        for _ in 0..8 {
            if toks[k].deprel == "obj" && matches!(toks[k].upos, "NOUN" | "PROPN") && crossed {
                object = Some(k);
            }
            crossed |= toks[k].upos == "VERB";
            if matches!(
                toks[k].deprel,
                "root" | "ccomp" | "parataxis" | "conj" | "xcomp"
            ) {
                break;
            }
            match head(toks, first, k) {
                Some(h) => k = h,
                None => break,
            }
        }
        if let Some(o) = object.filter(|&o| o != a && same_window(o, x)) {
            toks[x].head = Some(first + o);
        }
    }
}

/// "With Egypt acting as intermediary, A and B agreed": the parser
/// sometimes hangs the "as" phrase right after a verb on a later verb
/// across a comma (so A and B act as intermediary). An "as" phrase
/// straight after a verb, with the later verb's clause after a comma
/// between, belongs to the verb it follows.
fn as_phrase_of_verb(text: &str, toks: &mut [Token], first: usize) {
    for x in 2..toks.len() {
        if toks[x].deprel != "obl" {
            continue;
        }
        let c = x - 1;
        let v = c - 1;
        if head(toks, first, c) != Some(x)
            || toks[c].deprel != "case"
            || lower(text, &toks[c]) != "as"
            || toks[v].upos != "VERB"
        {
            continue;
        }
        let Some(h) = head(toks, first, x) else {
            continue;
        };
        // The later verb heads the first one's clause, and a comma stands
        // between the phrase and it.
        let comma = (x + 1..h).any(|k| toks[k].upos == "PUNCT" && lower(text, &toks[k]) == ",");
        if h > x && head(toks, first, v) == Some(h) && comma {
            toks[x].head = Some(first + v);
        }
    }
}

/// "the talks between Ethiopia and the rebels": the parser sometimes
/// hangs the second side on the noun the "between" phrase modifies, or
/// higher (a second subject of the verb). A "between" phrase names two
/// sides at least; one with a single side, right followed by "and" and a
/// word hung on one of its ancestors, takes that word as its second side.
fn between_needs_two(text: &str, toks: &mut [Token], first: usize) {
    for b in 0..toks.len() {
        let between = children(toks, first, b, "case").any(|c| lower(text, &toks[c]) == "between");
        // ("between the two sides and ...": a plural side is two already.)
        let plural = toks[b].xpos == "NNS" || children(toks, first, b, "nummod").next().is_some();
        if !between || plural || children(toks, first, b, "conj").next().is_some() {
            continue;
        }
        // The "and" right after the side's own words.
        let Some(c) = (b + 1..toks.len().min(b + 8)).find(|&k| !under(toks, first, k, b, 4)) else {
            continue;
        };
        if !matches!(lower(text, &toks[c]).as_str(), "and" | "&") || toks[c].deprel != "cc" {
            continue;
        }
        let Some(x) = head(toks, first, c).filter(|&x| x > c) else {
            continue;
        };
        // Its word hangs above the side, and the words between are its own.
        let above = head(toks, first, x).is_some_and(|h| under(toks, first, b, h, 4));
        let own = (c + 1..x).all(|k| under(toks, first, k, x, 4));
        if above && own && same_window(b, x) {
            toks[x].head = Some(first + b);
            toks[x].deprel = "conj";
        }
    }
}

/// "welcomed B to the White House today": the parser sometimes makes
/// "today" the head of the phrase before it, with the place as its
/// compound and "to" as its case. A day word ("today", "yesterday",
/// "tomorrow", "tonight") modifies no noun before it: the noun before
/// heads the phrase again, with its case and determiner, and the day word
/// hangs on the verb as when.
fn day_word_head(text: &str, toks: &mut [Token], first: usize) {
    for d in 1..toks.len() {
        if !matches!(
            lower(text, &toks[d]).as_str(),
            "today" | "yesterday" | "tomorrow" | "tonight"
        ) {
            continue;
        }
        // The noun right before, hung on the day word as a compound.
        let n = d - 1;
        if head(toks, first, n) != Some(d)
            || toks[n].deprel != "compound"
            || !matches!(toks[n].upos, "PROPN" | "NOUN")
        {
            continue;
        }
        let Some(h) = head(toks, first, d) else {
            continue;
        };
        if toks[h].upos != "VERB" {
            continue;
        }
        let rel = toks[d].deprel;
        for k in 0..toks.len() {
            if k != n && head(toks, first, k) == Some(d) && k < d {
                toks[k].head = Some(first + n);
            }
        }
        toks[n].head = Some(first + h);
        toks[n].deprel = if rel.starts_with("obl") { "obl" } else { rel };
        toks[d].head = Some(first + h);
        toks[d].deprel = "obl:unmarked";
    }
}

/// "held talks in Lima, with Norway and Chile acting as facilitators":
/// the parser sometimes reads the nouns after "with" as a "with" phrase of
/// a noun before and the participle after them as a clause of something
/// else. After a comma (or opening the sentence), "with", nouns and a
/// participle right after them with no subject of its own are a clause:
/// the nouns its subject, "with" its marker.
fn absolute_with(text: &str, toks: &mut [Token], first: usize) {
    for w in 0..toks.len() {
        if toks[w].deprel != "case"
            || lower(text, &toks[w]) != "with"
            || (w > 0 && lower(text, &toks[w - 1]) != ",")
        {
            continue;
        }
        let Some(n) = head(toks, first, w).filter(|&n| n > w) else {
            continue;
        };
        if !matches!(toks[n].upos, "PROPN" | "NOUN") {
            continue;
        }
        // The participle: the first word after the nouns that is not in
        // their phrase.
        // (Or "as", in or out of their phrase: a verbless clause.)
        let Some(v) = (n + 1..toks.len())
            .find(|&k| !under(toks, first, k, n, 4) || lower(text, &toks[k]) == "as")
        else {
            continue;
        };
        if lower(text, &toks[v]) == "as" {
            as_predicate(toks, first, w, n, v);
            continue;
        }
        let acl_of_n = head(toks, first, v) == Some(n);
        if toks[v].xpos != "VBG"
            || (under(toks, first, v, n, 8) && !acl_of_n)
            || children(toks, first, v, "nsubj").next().is_some()
            || !same_window(n, v)
            || !same_window(w, v)
        {
            continue;
        }
        let Some(old) = head(toks, first, n) else {
            continue;
        };
        if acl_of_n {
            // (Hung on the nouns: the clause takes their place.)
            toks[v].head = Some(first + old);
            toks[v].deprel = "advcl";
        }
        if under(toks, first, v, n, 8) {
            continue;
        }
        mark_clause(toks, first, w, n, v);
    }
}

/// Makes `pred` head a clause marked by "with" (`w`) whose subject is the
/// nouns headed by `n`.
fn mark_clause(toks: &mut [Token], first: usize, w: usize, n: usize, pred: usize) {
    toks[n].head = Some(first + pred);
    toks[n].deprel = "nsubj";
    toks[w].head = Some(first + pred);
    toks[w].deprel = "mark";
}

/// "With Turkey as mediator, A and B held talks": the verbless absolute
/// clause of [`absolute_with`]. The noun after "as" is its predicate, the
/// nouns after "with" its subject and "with" its marker, so that Turkey is
/// neither a partner "with" whom the talks were held nor are A and B the
/// mediators. `w` is "with", `n` the head of the nouns, `c` the "as".
fn as_predicate(toks: &mut [Token], first: usize, w: usize, n: usize, c: usize) {
    let Some(p) = head(toks, first, c)
        .filter(|&p| p > c && toks[c].deprel == "case" && matches!(toks[p].upos, "NOUN" | "PROPN"))
    else {
        return;
    };
    if !same_window(w, p) || children(toks, first, p, "nsubj").next().is_some() {
        return;
    }
    let Some(old) = head(toks, first, n) else {
        return;
    };
    // Hung on the nouns ("Turkey as mediator" one phrase), the predicate
    // takes their place; hung elsewhere, it keeps its head.
    let up = if under(toks, first, p, n, 8) {
        Some(old)
    } else {
        head(toks, first, p)
    };
    let Some(up) = up.filter(|&u| u != n && !under(toks, first, u, n, 8)) else {
        return;
    };
    toks[p].head = Some(first + up);
    toks[p].deprel = if toks[up].upos == "VERB" {
        "advcl"
    } else {
        "acl"
    };
    mark_clause(toks, first, w, n, p);
}

/// "held talks with Ugandan President B on the border dispute": the parser
/// sometimes reads "with B on X" as a verbless clause ("with" marking
/// "dispute", B its subject), as in "with the captain on board". Right
/// after a noun of talks, "with" names the partner of the talks: B hangs
/// on the talks with "with" as its case, and "on X" on B (where the
/// extractors read a partner's matter).
fn with_partner_on(text: &str, toks: &mut [Token], first: usize) {
    for w in 1..toks.len() {
        if toks[w].deprel != "mark" || lower(text, &toks[w]) != "with" {
            continue;
        }
        let Some(n) = head(toks, first, w).filter(|&n| n > w) else {
            continue;
        };
        let Some(s) = children(toks, first, n, "nsubj").find(|&s| w < s && s < n) else {
            continue;
        };
        let talks = w - 1;
        let on = children(toks, first, n, "case")
            .any(|c| s < c && matches!(lower(text, &toks[c]).as_str(), "on" | "about" | "over"));
        if toks[n].upos != "NOUN"
            || !matches!(toks[s].upos, "PROPN" | "NOUN")
            || !on
            || !matches!(
                lower(text, &toks[talks]).as_str(),
                "talks" | "meeting" | "meetings" | "negotiations" | "discussions" | "consultations"
            )
            || !same_window(talks, n)
        {
            continue;
        }
        toks[s].head = Some(first + talks);
        toks[s].deprel = "nmod";
        toks[w].head = Some(first + s);
        toks[w].deprel = "case";
        toks[n].head = Some(first + s);
        toks[n].deprel = "nmod";
    }
}

/// "talks with B on the Nile waters dispute": the parser sometimes reads
/// the last noun as a present-tense verb ("dispute") with the nouns
/// before it as its subject and the preposition as its marker. A
/// preposition marks no finite clause: the "verb" is a noun, the nouns
/// before it its compounds, and the phrase a modifier of the name or
/// noun right before the preposition.
fn preposition_before_verb(text: &str, toks: &mut [Token], first: usize) {
    for n in 2..toks.len() {
        if toks[n].upos != "VERB" || !matches!(toks[n].xpos, "VBP" | "VBZ") {
            continue;
        }
        let Some(m) = children(toks, first, n, "mark")
            .find(|&m| m < n && matches!(lower(text, &toks[m]).as_str(), "on" | "about" | "over"))
        else {
            continue;
        };
        let subject: Vec<usize> = children(toks, first, n, "nsubj").collect();
        let clause = ["obj", "aux", "cop", "ccomp", "xcomp"]
            .iter()
            .any(|r| children(toks, first, n, r).next().is_some());
        if m == 0
            || clause
            || subject.len() != 1
            || toks[subject[0]].upos != "NOUN"
            || subject[0] + 1 != n
        {
            continue;
        }
        // The phrase before the preposition: its head.
        let mut p = m - 1;
        while matches!(toks[p].deprel, "flat" | "compound" | "nmod:desc")
            && head(toks, first, p).is_some_and(|h| h < m)
        {
            p = head(toks, first, p).expect("checked");
        }
        if !matches!(toks[p].upos, "NOUN" | "PROPN")
            || !same_window(p, n)
            || under(toks, first, p, n, 8)
        {
            continue;
        }
        toks[n].upos = "NOUN";
        toks[n].xpos = "NN";
        toks[n].head = Some(first + p);
        toks[n].deprel = "nmod";
        toks[m].deprel = "case";
        toks[subject[0]].deprel = "compound";
    }
}

/// "The Indonesian Foreign Minister A hosted envoys from K": the parser
/// sometimes reads the verb as a participle modifying its object, with
/// the object the root. A modifier has no subject: a past-tense verb
/// with a subject of its own, hung on the noun after it as a modifier, is
/// the verb and the noun its object (what hung on the noun before the
/// verb goes with the subject).
fn verb_with_subject_as_modifier(toks: &mut [Token], first: usize) {
    for v in 1..toks.len() {
        if toks[v].deprel != "amod"
            || toks[v].upos != "VERB"
            || !matches!(toks[v].xpos, "VBD" | "VBN")
        {
            continue;
        }
        let Some(n) = head(toks, first, v).filter(|&n| n > v) else {
            continue;
        };
        // (The subject hung on the verb, a past form; or on the noun made
        // the root, which takes no subject: "A, the minister, hosted
        // talks" with "talks" the root.)
        let own = children(toks, first, v, "nsubj")
            .find(|&s| s < v)
            .filter(|_| toks[v].xpos == "VBD");
        let Some(s) = own.or_else(|| {
            children(toks, first, n, "nsubj")
                .find(|&s| s < v)
                .filter(|_| toks[n].head.is_none())
        }) else {
            continue;
        };
        if !matches!(toks[n].upos, "NOUN" | "PROPN") || !same_window(s, n) {
            continue;
        }
        for k in 0..v {
            if head(toks, first, k) == Some(n) && same_window(k, s) {
                toks[k].head = Some(first + s);
            }
        }
        toks[v].head = toks[n].head;
        toks[v].deprel = toks[n].deprel;
        toks[n].head = Some(first + v);
        toks[n].deprel = "obj";
        toks[s].head = Some(first + v);
        for k in n + 1..toks.len() {
            if head(toks, first, k) == Some(n) && toks[k].deprel == "punct" && same_window(k, v) {
                toks[k].head = Some(first + v);
            }
        }
    }
}

/// "sat down with Luis Ortega": the parser sometimes hangs the
/// preposition on the first word of a name or noun phrase (a compound of
/// the head) rather than on its head. A preposition introduces the whole
/// phrase: it moves to the phrase's head.
fn case_on_modifier(toks: &mut [Token], first: usize) {
    for c in 0..toks.len() {
        if toks[c].deprel != "case" || toks[c].upos != "ADP" {
            continue;
        }
        let Some(x) = head(toks, first, c).filter(|&x| x > c) else {
            continue;
        };
        if !matches!(toks[x].deprel, "compound" | "flat" | "nmod:desc") {
            continue;
        }
        let Some(h) = head(toks, first, x).filter(|&h| h > x) else {
            continue;
        };
        // (Right before the phrase, which runs to its head unbroken: "of
        // Intel, Pat Gelsinger" is two phrases. The head takes no
        // preposition of its own already.)
        let unbroken = x == c + 1
            && (x + 1..h).all(|k| {
                head(toks, first, k) == Some(h)
                    && matches!(toks[k].deprel, "compound" | "flat" | "nmod:desc" | "amod")
            });
        if !unbroken || children(toks, first, h, "case").next().is_some() || !same_window(c, h) {
            continue;
        }
        toks[c].head = Some(first + h);
    }
}

/// "The meeting addressed ways to reduce tensions": the parser sometimes
/// reads the verb as a past participle modifying its object ("addressed
/// ways") and the subject as the root with that object as its own. A noun
/// takes no object: the past form between them is the root verb, the noun
/// its subject, and the object (with what else hung on the noun after the
/// verb) its own.
/// "exchanged views on trade and energy": the parser sometimes makes the
/// preposition the head of its phrase, hung on the word before it as a
/// modifier, with the noun after it as its object. A preposition heads
/// nothing in English grammar: the noun heads the phrase in the
/// preposition's place, and the preposition marks it. (A particle of a
/// phrasal verb is left alone: its object is the verb's.)
fn preposition_over_object(toks: &mut [Token], first: usize) {
    for p in 0..toks.len() {
        if toks[p].upos != "ADP"
            || toks[p].xpos != "IN"
            || !matches!(toks[p].deprel, "nmod" | "obl")
        {
            continue;
        }
        let Some(o) = children(toks, first, p, "obj")
            .chain(children(toks, first, p, "appos"))
            .find(|&o| o > p && matches!(toks[o].upos, "NOUN" | "PROPN" | "PRON" | "NUM"))
        else {
            continue;
        };
        if children(toks, first, o, "case").next().is_some() || !same_window(p, o) {
            continue;
        }
        // What else hung on the preposition after it goes to the noun.
        for k in p + 1..toks.len().min(p + crate::nlp::parser::WINDOW) {
            if k != o && head(toks, first, k) == Some(p) && same_window(k, o) {
                toks[k].head = Some(first + o);
            }
        }
        toks[o].head = toks[p].head;
        toks[o].deprel = toks[p].deprel;
        toks[p].head = Some(first + o);
        toks[p].deprel = "case";
    }
}

/// "spoke with Karim Mansour, Deputy Prime Minister of Qatar": the parser
/// sometimes hangs the name on the title after the comma, as a modifier,
/// and makes the title the head of the whole. A modifier is never cut
/// from its head by a comma and the head's own words: the name heads the
/// phrase (with its preposition and determiner), and the title after the
/// comma is its apposition.
fn name_before_comma_title(toks: &mut [Token], first: usize) {
    for c in 1..toks.len() {
        if toks[c].upos != "PUNCT" || toks[c].xpos != "," {
            continue;
        }
        let n = c - 1;
        if toks[n].upos != "PROPN"
            || !matches!(toks[n].deprel, "amod" | "compound" | "flat" | "nmod:desc")
        {
            continue;
        }
        let Some(h) = head(toks, first, n).filter(|&h| h > c + 1 && h < c + 8) else {
            continue;
        };
        if !matches!(toks[h].upos, "PROPN" | "NOUN") || !same_window(n, h) {
            continue;
        }
        // The title runs unbroken from the comma to its head.
        let title = (c + 1..h).all(|k| {
            toks[k].upos != "PUNCT" && (under(toks, first, k, h, 2) || under(toks, first, k, n, 1))
        });
        if !title {
            continue;
        }
        // The name's first word: the proper nouns before it on the title.
        let mut s = n;
        while s > 0
            && toks[s - 1].upos == "PROPN"
            && matches!(
                toks[s - 1].deprel,
                "amod" | "compound" | "flat" | "nmod:desc"
            )
            && matches!(head(toks, first, s - 1), Some(x) if x == h || x == n)
        {
            s -= 1;
        }
        // (Only where the preposition before the name hangs on the title:
        // "with A B, Deputy Prime Minister"; a name after the comma is
        // another phrase: "Head of the Bureau, A B".)
        if !children(toks, first, h, "case").any(|k| k < s) {
            continue;
        }
        toks[n].head = toks[h].head;
        toks[n].deprel = toks[h].deprel;
        for t in &mut toks[s..n] {
            t.head = Some(first + n);
            t.deprel = "flat";
        }
        for k in 0..s {
            if head(toks, first, k) == Some(h)
                && matches!(toks[k].deprel, "case" | "det" | "cc" | "nmod:poss")
                && same_window(k, n)
            {
                toks[k].head = Some(first + n);
            }
        }
        for k in c + 1..h {
            if head(toks, first, k) == Some(n) {
                toks[k].head = Some(first + h);
                toks[k].deprel = "compound";
            }
        }
        toks[c].head = Some(first + h);
        toks[c].deprel = "punct";
        toks[h].head = Some(first + n);
        toks[h].deprel = "appos";
    }
}

/// "welcomed Czech Prime Minister A to the White House": the parser
/// sometimes makes the proper noun before a title ("Czech", "NATO") the
/// head of the phrase, with the name under it as an object or an
/// apposition and the title's words on the name. The name is the head:
/// it takes the first word's place (with the first word's preposition,
/// determiner and what follows), and the first word modifies it. Only
/// where every word between them hangs toward the name (a title), and the
/// name has no preposition of its own.
fn modifier_over_name(toks: &mut [Token], first: usize) {
    for d in 0..toks.len() {
        if toks[d].upos != "PROPN"
            || !matches!(
                toks[d].deprel,
                "obj" | "iobj" | "nsubj" | "nsubj:pass" | "obl" | "nmod" | "appos" | "conj"
            )
        {
            continue;
        }
        // ("met with United Nations Secretary-General A": a name hung as
        // a modifier with no preposition, too.)
        let under_d = children(toks, first, d, "obj")
            .chain(children(toks, first, d, "appos"))
            .chain(children(toks, first, d, "flat"))
            .chain(children(toks, first, d, "nmod"))
            .find(|&n| n > d + 1 && toks[n].upos == "PROPN");
        let title = under_d.filter(|&n| {
            (d + 1..n).all(|k| {
                matches!(toks[k].deprel, "nmod:desc" | "amod" | "compound")
                    && head(toks, first, k).is_some_and(|h| h > d && h <= n)
            })
        });
        let Some(n) = title.or_else(|| sibling_name(toks, first, d)) else {
            continue;
        };
        if children(toks, first, n, "case").next().is_some() || !same_window(d, n) {
            continue;
        }
        // Everything else on the first word (its preposition, its
        // determiner, what follows) goes to the name.
        for k in 0..toks.len() {
            // (Before it, only its preposition and determiner: "United"
            // stays on "Nations".)
            let moves = k > d || matches!(toks[k].deprel, "case" | "det" | "cc" | "punct");
            if k != n && moves && head(toks, first, k) == Some(d) && same_window(k, n) {
                toks[k].head = Some(first + n);
            }
        }
        toks[n].head = toks[d].head;
        toks[n].deprel = toks[d].deprel;
        toks[d].head = Some(first + n);
        toks[d].deprel = "compound";
    }
}

/// "spoke with Republic of Korea National Security Advisor A": the
/// parser sometimes ends the phrase after its first name and hangs the
/// person's name, with the title before it, on the verb as a second
/// oblique or object with no preposition. A verb takes no such second
/// bare name right after the first: when every word between them hangs
/// under the first word or, as the title, on the name (no punctuation, no
/// conjunction, no verb), the two are one phrase, and the name (a
/// sibling of `d` after it) heads it.
fn sibling_name(toks: &[Token], first: usize, d: usize) -> Option<usize> {
    let h = head(toks, first, d)?;
    let n = (d + 2..toks.len().min(d + 16)).find(|&k| {
        head(toks, first, k) == Some(h)
            && matches!(toks[k].deprel, "obl" | "obj")
            && toks[k].upos == "PROPN"
    })?;
    // (The word right before the name is its own title or name word.)
    if !matches!(
        toks[n - 1].deprel,
        "compound" | "flat" | "nmod:desc" | "amod"
    ) || head(toks, first, n - 1) != Some(n)
    {
        return None;
    }
    let phrase = (d + 1..n).all(|k| {
        matches!(toks[k].upos, "PROPN" | "ADJ" | "NOUN" | "ADP" | "DET")
            && (under(toks, first, k, d, 4) || under(toks, first, k, n, 2))
    });
    phrase.then_some(n)
}

/// Nouns whose "to" infinitive says what they are for: "efforts to end
/// the war", "ways to cut costs".
const INFINITIVE_NOUNS: &[&str] = &[
    "effort",
    "efforts",
    "way",
    "ways",
    "step",
    "steps",
    "measures",
    "plan",
    "plans",
    "opportunities",
    "attempts",
    "initiatives",
    "proposals",
    "options",
    "fight",
    "struggle",
    "campaign",
    "push",
    "drive",
    "bid",
    "race",
    "mission",
    "initiative",
    "strategy",
    "attempt",
];

/// "discussed efforts to end the war": the parser sometimes hangs the
/// infinitive right after the object on the verb, as its purpose. After
/// a noun of effort or means ("efforts", "ways", "steps"), the infinitive
/// that follows its phrase says what the noun is for: it hangs on the
/// noun.
fn infinitive_of_noun(text: &str, toks: &mut [Token], first: usize) {
    for v in 2..toks.len() {
        if toks[v].deprel != "advcl"
            || toks[v].upos != "VERB"
            || toks[v].xpos != "VB"
            || lower(text, &toks[v - 1]) != "to"
            || head(toks, first, v - 1) != Some(v)
        {
            continue;
        }
        let Some(h) = head(toks, first, v) else {
            continue;
        };
        // The object's phrase ends right before the "to".
        let o = children(toks, first, h, "obj")
            .find(|&o| o < v - 1 && (o + 1..v - 1).all(|k| under(toks, first, k, o, 4)));
        let Some(o) = o else {
            continue;
        };
        if INFINITIVE_NOUNS.contains(&lower(text, &toks[o]).as_str()) && same_window(o, v) {
            toks[v].head = Some(first + o);
            toks[v].deprel = "acl";
        }
    }
}

/// "discussed the situation in K and ongoing efforts to end the war": the
/// parser sometimes takes the adjective after "and" for the first noun's
/// conjunct and hangs the noun after it on that noun as an object. A noun
/// takes no object: the noun right after the adjective is the conjunct,
/// the adjective its modifier, and the "and" goes with it.
fn adjective_conjunct(toks: &mut [Token], first: usize) {
    for n in 1..toks.len() {
        let j = n - 1;
        if toks[n].deprel != "obj"
            || !matches!(toks[n].upos, "NOUN" | "PROPN")
            || toks[j].deprel != "conj"
            || toks[j].upos != "ADJ"
        {
            continue;
        }
        let Some(h) = head(toks, first, n) else {
            continue;
        };
        if head(toks, first, j) != Some(h) || !matches!(toks[h].upos, "NOUN" | "PROPN") {
            continue;
        }
        let joins: Vec<usize> = children(toks, first, j, "cc").collect();
        for k in joins {
            toks[k].head = Some(first + n);
        }
        toks[j].head = Some(first + n);
        toks[j].deprel = "amod";
        toks[n].deprel = "conj";
    }
}

/// "The meeting addressed ways to X", "The two ministers discussed
/// trade": the parser sometimes makes the subject noun the root and the
/// verb a participle, of the object ("addressed" as its modifier, the
/// object hung on the noun) or of the noun itself (a clause of
/// "ministers" with an object of its own). A participle after its noun
/// takes no object: the verb is the root, in the past tense, and the
/// noun its subject. So is a regular past form with a prepositional
/// phrase, in a sentence with no other verb ("The two delegations
/// negotiated over the terms").
fn noun_root_object(text: &str, toks: &mut [Token], first: usize) {
    let Some(r) = toks.iter().position(|t| t.head.is_none()) else {
        return;
    };
    if toks[r].upos != "NOUN" {
        return;
    }
    let modifier = || {
        let o = children(toks, first, r, "obj").find(|&o| o > r + 1)?;
        (r + 1..o).find(|&k| {
            matches!(toks[k].xpos, "VBD" | "VBN")
                && head(toks, first, k) == Some(o)
                && toks[k].deprel == "amod"
        })
    };
    // (Right after the noun, with an object and no subject of its own.)
    let clause = || {
        let v = r + 1;
        (v < toks.len()
            && head(toks, first, v) == Some(r)
            && toks[v].deprel == "acl"
            && matches!(toks[v].xpos, "VBD" | "VBN")
            && children(toks, first, v, "obj").next().is_some()
            && children(toks, first, v, "nsubj").next().is_none())
        .then_some(v)
    };
    // "The two delegations negotiated over the terms", "Discussions
    // revolved around X": a regular past form right after the noun with a
    // prepositional phrase and no object, in a sentence with no other
    // verb, is the sentence's verb too ("Talks held in Geneva" as a
    // caption keeps its participle: an irregular form says so).
    let oblique = || {
        let v = r + 1;
        (v < toks.len()
            && head(toks, first, v) == Some(r)
            && toks[v].deprel == "acl"
            && matches!(toks[v].xpos, "VBD" | "VBN")
            && lower(text, &toks[v]).ends_with("ed")
            && children(toks, first, v, "obl")
                .any(|o| o > v && children(toks, first, o, "case").next().is_some())
            && ["obj", "nsubj", "aux", "aux:pass", "mark"]
                .iter()
                .all(|rel| children(toks, first, v, rel).next().is_none())
            && !toks
                .iter()
                .enumerate()
                .any(|(k, t)| k != v && (t.upos == "VERB" || t.upos == "AUX") && same_window(k, v)))
        .then_some(v)
    };
    let Some(v) = modifier().or_else(clause).or_else(oblique) else {
        return;
    };
    // (Only determiners and modifiers of the subject between it and the
    // verb.)
    if (r + 1..v).any(|k| head(toks, first, k) != Some(r)) || !same_window(r, v) {
        return;
    }
    for k in v + 1..toks.len() {
        if head(toks, first, k) == Some(r) && same_window(k, v) {
            toks[k].head = Some(first + v);
        }
    }
    toks[v].head = None;
    toks[v].deprel = "root";
    toks[v].upos = "VERB";
    toks[v].xpos = "VBD";
    toks[r].head = Some(first + v);
    toks[r].deprel = "nsubj";
}

/// "phoned his Greek counterpart Nikos Papas on Sunday": the parser
/// sometimes makes the name right after a noun that noun's object. A noun
/// takes no object; a name that follows it directly (its own words the
/// only ones between) names what the noun describes: its apposition.
fn name_object_of_noun(toks: &mut [Token], first: usize) {
    for o in 1..toks.len() {
        if toks[o].upos != "PROPN" || toks[o].deprel != "obj" {
            continue;
        }
        let Some(n) = head(toks, first, o).filter(|&n| n < o) else {
            continue;
        };
        if toks[n].upos != "NOUN" || !same_window(n, o) {
            continue;
        }
        // The name's words run from right after the noun to it.
        if !(n + 1..o).all(|k| toks[k].upos == "PROPN" && head(toks, first, k) == Some(o)) {
            continue;
        }
        toks[o].deprel = "appos";
    }
}

/// "condemned in the strongest terms the DPRK's support to X": the
/// parser sometimes hangs the object on the noun of an oblique between
/// the verb and it. A noun takes no object: it is the verb's.
fn object_of_noun(toks: &mut [Token], first: usize) {
    for o in 1..toks.len() {
        if !matches!(toks[o].upos, "NOUN" | "PROPN") {
            continue;
        }
        if toks[o].deprel != "obj" {
            continue;
        }
        let Some(n) = head(toks, first, o).filter(|&n| n < o) else {
            continue;
        };
        if toks[n].upos != "NOUN" || !toks[n].deprel.starts_with("obl") {
            continue;
        }
        let Some(v) = head(toks, first, n).filter(|&v| toks[v].upos == "VERB") else {
            continue;
        };
        if children(toks, first, v, "obj").next().is_some() || !same_window(v, o) {
            continue;
        }
        toks[o].head = Some(first + v);
    }
}

/// "President A of Chile and President B of Peru spoke by phone": the
/// parser sometimes makes the first name the root and the verb a
/// participle clause of the last name in the list. A sentence opening
/// with a list of names and going on, with no comma, into a past verb
/// that has no subject of its own is that verb's clause: the verb is the
/// root and the names its subject.
fn name_root_clause(text: &str, toks: &mut [Token], first: usize) {
    let Some(r) = toks.iter().position(|t| t.head.is_none()) else {
        return;
    };
    if toks[r].upos != "PROPN" {
        return;
    }
    let Some(v) = (r + 1..toks.len()).find(|&k| toks[k].upos == "VERB") else {
        return;
    };
    let Some(h) = head(toks, first, v) else {
        return;
    };
    let in_list =
        |h: usize| h == r || (toks[h].deprel == "conj" && head(toks, first, h) == Some(r));
    // ("President B of Peru discussed trade": or a modifier of the noun
    // after it, that noun hung on the list, right after a name: not "A
    // and the disputed border".)
    let object = (toks[v].deprel == "amod"
        && h == v + 1
        && toks[v - 1].upos == "PROPN"
        && children(toks, first, h, "det").next().is_none()
        && matches!(toks[h].upos, "NOUN" | "PROPN")
        && head(toks, first, h).is_some_and(in_list))
    .then_some(h);
    if !(in_list(h) && toks[v].deprel == "acl" || object.is_some())
        || !matches!(toks[v].xpos, "VBD" | "VBN")
        || children(toks, first, v, "nsubj").next().is_some()
        || (r + 1..v).any(|k| !under(toks, first, k, r, 4) || lower(text, &toks[k]) == ",")
        || !same_window(r, v)
    {
        return;
    }
    for k in v + 1..toks.len() {
        if head(toks, first, k) == Some(r) && same_window(k, v) {
            toks[k].head = Some(first + v);
        }
    }
    toks[v].head = None;
    toks[v].deprel = "root";
    toks[v].xpos = "VBD";
    toks[r].head = Some(first + v);
    toks[r].deprel = "nsubj";
    if let Some(o) = object {
        toks[o].head = Some(first + v);
        toks[o].deprel = "obj";
    }
}

/// "a spokeswoman for the European Commission, Lena Vogt, said": the
/// parser sometimes makes the body before the comma a compound of the
/// name after it, so the name takes the body's preposition and the title
/// loses its body. A compound is never cut from its head by a comma: the
/// body keeps its place (with its preposition) and the name, the same
/// place's apposition, hangs where the name hung.
fn body_before_comma_name(toks: &mut [Token], first: usize) {
    for c in 1..toks.len() {
        if toks[c].upos != "PUNCT" || toks[c].xpos != "," {
            continue;
        }
        let n = c - 1;
        if toks[n].upos != "PROPN" || !matches!(toks[n].deprel, "compound" | "flat") {
            continue;
        }
        let Some(h) = head(toks, first, n).filter(|&h| h > c + 1 && h < c + 6) else {
            continue;
        };
        if toks[h].upos != "PROPN"
            || !matches!(toks[h].deprel, "nmod" | "obl")
            || !same_window(n, h)
        {
            continue;
        }
        // The name runs unbroken from the comma to its head and ends its
        // phrase (not "the Commission on Health, Gender Equality and
        // Peace"), and the body before the comma has the preposition.
        let ends = toks
            .get(h + 1)
            .is_none_or(|t| matches!(t.xpos, "," | "." | ":") || matches!(t.upos, "VERB" | "AUX"));
        let name =
            ends && (c + 1..h).all(|k| toks[k].upos == "PROPN" && head(toks, first, k) == Some(h));
        if !name || !children(toks, first, n, "case").any(|k| k < n) {
            continue;
        }
        let Some(up) = head(toks, first, h) else {
            continue;
        };
        toks[n].head = Some(first + up);
        toks[n].deprel = toks[h].deprel;
        toks[c].head = Some(first + h);
        toks[c].deprel = "punct";
        toks[h].deprel = "appos";
    }
}

/// "The issues discussed included trade and security": the parser
/// sometimes reads the participle after the subject as the main verb and
/// "included" as a modifier of its object ("discussed [included trade]").
/// A finite verb between a verb and its object is never such a modifier:
/// "included" heads the clause, the noun before the participle is its
/// subject, the participle describes that noun, and the object is
/// "included"'s.
fn participle_before_included(text: &str, toks: &mut [Token], first: usize) {
    for v2 in 2..toks.len() {
        if !matches!(
            lower(text, &toks[v2]).as_str(),
            "included" | "include" | "includes"
        ) || !matches!(toks[v2].deprel, "amod" | "compound")
        {
            continue;
        }
        let v1 = v2 - 1;
        let Some(o) = head(toks, first, v2) else {
            continue;
        };
        if toks[v1].upos != "VERB"
            || !matches!(toks[v1].xpos, "VBD" | "VBN")
            || o <= v2
            || head(toks, first, o) != Some(v1)
            || toks[o].deprel != "obj"
            || !same_window(v1, o)
        {
            continue;
        }
        let Some(n) = children(toks, first, v1, "nsubj")
            .find(|&n| n < v1 && matches!(toks[n].upos, "NOUN" | "PROPN"))
        else {
            continue;
        };
        toks[v2].head = toks[v1].head;
        toks[v2].deprel = toks[v1].deprel;
        toks[v2].upos = "VERB";
        toks[v2].xpos = if lower(text, &toks[v2]) == "included" {
            "VBD"
        } else {
            toks[v2].xpos
        };
        toks[v1].head = Some(first + n);
        toks[v1].deprel = "acl";
        toks[v1].xpos = "VBN";
        toks[n].head = Some(first + v2);
        toks[o].head = Some(first + v2);
        // What else hung on the participle after it (the full stop, a
        // time) belongs to the new head.
        for k in v2 + 1..toks.len() {
            if head(toks, first, k) == Some(v1) {
                toks[k].head = Some(first + v2);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Token, TokenKind};

    type Row = (
        &'static str,
        &'static str,
        &'static str,
        usize,
        &'static str,
    );

    /// One sentence from CoNLL-like rows (word, UPOS, XPOS, head counted
    /// from 1 with 0 for the root, relation), as the parser might give it,
    /// placed at token `first` of an analysis.
    fn sentence(rows: &[Row], first: usize) -> (String, Vec<Token>) {
        let mut text = String::new();
        let mut toks = Vec::new();
        for &(w, upos, xpos, head, deprel) in rows {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(w);
            toks.push(Token {
                span: start..text.len(),
                kind: TokenKind::Word,
                upos,
                xpos,
                head: (head > 0).then(|| first + head - 1),
                deprel,
            });
        }
        (text, toks)
    }

    fn arcs(toks: &[Token], first: usize) -> Vec<(Option<usize>, &'static str)> {
        toks.iter()
            .map(|t| (t.head.map(|h| h - first + 1), t.deprel))
            .collect()
    }

    /// "met with Ana Vale of Elbonia, and Kurt Sava of Latveria to discuss
    /// trade ." with "Sava" read as the subject of "to discuss".
    const LIST: &[Row] = &[
        ("met", "VERB", "VBD", 0, "root"),
        ("with", "ADP", "IN", 4, "case"),
        ("Ana", "PROPN", "NNP", 4, "compound"),
        ("Vale", "PROPN", "NNP", 1, "obl"),
        ("of", "ADP", "IN", 6, "case"),
        ("Elbonia", "PROPN", "NNP", 4, "nmod"),
        (",", "PUNCT", ",", 15, "punct"),
        ("and", "CCONJ", "CC", 15, "cc"),
        ("President", "PROPN", "NNP", 11, "nmod:desc"),
        ("Kurt", "PROPN", "NNP", 11, "compound"),
        ("Sava", "PROPN", "NNP", 15, "nsubj"),
        ("of", "ADP", "IN", 13, "case"),
        ("Latveria", "PROPN", "NNP", 11, "nmod"),
        ("to", "PART", "TO", 15, "mark"),
        ("discuss", "VERB", "VB", 1, "conj"),
        ("trade", "NOUN", "NN", 15, "obj"),
        (".", "PUNCT", ".", 1, "punct"),
    ];

    /// "discussed the situation in Gaza and ongoing efforts to help ."
    /// with "ongoing" read as the conjunct and "efforts" as an object of
    /// "situation".
    const ADJ_CONJ: &[Row] = &[
        ("discussed", "VERB", "VBD", 0, "root"),
        ("the", "DET", "DT", 3, "det"),
        ("situation", "NOUN", "NN", 1, "obj"),
        ("in", "ADP", "IN", 5, "case"),
        ("Gaza", "PROPN", "NNP", 3, "nmod"),
        ("and", "CCONJ", "CC", 7, "cc"),
        ("ongoing", "ADJ", "JJ", 3, "conj"),
        ("efforts", "NOUN", "NNS", 3, "obj"),
        ("to", "PART", "TO", 10, "mark"),
        ("help", "VERB", "VB", 8, "acl"),
        (".", "PUNCT", ".", 1, "punct"),
    ];

    #[test]
    fn an_infinitive_after_a_noun_of_effort_is_the_noun_s() {
        // "discussed efforts to end the war ." with "end" a purpose of
        // "discussed".
        let rows: &[Row] = &[
            ("discussed", "VERB", "VBD", 0, "root"),
            ("ongoing", "ADJ", "JJ", 3, "amod"),
            ("efforts", "NOUN", "NNS", 1, "obj"),
            ("to", "PART", "TO", 5, "mark"),
            ("end", "VERB", "VB", 1, "advcl"),
            ("the", "DET", "DT", 7, "det"),
            ("war", "NOUN", "NN", 5, "obj"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (text, mut toks) = sentence(rows, 0);
        super::infinitive_of_noun(&text, &mut toks, 0);
        assert_eq!(arcs(&toks, 0)[4], (Some(3), "acl"), "{text}");
        // Another noun keeps its verb's purpose: "discussed trade to
        // deepen ties".
        let mut other = rows.to_vec();
        other[2] = ("trade", "NOUN", "NN", 1, "obj");
        let (text, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::infinitive_of_noun(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
    }

    #[test]
    fn a_phrase_with_a_preposition_is_no_second_subject() {
        // "After a call with Prime Minister Ana , Kurt met Luis ." with
        // "Ana" a second subject of "met".
        let rows: &[Row] = &[
            ("After", "ADP", "IN", 3, "case"),
            ("a", "DET", "DT", 3, "det"),
            ("call", "NOUN", "NN", 10, "obl"),
            ("with", "ADP", "IN", 6, "case"),
            ("Prime", "ADJ", "NNP", 6, "amod"),
            ("Minister", "PROPN", "NNP", 7, "nmod:desc"),
            ("Ana", "PROPN", "NNP", 10, "nsubj"),
            (",", "PUNCT", ",", 9, "punct"),
            ("Kurt", "PROPN", "NNP", 10, "nsubj"),
            ("met", "VERB", "VBD", 0, "root"),
            ("Luis", "PROPN", "NNP", 10, "obj"),
            (".", "PUNCT", ".", 10, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::cased_second_subject(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[6], (Some(3), "nmod"));
        assert_eq!(a[3], (Some(7), "case"));
        assert_eq!(a[8], (Some(10), "nsubj"));
        // With no other subject the verb keeps it.
        let mut one = rows.to_vec();
        one[8] = ("Kurt", "PROPN", "NNP", 10, "obj");
        let (_, mut toks) = sentence(&one, 0);
        let before = toks.clone();
        super::cased_second_subject(&mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_name_hung_on_the_title_after_its_comma_heads_it() {
        // "spoke with Kim Vale , Deputy Prime Minister of Elbonia ." with
        // the name a modifier of "Minister".
        let rows: &[Row] = &[
            ("spoke", "VERB", "VBD", 0, "root"),
            ("with", "ADP", "IN", 8, "case"),
            ("Kim", "PROPN", "NNP", 8, "amod"),
            ("Vale", "PROPN", "NNP", 8, "amod"),
            (",", "PUNCT", ",", 6, "punct"),
            ("Deputy", "PROPN", "NNP", 4, "appos"),
            ("Prime", "ADJ", "NNP", 8, "amod"),
            ("Minister", "PROPN", "NNP", 1, "obl"),
            ("of", "ADP", "IN", 10, "case"),
            ("Elbonia", "PROPN", "NNP", 8, "nmod"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::name_before_comma_title(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (Some(1), "obl"));
        assert_eq!(a[2], (Some(4), "flat"));
        assert_eq!(a[1], (Some(4), "case"));
        assert_eq!(a[7], (Some(4), "appos"));
        assert_eq!(a[5], (Some(8), "compound"));
        assert_eq!(a[9], (Some(8), "nmod"));
        // A name that heads its phrase already is left alone.
        let mut fine = rows.to_vec();
        fine[3] = ("Vale", "PROPN", "NNP", 1, "obl");
        fine[7] = ("Minister", "PROPN", "NNP", 4, "appos");
        let (_, mut toks) = sentence(&fine, 0);
        let before = toks.clone();
        super::name_before_comma_title(&mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_name_after_a_conjoined_noun_names_it() {
        // "Ana and her counterpart Kim Vale held talks ." with "Vale" a
        // second subject.
        let rows: &[Row] = &[
            ("Ana", "PROPN", "NNP", 7, "nsubj"),
            ("and", "CCONJ", "CC", 4, "cc"),
            ("her", "PRON", "PRP$", 4, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 1, "conj"),
            ("Kim", "PROPN", "NNP", 6, "compound"),
            ("Vale", "PROPN", "NNP", 7, "nsubj"),
            ("held", "VERB", "VBD", 0, "root"),
            ("talks", "NOUN", "NNS", 7, "obj"),
            (".", "PUNCT", ".", 7, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::name_after_conjunct_noun(&mut toks, 0);
        assert_eq!(arcs(&toks, 0)[5], (Some(4), "appos"));
        // Two names joined ("Ana and Kim Vale held talks") stay two
        // subjects' words as the parse has them.
        let mut names = rows.to_vec();
        names[3] = ("Luis", "PROPN", "NNP", 1, "conj");
        let (_, mut toks) = sentence(&names, 0);
        let before = toks.clone();
        super::name_after_conjunct_noun(&mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_preposition_heads_no_object() {
        // "exchanged views on trade and energy ." with "on" heading "trade".
        let rows: &[Row] = &[
            ("exchanged", "VERB", "VBD", 0, "root"),
            ("views", "NOUN", "NNS", 1, "obj"),
            ("on", "ADP", "IN", 2, "nmod"),
            ("trade", "NOUN", "NN", 3, "obj"),
            ("and", "CCONJ", "CC", 6, "cc"),
            ("energy", "NOUN", "NN", 4, "conj"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::preposition_over_object(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (Some(2), "nmod"));
        assert_eq!(a[2], (Some(4), "case"));
        assert_eq!(a[5], (Some(4), "conj"));
        // A particle keeps its verb's object ("set up talks").
        let particle: &[Row] = &[
            ("set", "VERB", "VBD", 0, "root"),
            ("up", "ADP", "RP", 1, "compound:prt"),
            ("talks", "NOUN", "NNS", 1, "obj"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (_, mut toks) = sentence(particle, 0);
        let before = toks.clone();
        super::preposition_over_object(&mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_name_cut_from_its_phrase_heads_it() {
        // "spoke with Republic of Elbonia National Security Advisor Kim
        // Vale ." with "Vale" a second oblique of "spoke".
        let rows: &[Row] = &[
            ("spoke", "VERB", "VBD", 0, "root"),
            ("with", "ADP", "IN", 3, "case"),
            ("Republic", "PROPN", "NNP", 1, "obl"),
            ("of", "ADP", "IN", 7, "case"),
            ("Elbonia", "PROPN", "NNP", 7, "compound"),
            ("National", "ADJ", "NNP", 7, "amod"),
            ("Security", "PROPN", "NNP", 3, "nmod"),
            ("Advisor", "PROPN", "NNP", 10, "compound"),
            ("Kim", "PROPN", "NNP", 10, "compound"),
            ("Vale", "PROPN", "NNP", 1, "obl"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::modifier_over_name(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[9], (Some(1), "obl"));
        assert_eq!(a[2], (Some(10), "compound"));
        assert_eq!(a[1], (Some(10), "case"));
        // A comma between them keeps two phrases ("with Elbonia, Advisor
        // Kim Vale"), and so does a bare name with no title before it
        // ("met with Ana Vale Tuesday").
        let mut comma = rows.to_vec();
        comma[5] = (",", "PUNCT", ",", 7, "punct");
        let guard: &[Row] = &[
            ("met", "VERB", "VBD", 0, "root"),
            ("with", "ADP", "IN", 4, "case"),
            ("Ana", "PROPN", "NNP", 4, "compound"),
            ("Vale", "PROPN", "NNP", 1, "obl"),
            ("Tuesday", "PROPN", "NNP", 1, "obl"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        for rows in [&comma[..], guard] {
            let (text, mut toks) = sentence(rows, 0);
            let before = toks.clone();
            super::modifier_over_name(&mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
    }

    #[test]
    fn an_object_hung_on_an_oblique_is_the_verb_s() {
        // "condemned in strong terms the support ." with "support" an
        // object of "terms".
        let rows: &[Row] = &[
            ("condemned", "VERB", "VBD", 0, "root"),
            ("in", "ADP", "IN", 4, "case"),
            ("strong", "ADJ", "JJ", 4, "amod"),
            ("terms", "NOUN", "NNS", 1, "obl"),
            ("the", "DET", "DT", 6, "det"),
            ("support", "NOUN", "NN", 4, "obj"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::object_of_noun(&mut toks, 0);
        assert_eq!(arcs(&toks, 0)[5], (Some(1), "obj"));
        // A verb with an object of its own keeps it.
        let mut other = rows.to_vec();
        other.insert(1, ("it", "PRON", "PRP", 1, "obj"));
        for r in other.iter_mut().skip(2) {
            if r.3 > 1 {
                r.3 += 1;
            }
        }
        let (_, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::object_of_noun(&mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_list_of_names_before_a_past_verb_is_its_subject() {
        // "Ana of Chile and Luis of Peru spoke by phone ." with "Ana" the
        // root and "spoke" a clause of "Luis".
        let rows: &[Row] = &[
            ("Ana", "PROPN", "NNP", 0, "root"),
            ("of", "ADP", "IN", 3, "case"),
            ("Chile", "PROPN", "NNP", 1, "nmod"),
            ("and", "CCONJ", "CC", 5, "cc"),
            ("Luis", "PROPN", "NNP", 1, "conj"),
            ("of", "ADP", "IN", 7, "case"),
            ("Peru", "PROPN", "NNP", 5, "nmod"),
            ("spoke", "VERB", "VBN", 5, "acl"),
            ("by", "ADP", "IN", 10, "case"),
            ("phone", "NOUN", "NN", 8, "obl"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (text, mut toks) = sentence(rows, 0);
        super::name_root_clause(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[7], (None, "root"), "{text}");
        assert_eq!(a[0], (Some(8), "nsubj"));
        assert_eq!(a[4], (Some(1), "conj"), "Luis stays in the list");
        assert_eq!(a[10], (Some(8), "punct"));
        // Set off by a comma ("Ana, elected in May ,"): left alone.
        let mut other = rows.to_vec();
        other[5] = (",", "PUNCT", ",", 5, "punct");
        let (text, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::name_root_clause(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
        // "Ana of Chile and Luis of Peru discussed trade ." with
        // "discussed" a modifier of "trade", an apposition of "Luis"; and
        // "... Luis of the disputed border ." (a determiner before the
        // noun), left alone.
        let mut object = rows[..7].to_vec();
        object.extend([
            ("discussed", "VERB", "VBN", 9, "amod"),
            ("trade", "NOUN", "NN", 5, "appos"),
            (".", "PUNCT", ".", 1, "punct"),
        ]);
        let mut owned = object.clone();
        owned.insert(7, ("the", "DET", "DT", 10, "det"));
        for r in owned.iter_mut().skip(8) {
            r.3 += usize::from(r.3 > 7);
        }
        for (rows, moved) in [(object, true), (owned, false)] {
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::name_root_clause(&text, &mut toks, 0);
            if moved {
                let a = arcs(&toks, 0);
                assert_eq!(a[7], (None, "root"), "{text}");
                assert_eq!(a[0], (Some(8), "nsubj"));
                assert_eq!(a[8], (Some(8), "obj"));
            } else {
                assert_eq!(toks, before, "{text}");
            }
        }
    }

    #[test]
    fn a_preposition_introduces_the_whole_phrase() {
        // "sat down with Luis Ortega ." with "with" hung on "Luis".
        let rows: &[Row] = &[
            ("sat", "VERB", "VBD", 0, "root"),
            ("down", "ADV", "RB", 1, "advmod"),
            ("with", "ADP", "IN", 4, "case"),
            ("Luis", "PROPN", "NNP", 5, "compound"),
            ("Ortega", "PROPN", "NNP", 1, "obl"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::case_on_modifier(&mut toks, 0);
        assert_eq!(arcs(&toks, 0)[2], (Some(5), "case"));
        // The head with its own preposition: left alone.
        let mut other = rows.to_vec();
        other.insert(4, ("of", "ADP", "IN", 6, "case"));
        other[3].3 = 6;
        let (_, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::case_on_modifier(&mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_preposition_marks_no_verb() {
        // "talks with Demir on the Nile waters dispute ." with "dispute" a
        // verb marked by "on".
        let rows: &[Row] = &[
            ("talks", "NOUN", "NNS", 0, "root"),
            ("with", "ADP", "IN", 3, "case"),
            ("Demir", "PROPN", "NNP", 1, "nmod"),
            ("on", "ADP", "IN", 8, "mark"),
            ("the", "DET", "DT", 7, "det"),
            ("Nile", "PROPN", "NNP", 7, "compound"),
            ("waters", "NOUN", "NNS", 8, "nsubj"),
            ("dispute", "VERB", "VBP", 1, "acl"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (text, mut toks) = sentence(rows, 0);
        super::preposition_before_verb(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[7], (Some(3), "nmod"), "{text}");
        assert_eq!(toks[7].upos, "NOUN");
        assert_eq!(a[3], (Some(8), "case"));
        assert_eq!(a[6], (Some(8), "compound"));
        // A verb with an object is a clause ("on whether X ..." aside):
        // left alone.
        let mut other = rows.to_vec();
        other.insert(8, ("rights", "NOUN", "NNS", 8, "obj"));
        let (text, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::preposition_before_verb(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
    }

    #[test]
    fn a_modifier_with_a_subject_is_the_verb() {
        // "The Minister Sari hosted envoys from Keldor ." with "hosted" a
        // modifier of "envoys", the root.
        let rows: &[Row] = &[
            ("The", "DET", "DT", 5, "det"),
            ("Minister", "PROPN", "NNP", 3, "nmod:desc"),
            ("Sari", "PROPN", "NNP", 4, "nsubj"),
            ("hosted", "VERB", "VBD", 5, "amod"),
            ("envoys", "NOUN", "NNS", 0, "root"),
            ("from", "ADP", "IN", 7, "case"),
            ("Keldor", "PROPN", "NNP", 5, "nmod"),
            (".", "PUNCT", ".", 5, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::verb_with_subject_as_modifier(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (None, "root"));
        assert_eq!(a[4], (Some(4), "obj"));
        assert_eq!(a[0], (Some(3), "det"), "the article goes with the subject");
        assert_eq!(a[6], (Some(5), "nmod"), "the object keeps its phrase");
        // The subject on the noun made the root: "A hosted talks ." with
        // "talks" the root and A its subject.
        let rooted: &[Row] = &[
            ("Sari", "PROPN", "NNP", 3, "nsubj"),
            ("hosted", "VERB", "VBD", 3, "amod"),
            ("talks", "NOUN", "NNS", 0, "root"),
            (".", "PUNCT", ".", 3, "punct"),
        ];
        let (_, mut toks) = sentence(rooted, 0);
        super::verb_with_subject_as_modifier(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[1], (None, "root"));
        assert_eq!(a[0], (Some(2), "nsubj"));
        assert_eq!(a[2], (Some(2), "obj"));
        assert_eq!(a[3], (Some(2), "punct"));
        // A participle with no subject ("the hosted envoys"): left alone.
        let mut other = rows.to_vec();
        other[2] = ("Sari", "PROPN", "NNP", 5, "compound");
        let (_, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::verb_with_subject_as_modifier(&mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn with_a_partner_on_a_matter_after_talks() {
        // "held talks with Okello on the dispute ." read as a verbless
        // clause "with Okello on the dispute".
        let rows: &[Row] = &[
            ("held", "VERB", "VBD", 0, "root"),
            ("talks", "NOUN", "NNS", 1, "obj"),
            ("with", "ADP", "IN", 7, "mark"),
            ("Okello", "PROPN", "NNP", 7, "nsubj"),
            ("on", "ADP", "IN", 7, "case"),
            ("the", "DET", "DT", 7, "det"),
            ("dispute", "NOUN", "NN", 1, "advcl"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (text, mut toks) = sentence(rows, 0);
        super::with_partner_on(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (Some(2), "nmod"), "{text}");
        assert_eq!(a[2], (Some(4), "case"));
        assert_eq!(a[6], (Some(4), "nmod"));
        // After another noun ("left with Okello on board"): left alone.
        let mut other = rows.to_vec();
        other[1] = ("ship", "NOUN", "NN", 1, "obj");
        let (text, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::with_partner_on(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
    }

    #[test]
    fn a_noun_after_an_adjective_conjunct_is_the_conjunct() {
        for first in [0, 40] {
            let (_, mut toks) = sentence(ADJ_CONJ, first);
            super::adjective_conjunct(&mut toks, first);
            let a = arcs(&toks, first);
            assert_eq!(a[7], (Some(3), "conj"), "efforts joins situation");
            assert_eq!(a[6], (Some(8), "amod"), "ongoing modifies efforts");
            assert_eq!(a[5], (Some(8), "cc"), "the 'and' goes with efforts");
            let (_, before) = sentence(ADJ_CONJ, first);
            for k in [0, 1, 2, 3, 4, 8, 9, 10] {
                assert_eq!(toks[k].head, before[k].head, "token {k}");
                assert_eq!(toks[k].deprel, before[k].deprel, "token {k}");
            }
        }
        // An adjective conjunct with nothing hung wrongly after it stays:
        // "the situation is calm and stable" has no object of a noun.
        let rows: &[Row] = &[
            ("talks", "NOUN", "NNS", 0, "root"),
            ("calm", "ADJ", "JJ", 1, "amod"),
            ("and", "CCONJ", "CC", 4, "cc"),
            ("useful", "ADJ", "JJ", 2, "conj"),
            ("ideas", "NOUN", "NNS", 1, "nmod"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::adjective_conjunct(&mut toks, 0);
        assert_eq!(arcs(&toks, 0)[3], (Some(2), "conj"));
        assert_eq!(arcs(&toks, 0)[4], (Some(1), "nmod"));
    }

    #[test]
    fn last_item_of_a_list_before_an_infinitive_becomes_a_conjunct() {
        for first in [0, 40] {
            let (text, mut toks) = sentence(LIST, first);
            super::infinitive_subject(&text, &mut toks, first);
            let a = arcs(&toks, first);
            assert_eq!(
                a[10],
                (Some(4), "conj"),
                "Sava joins the list headed by Vale"
            );
            assert_eq!(a[7], (Some(11), "cc"), "the 'and' goes with Sava");
            assert_eq!(a[6], (Some(11), "punct"));
            assert_eq!(
                a[14],
                (Some(1), "advcl"),
                "'to discuss' is a purpose clause of 'met'"
            );
            // Nothing else moves.
            let (_, before) = sentence(LIST, first);
            for k in [0, 1, 2, 3, 4, 5, 8, 9, 11, 12, 13, 15, 16] {
                assert_eq!(toks[k].head, before[k].head, "token {k}");
                assert_eq!(toks[k].deprel, before[k].deprel, "token {k}");
            }
        }
    }

    /// "The Elbonian envoy , Kurt Sava , said ." with "envoy" read as a
    /// bare modifier of "said" and "Sava" as its subject.
    const ENVOY: &[Row] = &[
        ("The", "DET", "DT", 3, "det"),
        ("Elbonian", "ADJ", "JJ", 3, "amod"),
        ("envoy", "NOUN", "NN", 8, "obl:unmarked"),
        (",", "PUNCT", ",", 8, "punct"),
        ("Kurt", "PROPN", "NNP", 6, "compound"),
        ("Sava", "PROPN", "NNP", 8, "nsubj"),
        (",", "PUNCT", ",", 8, "punct"),
        ("said", "VERB", "VBD", 0, "root"),
        (".", "PUNCT", ".", 8, "punct"),
    ];

    #[test]
    fn a_name_after_a_title_noun_is_its_apposition() {
        let (text, mut toks) = sentence(ENVOY, 7);
        super::title_apposition(&text, &mut toks, 7);
        let a = arcs(&toks, 7);
        assert_eq!(a[2], (Some(8), "nsubj"), "the envoy is the subject");
        assert_eq!(a[5], (Some(3), "appos"), "Sava is the envoy");
        assert_eq!(a[3], (Some(6), "punct"));
        assert_eq!(a[4], (Some(6), "compound"));
    }

    #[test]
    fn a_time_before_a_name_stays_a_time() {
        let mut rows = ENVOY.to_vec();
        rows[2] = ("week", "NOUN", "NN", 8, "obl:unmarked");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::title_apposition(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
    }

    /// "Presidents Ana Vale of Elbonia and Kurt Sava of Latveria" with
    /// "Kurt" joined to "Elbonia".
    const PARALLEL: &[Row] = &[
        ("Presidents", "NOUN", "NNS", 0, "root"),
        ("Ana", "PROPN", "NNP", 1, "appos"),
        ("Vale", "PROPN", "NNP", 2, "flat"),
        ("of", "ADP", "IN", 5, "case"),
        ("Elbonia", "PROPN", "NNP", 2, "nmod"),
        ("and", "CCONJ", "CC", 7, "cc"),
        ("Kurt", "PROPN", "NNP", 5, "conj"),
        ("Sava", "PROPN", "NNP", 7, "flat"),
        ("of", "ADP", "IN", 10, "case"),
        ("Latveria", "PROPN", "NNP", 7, "nmod"),
    ];

    #[test]
    fn parallel_of_phrases_join_the_names() {
        let (text, mut toks) = sentence(PARALLEL, 3);
        super::parallel_conjunct(&text, &mut toks, 3);
        let a = arcs(&toks, 3);
        assert_eq!(a[6], (Some(2), "conj"), "Kurt joins Ana, not Elbonia");
        // Without an "of" phrase of its own, the reading stays.
        let mut rows = PARALLEL.to_vec();
        rows.truncate(8);
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::parallel_conjunct(&text, &mut toks, 0);
        assert_eq!(toks, before);
    }

    /// "met the Chilean President , Tomas Berg , in Lima ." with
    /// "President" read as the possessor of "Berg".
    const COMMA_POSSESSOR: &[Row] = &[
        ("met", "VERB", "VBD", 0, "root"),
        ("the", "DET", "DT", 4, "det"),
        ("Chilean", "ADJ", "JJ", 4, "amod"),
        ("President", "PROPN", "NNP", 7, "nmod:poss"),
        (",", "PUNCT", ",", 6, "punct"),
        ("Tomas", "PROPN", "NNP", 7, "compound"),
        ("Berg", "PROPN", "NNP", 1, "obj"),
        (",", "PUNCT", ",", 10, "punct"),
        ("in", "ADP", "IN", 10, "case"),
        ("Lima", "PROPN", "NNP", 1, "obl"),
        (".", "PUNCT", ".", 1, "punct"),
    ];

    /// "Oman , the host of the talks , said ..." with "host" read as a
    /// second subject of "said".
    const SECOND_SUBJECT: &[Row] = &[
        ("Oman", "PROPN", "NNP", 9, "nsubj"),
        (",", "PUNCT", ",", 1, "punct"),
        ("the", "DET", "DT", 4, "det"),
        ("host", "NOUN", "NN", 9, "nsubj"),
        ("of", "ADP", "IN", 7, "case"),
        ("the", "DET", "DT", 7, "det"),
        ("talks", "NOUN", "NNS", 4, "nmod"),
        (",", "PUNCT", ",", 4, "punct"),
        ("said", "VERB", "VBD", 0, "root"),
        ("so", "ADV", "RB", 9, "advmod"),
        (".", "PUNCT", ".", 9, "punct"),
    ];

    /// "During the meeting with President Tomas Berg , Ana Ruiz stated so"
    /// with "Berg" read as the subject and "Ruiz" as its apposition.
    const CASED_SUBJECT: &[Row] = &[
        ("During", "ADP", "IN", 3, "case"),
        ("the", "DET", "DT", 3, "det"),
        ("meeting", "NOUN", "NN", 11, "obl"),
        ("with", "ADP", "IN", 7, "case"),
        ("President", "PROPN", "NNP", 7, "nmod:desc"),
        ("Tomas", "PROPN", "NNP", 7, "compound"),
        ("Berg", "PROPN", "NNP", 11, "nsubj"),
        (",", "PUNCT", ",", 10, "punct"),
        ("Ana", "PROPN", "NNP", 10, "compound"),
        ("Ruiz", "PROPN", "NNP", 7, "appos"),
        ("stated", "VERB", "VBD", 0, "root"),
        ("so", "ADV", "RB", 11, "advmod"),
    ];

    /// "Peru agreed to restore ties , in a deal" with "deal" hung on the
    /// comma.
    const PUNCT_HEAD: &[Row] = &[
        ("Peru", "PROPN", "NNP", 2, "nsubj"),
        ("agreed", "VERB", "VBD", 0, "root"),
        ("to", "PART", "TO", 4, "mark"),
        ("restore", "VERB", "VB", 2, "xcomp"),
        ("ties", "NOUN", "NNS", 4, "obj"),
        (",", "PUNCT", ",", 5, "punct"),
        ("in", "ADP", "IN", 9, "case"),
        ("a", "DET", "DT", 9, "det"),
        ("deal", "NOUN", "NN", 6, "obl"),
        (".", "PUNCT", ".", 2, "punct"),
    ];

    #[test]
    fn nothing_hangs_on_a_punctuation_mark() {
        let (_, mut toks) = sentence(PUNCT_HEAD, 3);
        super::punctuation_head(&mut toks, 3);
        let a = arcs(&toks, 3);
        assert_eq!(a[8], (Some(4), "obl"));
        // The rest stays.
        assert_eq!(a[5], (Some(5), "punct"));
        // "The spokesman , Ana Ruiz , said" with the name on the comma:
        // it goes to the noun the comma hangs on.
        let rows: &[Row] = &[
            ("The", "DET", "DT", 2, "det"),
            ("spokesman", "NOUN", "NN", 7, "nsubj"),
            (",", "PUNCT", ",", 2, "punct"),
            ("Ana", "PROPN", "NNP", 3, "appos"),
            ("Ruiz", "PROPN", "NNP", 4, "flat"),
            (",", "PUNCT", ",", 2, "punct"),
            ("said", "VERB", "VBD", 0, "root"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::punctuation_head(&mut toks, 0);
        assert_eq!(arcs(&toks, 0)[3], (Some(2), "appos"));
    }

    /// "Under the auspices of the Union , Norway and Chile met" with
    /// "auspices" read as the subject and the two countries as conjuncts
    /// of "Union".
    const FRONTED_LIST: &[Row] = &[
        ("Under", "ADP", "IN", 3, "case"),
        ("the", "DET", "DT", 3, "det"),
        ("auspices", "NOUN", "NNS", 11, "nsubj"),
        ("of", "ADP", "IN", 6, "case"),
        ("the", "DET", "DT", 6, "det"),
        ("Union", "PROPN", "NNP", 3, "nmod"),
        (",", "PUNCT", ",", 8, "punct"),
        ("Norway", "PROPN", "NNP", 6, "conj"),
        ("and", "CCONJ", "CC", 10, "cc"),
        ("Chile", "PROPN", "NNP", 6, "conj"),
        ("met", "VERB", "VBD", 0, "root"),
        (".", "PUNCT", ".", 11, "punct"),
    ];

    /// "In a call on Monday , President Ana Ruiz and Luis Vega discussed
    /// it" with no subject: the names read as conjuncts of "Monday".
    const SUBJECTLESS: &[Row] = &[
        ("In", "ADP", "IN", 3, "case"),
        ("a", "DET", "DT", 3, "det"),
        ("call", "NOUN", "NN", 13, "obl"),
        ("on", "ADP", "IN", 5, "case"),
        ("Monday", "PROPN", "NNP", 3, "nmod"),
        (",", "PUNCT", ",", 9, "punct"),
        ("President", "PROPN", "NNP", 8, "nmod:desc"),
        ("Ana", "PROPN", "NNP", 9, "compound"),
        ("Ruiz", "PROPN", "NNP", 5, "conj"),
        ("and", "CCONJ", "CC", 12, "cc"),
        ("Luis", "PROPN", "NNP", 12, "compound"),
        ("Vega", "PROPN", "NNP", 5, "conj"),
        ("discussed", "VERB", "VBD", 0, "root"),
        ("it", "PRON", "PRP", 13, "obj"),
    ];

    #[test]
    fn a_subjectless_verb_takes_the_list_after_its_fronted_phrase() {
        let (text, mut toks) = sentence(SUBJECTLESS, 0);
        super::subjectless_fronted_list(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[8], (Some(13), "nsubj"));
        assert_eq!(a[11], (Some(9), "conj"));
        // A verb with a subject keeps it.
        let mut rows = SUBJECTLESS.to_vec();
        rows[13] = ("it", "PRON", "PRP", 13, "nsubj");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::subjectless_fronted_list(&text, &mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_fronted_phrase_read_as_subject_gives_way_to_the_list_after_its_comma() {
        let (text, mut toks) = sentence(FRONTED_LIST, 2);
        super::cased_subject(&text, &mut toks, 2);
        let a = arcs(&toks, 2);
        assert_eq!(a[2], (Some(11), "obl"));
        assert_eq!(a[7], (Some(11), "nsubj"));
        assert_eq!(a[9], (Some(8), "conj"));
        // With no preposition the subject is left alone ("The Union,
        // Norway and Chile met": one list).
        let mut rows = FRONTED_LIST.to_vec();
        rows[0] = ("All", "DET", "DT", 3, "det");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::cased_subject(&text, &mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_subject_with_a_preposition_gives_way_to_its_apposition() {
        let (text, mut toks) = sentence(CASED_SUBJECT, 4);
        super::cased_subject(&text, &mut toks, 4);
        let a = arcs(&toks, 4);
        assert_eq!(a[6], (Some(11), "obl"));
        assert_eq!(a[9], (Some(11), "nsubj"));
        // A subject with no preposition keeps its apposition.
        let mut rows = CASED_SUBJECT.to_vec();
        rows[3] = ("the", "DET", "DT", 7, "det");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::cased_subject(&text, &mut toks, 0);
        assert_eq!(toks, before);
        // "As President ..., B": the office is B's.
        let mut rows = CASED_SUBJECT.to_vec();
        rows[3] = ("as", "ADP", "IN", 7, "case");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::cased_subject(&text, &mut toks, 0);
        assert_eq!(toks, before);
    }

    #[test]
    fn a_second_subject_set_off_by_commas_is_an_apposition() {
        let (text, mut toks) = sentence(SECOND_SUBJECT, 3);
        super::second_subject_apposition(&text, &mut toks, 3);
        let a = arcs(&toks, 3);
        assert_eq!(a[3], (Some(1), "appos"));
        assert_eq!(a[0], (Some(9), "nsubj"));
        // Without a determiner, or with a word between it and the verb
        // and no comma, the reading stays.
        for (k, row) in [
            (7, ("today", "NOUN", "NN", 9, "obl:unmarked")),
            (2, ("new", "ADJ", "JJ", 4, "amod")),
        ] {
            let mut rows = SECOND_SUBJECT.to_vec();
            rows[k] = row;
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::second_subject_apposition(&text, &mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
    }

    #[test]
    fn a_name_set_off_after_a_determined_noun_is_its_apposition() {
        let (text, mut toks) = sentence(COMMA_POSSESSOR, 2);
        super::comma_apposition(&text, &mut toks, 2);
        let a = arcs(&toks, 2);
        assert_eq!(a[3], (Some(1), "obj"), "the title takes the name's place");
        assert_eq!(a[6], (Some(4), "appos"), "the name is its apposition");
        assert_eq!(a[4], (Some(7), "punct"));
        // The name read as a second bare dependent of the verb.
        let mut rows = COMMA_POSSESSOR.to_vec();
        rows[3] = ("President", "PROPN", "NNP", 1, "obj");
        rows[6] = ("Berg", "PROPN", "NNP", 1, "obl");
        let (text, mut toks) = sentence(&rows, 0);
        super::comma_apposition(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (Some(1), "obj"));
        assert_eq!(a[6], (Some(4), "appos"));
        // A name with a preposition of its own ("the President, in
        // Lima") or an undetermined noun before it keeps its reading.
        let mut rows = COMMA_POSSESSOR.to_vec();
        rows[1] = ("last", "ADJ", "JJ", 4, "amod");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::comma_apposition(&text, &mut toks, 0);
        assert_eq!(toks, before);
        let mut rows = COMMA_POSSESSOR.to_vec();
        rows[5] = ("with", "ADP", "IN", 7, "case");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::comma_apposition(&text, &mut toks, 0);
        assert_eq!(toks, before);
        // "spoke after talking with his counterpart, Tomas Berg, by
        // phone" with the name hung on the verb above "talking".
        let rows: &[Row] = &[
            ("spoke", "VERB", "VBD", 0, "root"),
            ("after", "SCONJ", "IN", 3, "mark"),
            ("talking", "VERB", "VBG", 1, "advcl"),
            ("with", "ADP", "IN", 6, "case"),
            ("his", "PRON", "PRP$", 6, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 3, "obl"),
            (",", "PUNCT", ",", 9, "punct"),
            ("Tomas", "PROPN", "NNP", 9, "compound"),
            ("Berg", "PROPN", "NNP", 1, "obl"),
            (",", "PUNCT", ",", 12, "punct"),
            ("by", "ADP", "IN", 12, "case"),
            ("phone", "NOUN", "NN", 9, "obl"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (text, mut toks) = sentence(rows, 0);
        super::comma_apposition(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[8], (Some(6), "appos"), "Berg is the counterpart");
        assert_eq!(a[5], (Some(3), "obl"));
    }

    #[test]
    fn a_name_read_as_a_nouns_object_is_its_apposition() {
        let rows: &[Row] = &[
            ("phoned", "VERB", "VBD", 0, "root"),
            ("his", "PRON", "PRP$", 4, "nmod:poss"),
            ("Greek", "PROPN", "NNP", 4, "compound"),
            ("counterpart", "NOUN", "NN", 1, "obj"),
            ("Nikos", "PROPN", "NNP", 6, "compound"),
            ("Papas", "PROPN", "NNP", 4, "obj"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::name_object_of_noun(&mut toks, 0);
        assert_eq!(arcs(&toks, 0)[5], (Some(4), "appos"));
        // Not when other words stand between the noun and the name.
        let mut rows = rows.to_vec();
        rows[4] = ("to", "ADP", "IN", 6, "case");
        let (_, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::name_object_of_noun(&mut toks, 0);
        assert_eq!(toks, before);
    }

    /// "with President Lars Holm and President Jana Novak" with "Holm" read
    /// as a compound of "Novak".
    const ACROSS_AND: &[Row] = &[
        ("met", "VERB", "VBD", 0, "root"),
        ("with", "ADP", "IN", 3, "case"),
        ("President", "PROPN", "NNP", 4, "nmod:desc"),
        ("Lars", "PROPN", "NNP", 5, "compound"),
        ("Holm", "PROPN", "NNP", 9, "compound"),
        ("and", "CCONJ", "CC", 7, "cc"),
        ("President", "PROPN", "NNP", 8, "nmod:desc"),
        ("Jana", "PROPN", "NNP", 9, "compound"),
        ("Novak", "PROPN", "NNP", 1, "obl"),
    ];

    #[test]
    fn no_compound_spans_a_conjunction() {
        let (text, mut toks) = sentence(ACROSS_AND, 4);
        super::compound_across_conjunction(&text, &mut toks, 4);
        let a = arcs(&toks, 4);
        assert_eq!(a[4], (Some(1), "obl"), "Holm heads the list");
        assert_eq!(a[8], (Some(5), "conj"), "Novak is its conjunct");
        assert_eq!(a[1], (Some(3), "case"));
        // Without the "and", a compound stays.
        let mut rows = ACROSS_AND.to_vec();
        rows[5] = ("van", "PROPN", "NNP", 9, "compound");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::compound_across_conjunction(&text, &mut toks, 0);
        assert_eq!(toks, before);
    }

    /// "The talks , mediated by Brazil , focused on trade ." with "focused"
    /// read as a conjunct of "mediated".
    const PARTICIPLE: &[Row] = &[
        ("The", "DET", "DT", 2, "det"),
        ("talks", "NOUN", "NNS", 0, "root"),
        (",", "PUNCT", ",", 4, "punct"),
        ("mediated", "VERB", "VBN", 2, "acl"),
        ("by", "ADP", "IN", 6, "case"),
        ("Brazil", "PROPN", "NNP", 4, "obl:agent"),
        (",", "PUNCT", ",", 8, "punct"),
        ("focused", "VERB", "VBN", 4, "conj"),
        ("on", "ADP", "IN", 10, "case"),
        ("trade", "NOUN", "NN", 8, "obl"),
        (".", "PUNCT", ".", 2, "punct"),
    ];

    #[test]
    fn the_verb_after_a_participle_clause_is_the_subjects() {
        let (text, mut toks) = sentence(PARTICIPLE, 6);
        super::subject_past_participle(&text, &mut toks, 6);
        let a = arcs(&toks, 6);
        assert_eq!(a[7], (None, "root"), "focused is the sentence's verb");
        assert_eq!(a[1], (Some(8), "nsubj"), "the talks its subject");
        assert_eq!(a[3], (Some(2), "acl"), "mediated still describes them");
        assert_eq!(a[10], (Some(8), "punct"));
        // A relative clause: "The minister , who led it , said ...".
        let rows: Vec<Row> = vec![
            ("The", "DET", "DT", 2, "det"),
            ("minister", "NOUN", "NN", 0, "root"),
            (",", "PUNCT", ",", 2, "punct"),
            ("who", "PRON", "WP", 5, "nsubj"),
            ("led", "VERB", "VBD", 2, "acl:relcl"),
            ("it", "PRON", "PRP", 5, "obj"),
            (",", "PUNCT", ",", 8, "punct"),
            ("said", "VERB", "VBD", 5, "conj"),
            ("so", "ADV", "RB", 8, "advmod"),
            (".", "PUNCT", ".", 2, "punct"),
        ];
        let (text, mut toks) = sentence(&rows, 0);
        super::subject_past_participle(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[7], (None, "root"));
        assert_eq!(a[1], (Some(8), "nsubj"));
        assert_eq!(a[4], (Some(2), "acl:relcl"));
        // Joined by "and", the two participles stay conjuncts.
        let mut rows = PARTICIPLE.to_vec();
        rows[6] = ("and", "CCONJ", "CC", 8, "cc");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::subject_past_participle(&text, &mut toks, 0);
        assert_eq!(toks, before);
    }

    /// "to address the withdrawal , the protection of convoys and the
    /// exchange ." with "protection" a parataxis of "expected" and
    /// "exchange" a conjunct of "convoys".
    const PARATAXIS_LIST: &[Row] = &[
        ("expected", "VERB", "VBN", 0, "root"),
        ("to", "PART", "TO", 3, "mark"),
        ("address", "VERB", "VB", 1, "xcomp"),
        ("the", "DET", "DT", 5, "det"),
        ("withdrawal", "NOUN", "NN", 3, "obj"),
        (",", "PUNCT", ",", 8, "punct"),
        ("the", "DET", "DT", 8, "det"),
        ("protection", "NOUN", "NN", 1, "parataxis"),
        ("of", "ADP", "IN", 10, "case"),
        ("convoys", "NOUN", "NNS", 8, "nmod"),
        ("and", "CCONJ", "CC", 13, "cc"),
        ("the", "DET", "DT", 13, "det"),
        ("exchange", "NOUN", "NN", 10, "conj"),
        (".", "PUNCT", ".", 1, "punct"),
    ];

    #[test]
    fn a_list_item_after_a_comma_is_no_clause() {
        let (text, mut toks) = sentence(PARATAXIS_LIST, 1);
        super::parataxis_list_item(&text, &mut toks, 1);
        let a = arcs(&toks, 1);
        assert_eq!(a[7], (Some(5), "conj"), "protection joins withdrawal");
        assert_eq!(a[12], (Some(5), "conj"), "exchange too");
        assert_eq!(a[5], (Some(8), "punct"));
        // Without the closing "and" it is no list.
        let mut rows = PARATAXIS_LIST.to_vec();
        rows[10] = ("with", "ADP", "IN", 13, "case");
        rows[12] = ("exchange", "NOUN", "NN", 10, "nmod");
        let (text, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::parataxis_list_item(&text, &mut toks, 0);
        assert_eq!(toks, before);
    }

    /// "Indonesian Foreign Minister Dewi Sartika hosted envoys ." with the
    /// demonym as root and the verb a parataxis of it.
    const ADJ_ROOT: &[Row] = &[
        ("Indonesian", "ADJ", "JJ", 0, "root"),
        ("Foreign", "ADJ", "NNP", 3, "amod"),
        ("Minister", "PROPN", "NNP", 4, "nmod:desc"),
        ("Dewi", "PROPN", "NNP", 6, "nsubj"),
        ("Sartika", "PROPN", "NNP", 4, "flat"),
        ("hosted", "VERB", "VBD", 1, "parataxis"),
        ("envoys", "NOUN", "NNS", 6, "obj"),
        (".", "PUNCT", ".", 1, "punct"),
    ];

    #[test]
    fn an_adjective_heads_no_sentence_with_a_verb() {
        let (_, mut toks) = sentence(ADJ_ROOT, 3);
        super::adjective_root(&mut toks, 3);
        let a = arcs(&toks, 3);
        assert_eq!(a[5], (None, "root"));
        assert_eq!(a[0], (Some(3), "amod"), "the demonym modifies the title");
        assert_eq!(a[7], (Some(6), "punct"));
        // A predicate adjective with its copula stays the root.
        let rows: Vec<Row> = vec![
            ("Happy", "ADJ", "JJ", 0, "root"),
            ("is", "AUX", "VBZ", 1, "cop"),
            ("she", "PRON", "PRP", 4, "nsubj"),
            ("who", "PRON", "WP", 1, "ccomp"),
        ];
        let (_, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::adjective_root(&mut toks, 0);
        assert_eq!(toks, before);
        // The verb deeper, as a clause of a name in the subject's phrase,
        // and the subject an oblique of the adjective ("Chilean Minister
        // Ana Ruiz and her counterpart , Tomas Berg , discussed trade .").
        let rows: Vec<Row> = vec![
            ("Chilean", "ADJ", "JJ", 0, "root"),
            ("Minister", "PROPN", "NNP", 4, "nmod:desc"),
            ("Ana", "PROPN", "NNP", 4, "compound"),
            ("Ruiz", "PROPN", "NNP", 1, "obl"),
            ("and", "CCONJ", "CC", 7, "cc"),
            ("her", "PRON", "PRP$", 7, "nmod:poss"),
            ("counterpart", "NOUN", "NN", 4, "conj"),
            (",", "PUNCT", ",", 9, "punct"),
            ("Tomas", "PROPN", "NNP", 4, "conj"),
            ("Berg", "PROPN", "NNP", 9, "flat"),
            (",", "PUNCT", ",", 12, "punct"),
            ("discussed", "VERB", "VBN", 9, "acl"),
            ("trade", "NOUN", "NN", 12, "obj"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (_, mut toks) = sentence(&rows, 0);
        super::adjective_root(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[11], (None, "root"));
        assert_eq!(a[3], (Some(12), "nsubj"));
        assert_eq!(a[0], (Some(4), "amod"));
    }

    /// "signed agreements on energy , transport and education ." with
    /// "transport" joined to "agreements".
    const BARE_LIST: &[Row] = &[
        ("signed", "VERB", "VBD", 0, "root"),
        ("agreements", "NOUN", "NNS", 1, "obj"),
        ("on", "ADP", "IN", 4, "case"),
        ("energy", "NOUN", "NN", 2, "nmod"),
        (",", "PUNCT", ",", 6, "punct"),
        ("transport", "NOUN", "NN", 2, "conj"),
        ("and", "CCONJ", "CC", 8, "cc"),
        ("education", "NOUN", "NN", 6, "conj"),
        (".", "PUNCT", ".", 1, "punct"),
    ];

    #[test]
    fn a_bare_list_after_a_modifier_is_the_modifiers() {
        let (text, mut toks) = sentence(BARE_LIST, 2);
        super::bare_list_in_modifier(&text, &mut toks, 2);
        let a = arcs(&toks, 2);
        assert_eq!(a[5], (Some(4), "conj"), "transport joins energy");
        assert_eq!(a[7], (Some(6), "conj"));
        // An item with a determiner is the head's own ("the release of
        // hostages , aid and a truce").
        let other: &[Row] = &[
            ("signed", "VERB", "VBD", 0, "root"),
            ("release", "NOUN", "NN", 1, "obj"),
            ("of", "ADP", "IN", 4, "case"),
            ("hostages", "NOUN", "NNS", 2, "nmod"),
            (",", "PUNCT", ",", 6, "punct"),
            ("aid", "NOUN", "NN", 2, "conj"),
            ("and", "CCONJ", "CC", 9, "cc"),
            ("a", "DET", "DT", 9, "det"),
            ("truce", "NOUN", "NN", 6, "conj"),
            (".", "PUNCT", ".", 1, "punct"),
        ];
        let (text, mut toks) = sentence(other, 0);
        let before = toks.clone();
        super::bare_list_in_modifier(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
    }

    /// "talked to Joe Mukasa and Ugandan President Kurt Sava by phone"
    /// with "Sava" read as a modifier of "Mukasa".
    const CASELESS: &[Row] = &[
        ("talked", "VERB", "VBD", 0, "root"),
        ("to", "ADP", "IN", 4, "case"),
        ("Joe", "PROPN", "NNP", 4, "compound"),
        ("Mukasa", "PROPN", "NNP", 1, "obl"),
        ("and", "CCONJ", "CC", 7, "cc"),
        ("Ugandan", "ADJ", "JJ", 7, "amod"),
        ("President", "PROPN", "NNP", 9, "nmod:desc"),
        ("Kurt", "PROPN", "NNP", 9, "compound"),
        ("Sava", "PROPN", "NNP", 4, "nmod"),
        ("by", "ADP", "IN", 11, "case"),
        ("phone", "NOUN", "NN", 1, "obl"),
    ];

    #[test]
    fn a_modifier_without_preposition_after_and_is_a_conjunct() {
        let (_, mut toks) = sentence(CASELESS, 5);
        super::caseless_conjunct(&mut toks, 5);
        let a = arcs(&toks, 5);
        assert_eq!(a[8], (Some(4), "conj"), "Sava joins Mukasa");
        assert_eq!(a[4], (Some(9), "cc"), "the 'and' goes with Sava");
        assert_eq!(a[6], (Some(9), "nmod:desc"));
        // With a preposition it is a modifier: "Mukasa and the rest of
        // Sava"-like readings keep their arcs.
        let mut rows = CASELESS.to_vec();
        rows[7] = ("of", "ADP", "IN", 9, "case");
        let (_, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::caseless_conjunct(&mut toks, 0);
        assert_eq!(toks, before);
        // Without an "and" before it, nothing moves.
        let mut rows = CASELESS.to_vec();
        rows[4] = ("the", "DET", "DT", 7, "det");
        let (_, mut toks) = sentence(&rows, 0);
        let before = toks.clone();
        super::caseless_conjunct(&mut toks, 0);
        assert_eq!(toks, before);
    }

    /// "Pratama and Australian Prime Minister Claire Whitfield held talks
    /// ." as the parser read it: "Australian" the conjunct of "Pratama",
    /// "Claire" a second subject.
    const DEMONYM: &[Row] = &[
        ("Pratama", "PROPN", "NNP", 8, "nsubj"),
        ("and", "CCONJ", "CC", 3, "cc"),
        ("Australian", "ADJ", "JJ", 1, "conj"),
        ("Prime", "ADJ", "NNP", 5, "amod"),
        ("Minister", "PROPN", "NNP", 6, "nmod:desc"),
        ("Claire", "PROPN", "NNP", 8, "nsubj"),
        ("Whitfield", "PROPN", "NNP", 6, "flat"),
        ("held", "VERB", "VBD", 0, "root"),
        ("talks", "NOUN", "NNS", 8, "obj"),
        (".", "PUNCT", ".", 8, "punct"),
    ];

    #[test]
    fn an_adjective_after_and_joins_the_name_after_it() {
        let (_, mut toks) = sentence(DEMONYM, 3);
        super::demonym_conjunct(&mut toks, 3);
        let a = arcs(&toks, 3);
        assert_eq!(a[5], (Some(1), "conj"), "Claire joins Pratama");
        assert_eq!(a[2], (Some(5), "amod"), "Australian modifies Minister");
        assert_eq!(a[1], (Some(6), "cc"), "the 'and' goes with Claire");
        assert_eq!(a[6], (Some(6), "flat"));
        // Claire already Pratama's conjunct beside the adjective: the
        // adjective joins her phrase all the same.
        let mut conj = DEMONYM.to_vec();
        conj[5] = ("Claire", "PROPN", "NNP", 1, "conj");
        let (_, mut toks) = sentence(&conj, 0);
        super::demonym_conjunct(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[2], (Some(5), "amod"));
        assert_eq!(a[5], (Some(1), "conj"));
        // Without a second subject after it, or with the adjective
        // governing words of its own, nothing moves.
        let mut rows = DEMONYM.to_vec();
        rows[5] = ("Claire", "PROPN", "NNP", 9, "nmod");
        let mut own = DEMONYM.to_vec();
        own[3] = ("Prime", "ADJ", "NNP", 3, "amod");
        for rows in [rows, own] {
            let (_, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::demonym_conjunct(&mut toks, 0);
            assert_eq!(toks, before);
        }
    }

    /// "they discussed maritime security , trade and the situation in
    /// Papua ." with "trade" read as a conjunct of the verb.
    const VERB_CONJ: &[Row] = &[
        ("they", "PRON", "PRP", 2, "nsubj"),
        ("discussed", "VERB", "VBD", 0, "root"),
        ("maritime", "ADJ", "JJ", 4, "amod"),
        ("security", "NOUN", "NN", 2, "obj"),
        (",", "PUNCT", ",", 6, "punct"),
        ("trade", "NOUN", "NN", 2, "conj"),
        ("and", "CCONJ", "CC", 9, "cc"),
        ("the", "DET", "DT", 9, "det"),
        ("situation", "NOUN", "NN", 6, "conj"),
        ("in", "ADP", "IN", 11, "case"),
        ("Papua", "PROPN", "NNP", 9, "nmod"),
        (".", "PUNCT", ".", 2, "punct"),
    ];

    #[test]
    fn a_noun_joined_to_a_verb_joins_its_object() {
        let (text, mut toks) = sentence(VERB_CONJ, 2);
        super::noun_conjunct_of_verb(&text, &mut toks, 2);
        let a = arcs(&toks, 2);
        assert_eq!(a[5], (Some(4), "conj"), "trade joins security");
        assert_eq!(a[8], (Some(6), "conj"), "situation stays with trade");
        // Set off by its comma and read as the verb's apposition or bare
        // modifier, the item joins the object too; a time does not.
        for rel in ["appos", "obl:unmarked"] {
            let mut rows = VERB_CONJ.to_vec();
            rows[5] = ("trade", "NOUN", "NN", 2, rel);
            let (text, mut toks) = sentence(&rows, 0);
            super::noun_conjunct_of_verb(&text, &mut toks, 0);
            assert_eq!(arcs(&toks, 0)[5], (Some(4), "conj"), "{rel}");
            rows[5] = ("today", "NOUN", "NN", 2, rel);
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::noun_conjunct_of_verb(&text, &mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
        // A noun with a subject of its own is a clause ("and Berg the
        // chair"-like readings): nothing moves; nor without an object.
        let mut clause = VERB_CONJ.to_vec();
        clause[4] = ("it", "PRON", "PRP", 6, "nsubj");
        let mut no_object = VERB_CONJ.to_vec();
        no_object[3] = ("security", "NOUN", "NN", 2, "obl");
        for rows in [clause, no_object] {
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::noun_conjunct_of_verb(&text, &mut toks, 0);
            assert_eq!(toks, before);
        }
    }

    /// "they discussed efforts to stop Ruritania from acquiring weapons ,
    /// as well as trade ." with "trade" hung on "weapons".
    const AS_WELL_AS: &[Row] = &[
        ("they", "PRON", "PRP", 2, "nsubj"),
        ("discussed", "VERB", "VBD", 0, "root"),
        ("efforts", "NOUN", "NNS", 2, "obj"),
        ("to", "PART", "TO", 5, "mark"),
        ("stop", "VERB", "VB", 3, "acl"),
        ("Ruritania", "PROPN", "NNP", 5, "obj"),
        ("from", "SCONJ", "IN", 8, "mark"),
        ("acquiring", "VERB", "VBG", 5, "advcl"),
        ("weapons", "NOUN", "NNS", 8, "obj"),
        (",", "PUNCT", ",", 14, "punct"),
        ("as", "ADV", "RB", 14, "cc"),
        ("well", "ADV", "RB", 11, "fixed"),
        ("as", "ADP", "IN", 11, "fixed"),
        ("trade", "NOUN", "NN", 9, "conj"),
        (".", "PUNCT", ".", 2, "punct"),
    ];

    #[test]
    fn an_addition_after_as_well_as_joins_the_object() {
        let (text, mut toks) = sentence(AS_WELL_AS, 3);
        super::as_well_as_conjunct(&text, &mut toks, 3);
        assert_eq!(arcs(&toks, 3)[13], (Some(3), "conj"), "trade joins efforts");
        // Without the comma, or with plain "and", it stays where it was;
        // so does a phrase with its own preposition, and one whose head is
        // in the object's phrase with no clause between.
        let mut no_comma = AS_WELL_AS.to_vec();
        no_comma[9] = ("now", "ADV", "RB", 14, "advmod");
        let mut and = AS_WELL_AS.to_vec();
        and[10] = ("and", "CCONJ", "CC", 14, "cc");
        let mut own_case = AS_WELL_AS.to_vec();
        own_case[12] = ("for", "ADP", "IN", 14, "case");
        let mut no_clause = AS_WELL_AS.to_vec();
        no_clause[7] = ("of", "ADP", "IN", 9, "case");
        no_clause[8] = ("weapons", "NOUN", "NNS", 3, "nmod");
        for rows in [no_comma, and, own_case, no_clause] {
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::as_well_as_conjunct(&text, &mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
    }

    /// "with Egypt acting as host , Chad and Niger agreed ." with "host"
    /// hung on "agreed".
    const AS_PHRASE: &[Row] = &[
        ("with", "SCONJ", "IN", 3, "mark"),
        ("Egypt", "PROPN", "NNP", 3, "nsubj"),
        ("acting", "VERB", "VBG", 10, "advcl"),
        ("as", "ADP", "IN", 5, "case"),
        ("host", "NOUN", "NN", 10, "obl"),
        (",", "PUNCT", ",", 7, "punct"),
        ("Chad", "PROPN", "NNP", 10, "nsubj"),
        ("and", "CCONJ", "CC", 9, "cc"),
        ("Niger", "PROPN", "NNP", 7, "conj"),
        ("agreed", "VERB", "VBD", 0, "root"),
        (".", "PUNCT", ".", 10, "punct"),
    ];

    #[test]
    fn an_as_phrase_after_a_verb_stays_with_it() {
        let (text, mut toks) = sentence(AS_PHRASE, 4);
        super::as_phrase_of_verb(&text, &mut toks, 4);
        assert_eq!(arcs(&toks, 4)[4], (Some(3), "obl"), "host goes to acting");
        // Without a comma before the later verb, or with the first verb
        // not under it, nothing moves.
        let mut no_comma = AS_PHRASE.to_vec();
        no_comma[5] = ("now", "ADV", "RB", 10, "advmod");
        let mut apart = AS_PHRASE.to_vec();
        apart[2] = ("acting", "VERB", "VBG", 0, "root");
        apart[9] = ("agreed", "VERB", "VBD", 3, "parataxis");
        for rows in [no_comma, apart] {
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::as_phrase_of_verb(&text, &mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
    }

    /// "she attended the talks between Chad and the rebels ." with
    /// "rebels" a conjunct of "talks".
    const BETWEEN: &[Row] = &[
        ("she", "PRON", "PRP", 2, "nsubj"),
        ("attended", "VERB", "VBD", 0, "root"),
        ("the", "DET", "DT", 4, "det"),
        ("talks", "NOUN", "NNS", 2, "obj"),
        ("between", "ADP", "IN", 6, "case"),
        ("Chad", "PROPN", "NNP", 4, "nmod"),
        ("and", "CCONJ", "CC", 9, "cc"),
        ("the", "DET", "DT", 9, "det"),
        ("rebels", "NOUN", "NNS", 4, "conj"),
        (".", "PUNCT", ".", 2, "punct"),
    ];

    #[test]
    fn a_between_phrase_takes_its_second_side() {
        let (text, mut toks) = sentence(BETWEEN, 1);
        super::between_needs_two(&text, &mut toks, 1);
        assert_eq!(arcs(&toks, 1)[8], (Some(6), "conj"), "rebels join Chad");
        // Also from a second subject of the verb.
        let mut subject = BETWEEN.to_vec();
        subject[8] = ("rebels", "NOUN", "NNS", 2, "nsubj");
        let (text, mut toks) = sentence(&subject, 1);
        super::between_needs_two(&text, &mut toks, 1);
        assert_eq!(arcs(&toks, 1)[8], (Some(6), "conj"), "rebels join Chad");
        // Not after "with", nor when the side has its conjunct already or
        // is plural ("between the two sides and ...").
        let mut with = BETWEEN.to_vec();
        with[4] = ("with", "ADP", "IN", 6, "case");
        let mut two = BETWEEN.to_vec();
        two.insert(6, ("Niger", "PROPN", "NNP", 6, "conj"));
        for row in two.iter_mut() {
            if row.3 > 6 {
                row.3 += 1;
            }
        }
        let mut plural = BETWEEN.to_vec();
        plural[5] = ("sides", "NOUN", "NNS", 4, "nmod");
        for rows in [with, two, plural] {
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::between_needs_two(&text, &mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
    }

    /// "she welcomed Berg to Lima today ." with "today" heading "to Lima".
    const DAY_WORD: &[Row] = &[
        ("she", "PRON", "PRP", 2, "nsubj"),
        ("welcomed", "VERB", "VBD", 0, "root"),
        ("Berg", "PROPN", "NNP", 2, "obj"),
        ("to", "ADP", "IN", 6, "case"),
        ("Lima", "PROPN", "NNP", 6, "compound"),
        ("today", "NOUN", "NN", 2, "obl:unmarked"),
        (".", "PUNCT", ".", 2, "punct"),
    ];

    #[test]
    fn a_day_word_heads_no_place() {
        let (text, mut toks) = sentence(DAY_WORD, 2);
        super::day_word_head(&text, &mut toks, 2);
        let a = arcs(&toks, 2);
        assert_eq!(a[4], (Some(2), "obl"), "Lima hangs on the verb");
        assert_eq!(a[3], (Some(5), "case"), "to marks Lima");
        assert_eq!(a[5], (Some(2), "obl:unmarked"), "today is when");
        // Another noun than a day word keeps its compound.
        let mut other = DAY_WORD.to_vec();
        other[5] = ("office", "NOUN", "NN", 2, "obl");
        let (text, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::day_word_head(&text, &mut toks, 0);
        assert_eq!(toks, before);
    }

    /// "The meeting addressed ways to reduce tensions ." with the verb
    /// read as a participle of "ways" and "meeting" as the root.
    const NOUN_ROOT: &[Row] = &[
        ("The", "DET", "DT", 2, "det"),
        ("meeting", "NOUN", "NN", 0, "root"),
        ("addressed", "VERB", "VBN", 4, "amod"),
        ("ways", "NOUN", "NNS", 2, "obj"),
        ("to", "PART", "TO", 6, "mark"),
        ("reduce", "VERB", "VB", 4, "acl"),
        ("tensions", "NOUN", "NNS", 6, "obj"),
        (".", "PUNCT", ".", 2, "punct"),
    ];

    #[test]
    fn a_noun_takes_no_object() {
        let (text, mut toks) = sentence(NOUN_ROOT, 1);
        super::noun_root_object(&text, &mut toks, 1);
        let a = arcs(&toks, 1);
        assert_eq!(a[2], (None, "root"), "the verb is the root");
        assert_eq!(a[1], (Some(3), "nsubj"), "the noun its subject");
        assert_eq!(a[3], (Some(3), "obj"), "ways its object");
        assert_eq!(a[7], (Some(3), "punct"));
        assert_eq!(toks[2].xpos, "VBD", "{text}");
        // A participle inside the object of a verbless noun phrase that
        // is no root's object ("the meeting, ..."): left alone.
        // "The two ministers discussed trade ." with "discussed" a
        // clause of "ministers".
        let rows: &[Row] = &[
            ("The", "DET", "DT", 3, "det"),
            ("two", "NUM", "CD", 3, "nummod"),
            ("ministers", "NOUN", "NNS", 0, "root"),
            ("discussed", "VERB", "VBN", 3, "acl"),
            ("trade", "NOUN", "NN", 4, "obj"),
            (".", "PUNCT", ".", 3, "punct"),
        ];
        let (text, mut toks) = sentence(rows, 0);
        super::noun_root_object(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (None, "root"), "{text}");
        assert_eq!(a[2], (Some(4), "nsubj"));
        assert_eq!(a[4], (Some(4), "obj"));
        assert_eq!(a[5], (Some(4), "punct"));
        assert_eq!(a[1], (Some(3), "nummod"));
        // A regular past form with a prepositional phrase, in a sentence
        // with no other verb: the verb ("The two delegations negotiated
        // over terms .").
        let mut other = rows.to_vec();
        other[3] = ("negotiated", "VERB", "VBN", 3, "acl");
        other[4] = ("over", "ADP", "IN", 6, "case");
        other.insert(5, ("terms", "NOUN", "NNS", 4, "obl"));
        other[6] = (".", "PUNCT", ".", 3, "punct");
        let (text, mut toks) = sentence(&other, 0);
        super::noun_root_object(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (None, "root"), "{text}");
        assert_eq!(a[2], (Some(4), "nsubj"));
        assert_eq!(a[5], (Some(4), "obl"));
        // An irregular participle says it is one ("Talks held in K").
        other[3] = ("held", "VERB", "VBN", 3, "acl");
        let (text, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::noun_root_object(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
        // A participle with no object or preposition: left alone.
        let mut other = rows.to_vec();
        other[4] = ("Keldor", "PROPN", "NNP", 4, "obl");
        let (text, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::noun_root_object(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
        let mut other = NOUN_ROOT.to_vec();
        other[3] = ("ways", "NOUN", "NNS", 2, "nmod");
        let (text, mut toks) = sentence(&other, 0);
        let before = toks.clone();
        super::noun_root_object(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
    }

    /// "talks , with Norway acting as host ." with "Norway" hung on the
    /// noun before and "acting" on "talks".
    const ABSOLUTE: &[Row] = &[
        ("talks", "NOUN", "NNS", 0, "root"),
        (",", "PUNCT", ",", 4, "punct"),
        ("with", "ADP", "IN", 4, "case"),
        ("Norway", "PROPN", "NNP", 1, "nmod"),
        ("acting", "VERB", "VBG", 1, "acl"),
        ("as", "ADP", "IN", 7, "case"),
        ("host", "NOUN", "NN", 5, "obl"),
        (".", "PUNCT", ".", 1, "punct"),
    ];

    #[test]
    fn a_noun_right_before_a_conjunct_modifies_it() {
        // "about trade and fishing rights" with "fishing" and "rights"
        // both conjuncts of "trade".
        let rows: &[Row] = &[
            ("about", "ADP", "IN", 2, "case"),
            ("trade", "NOUN", "NN", 0, "root"),
            ("and", "CCONJ", "CC", 4, "cc"),
            ("fishing", "NOUN", "NN", 2, "conj"),
            ("rights", "NOUN", "NNS", 2, "conj"),
        ];
        let (_, mut toks) = sentence(rows, 0);
        super::adjacent_conjuncts(&mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (Some(5), "compound"));
        assert_eq!(a[2], (Some(5), "cc"), "the conjunction goes to the pair");
        assert_eq!(a[4], (Some(2), "conj"));
        // Conjuncts apart ("trade , fishing and rights") stay.
        let apart: &[Row] = &[
            ("trade", "NOUN", "NN", 0, "root"),
            (",", "PUNCT", ",", 3, "punct"),
            ("fishing", "NOUN", "NN", 1, "conj"),
            ("and", "CCONJ", "CC", 5, "cc"),
            ("rights", "NOUN", "NNS", 1, "conj"),
        ];
        let (_, mut toks) = sentence(apart, 0);
        let before = toks.clone();
        super::adjacent_conjuncts(&mut toks, 0);
        assert_eq!(toks, before);
    }

    /// "With Turkey as mediator , Chile met ." with both phrases hung on
    /// the verb.
    const ABSOLUTE_AS: &[Row] = &[
        ("With", "ADP", "IN", 2, "case"),
        ("Turkey", "PROPN", "NNP", 7, "obl"),
        ("as", "ADP", "IN", 4, "case"),
        ("mediator", "NOUN", "NN", 7, "obl"),
        (",", "PUNCT", ",", 7, "punct"),
        ("Chile", "PROPN", "NNP", 7, "nsubj"),
        ("met", "VERB", "VBD", 0, "root"),
        (".", "PUNCT", ".", 7, "punct"),
    ];

    #[test]
    fn with_nouns_as_a_noun_are_a_clause() {
        // The "as" phrase on the verb or on the nouns: either way the
        // noun after "as" heads the clause.
        let mut on_nouns = ABSOLUTE_AS.to_vec();
        on_nouns[3] = ("mediator", "NOUN", "NN", 2, "nmod");
        for rows in [ABSOLUTE_AS.to_vec(), on_nouns] {
            let (text, mut toks) = sentence(&rows, 0);
            super::absolute_with(&text, &mut toks, 0);
            let a = arcs(&toks, 0);
            assert_eq!(a[3], (Some(7), "advcl"), "{text}");
            assert_eq!(a[1], (Some(4), "nsubj"), "{text}");
            assert_eq!(a[0], (Some(4), "mark"), "{text}");
        }
        // Inside a clause ("Chile met with Turkey as ..."), no comma
        // before: the phrase stays.
        let mut inside = ABSOLUTE_AS.to_vec();
        inside.insert(0, ("Chile", "PROPN", "NNP", 8, "nsubj"));
        for r in inside.iter_mut().skip(1) {
            if r.3 > 0 {
                r.3 += 1;
            }
        }
        let (text, mut toks) = sentence(&inside, 0);
        let before = toks.clone();
        super::absolute_with(&text, &mut toks, 0);
        assert_eq!(toks, before, "{text}");
    }

    #[test]
    fn with_nouns_and_a_participle_are_a_clause() {
        let (text, mut toks) = sentence(ABSOLUTE, 0);
        super::absolute_with(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (Some(5), "nsubj"), "Norway is the subject");
        assert_eq!(a[2], (Some(5), "mark"), "with marks the clause");
        assert_eq!(a[4], (Some(1), "acl"));
        // With no comma before it ("met with officials representing X"),
        // or with a subject of its own, the phrase stays.
        let mut no_comma = ABSOLUTE.to_vec();
        no_comma[1] = ("the", "DET", "DT", 4, "det");
        let mut own_subject = ABSOLUTE.to_vec();
        own_subject[6] = ("host", "NOUN", "NN", 5, "nsubj");
        for rows in [no_comma, own_subject] {
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::absolute_with(&text, &mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
    }

    #[test]
    fn other_readings_are_left_alone() {
        // A subject after "for" ("for the voters to decide") has no "and"
        // before it; a list that does not depend on the verb the clause
        // is conjoined to is not joined; a finite verb is not an
        // infinitive.
        let mut for_subject = LIST.to_vec();
        for_subject[7] = ("for", "ADP", "IN", 15, "mark");
        let mut other_head = LIST.to_vec();
        other_head[3] = ("Vale", "PROPN", "NNP", 16, "nmod");
        let mut finite = LIST.to_vec();
        finite[14] = ("discussed", "VERB", "VBD", 1, "conj");
        for rows in [for_subject, other_head, finite] {
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::infinitive_subject(&text, &mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
    }

    /// "The issues discussed included trade and security ." with
    /// "discussed" read as the main verb and "included" as a modifier of
    /// its object.
    const INCLUDED: &[Row] = &[
        ("The", "DET", "DT", 2, "det"),
        ("issues", "NOUN", "NNS", 3, "nsubj"),
        ("discussed", "VERB", "VBD", 0, "root"),
        ("included", "VERB", "VBN", 5, "amod"),
        ("trade", "NOUN", "NN", 3, "obj"),
        ("and", "CCONJ", "CC", 7, "cc"),
        ("security", "NOUN", "NN", 5, "conj"),
        (".", "PUNCT", ".", 3, "punct"),
    ];

    #[test]
    fn included_after_a_participle_heads_the_clause() {
        let (text, mut toks) = sentence(INCLUDED, 0);
        super::participle_before_included(&text, &mut toks, 0);
        let a = arcs(&toks, 0);
        assert_eq!(a[3], (None, "root"), "included heads the clause");
        assert_eq!(a[1], (Some(4), "nsubj"));
        assert_eq!(a[2], (Some(2), "acl"), "discussed describes the issues");
        assert_eq!(a[4], (Some(4), "obj"));
        assert_eq!(a[7], (Some(4), "punct"));
        // Another word in that place ("discussed new trade"), or no
        // subject before the verb, stays as parsed.
        let mut other_word = INCLUDED.to_vec();
        other_word[3] = ("new", "ADJ", "JJ", 5, "amod");
        let mut no_subject = INCLUDED.to_vec();
        no_subject[1] = ("issues", "NOUN", "NNS", 3, "obl");
        for rows in [other_word, no_subject] {
            let (text, mut toks) = sentence(&rows, 0);
            let before = toks.clone();
            super::participle_before_included(&text, &mut toks, 0);
            assert_eq!(toks, before, "{text}");
        }
    }
}
