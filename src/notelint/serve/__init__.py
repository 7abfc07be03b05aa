"""`notelint serve`: the live linting page and the versioned HTTP API (Starlette/uvicorn)."""
