// Placeholder: CLI worker thread entry.
