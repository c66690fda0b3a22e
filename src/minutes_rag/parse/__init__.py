"""Reading documents: files to text (load, guarded worker), manifests and metadata, and the structure
recovered from the text (dates, header, agenda items, decision blocks). Imports nothing from the index,
answers, reports, rendering or shells."""
