"""One module per external engine: the only place that calls it."""
