//! Extractors: independent rules, one kind of fact each, over an analysed
//! article with resolved mentions. Each fact carries its evidence.

use crate::document::Document;
use crate::fact::Fact;
use crate::lexicon::Lexicon;
use crate::mentions::Mentions;
use crate::text::Analysis;

/// What an extractor sees of one article.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub analysis: &'a Analysis,
    pub mentions: &'a Mentions,
    pub lexicon: &'a Lexicon,
}

/// One kind of fact.
pub trait Extractor: Send + Sync {
    /// Short name, used as the prefix of every rule it reports.
    fn name(&self) -> &'static str;
    /// Append the facts found in the article to `out`.
    fn extract(&self, cx: &Context<'_>, out: &mut Vec<Fact>);
}

/// Every extractor, in a fixed order.
pub fn all() -> Vec<Box<dyn Extractor>> {
    Vec::new()
}
