//! RDF mapping.
