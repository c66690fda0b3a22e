"""Reports built on retrieval and answers: cross-authority summaries, briefing packs, topic timelines and the
decision register, with their shared evidence engine."""
