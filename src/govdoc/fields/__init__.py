"""Field extractors: small pure functions from text to a typed value (or None)."""
