"""Turning results into text for people: the terminal, Markdown, HTML and the fetch progress display."""
