"""Remote sources of documents: the polite HTTP client and the ModernGov web service."""
