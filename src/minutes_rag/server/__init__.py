"""The HTTP API shell (FastAPI) with its settings, request models and guards."""
