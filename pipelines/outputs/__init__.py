"""Writers of the batch outputs: occurrence.csv, records.jsonl, the Darwin Core Archive."""
