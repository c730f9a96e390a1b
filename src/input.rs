//! TODO(input)
