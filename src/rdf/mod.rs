//! Facts as RDF: vocabulary constants, IRI minting and the mapping of a
//! document's facts to quads in the parley ontology.
//!
//! What an article says lives in the article's named graph, whose IRI is the
//! article's IRI ([`Base::article`]), under a base the user can set
//! ([`Base`]). Entities get IRIs from their kind and
//! normalised name ([`entity_iri`]), so the same entity has the same IRI in
//! every article and the union of the graphs links articles together; their
//! descriptions (type, label, Wikidata link) live once, in the entities graph
//! ([`entities_graph`]).

mod iri;
mod mapping;
pub mod order;
pub mod queries;
pub mod vocab;

pub use iri::{article_iri, encode_segment, entity_iri, person_key, slug, Base};
pub use mapping::{
    document_quads, document_quads_in, entities_graph, fact_hash, source_digest, source_url,
    PARLEY_VERSION,
};
