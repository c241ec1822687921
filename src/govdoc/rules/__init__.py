"""The parsing rules, one file each, run in order by `govdoc.pipeline`."""
