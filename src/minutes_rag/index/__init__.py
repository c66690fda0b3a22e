"""The index: the ingest pipeline, embedders, the Chroma store and the keyword index beside it, the writer
lock and the consistency doctor. The Store is the only door to Chroma and the keyword index."""
