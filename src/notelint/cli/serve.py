"""`notelint serve`: the live linting page and HTTP API."""
from __future__ import annotations

import click

from .common import handle_errors, models_option


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default keeps the service on this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@models_option
@handle_errors
def serve_cmd(host, port, models):
    """Serve the note-linting page at / and the JSON API under /v1 (OpenAPI at /v1/openapi.json).

    \b
    Example:
      notelint serve --port 8000   # then open http://127.0.0.1:8000/
    """
    try:
        import uvicorn
    except ImportError:
        from ..errors import NotelintError
        raise NotelintError("serving needs the 'serve' extra: pip install 'notelint[serve]'") from None
    import notelint
    from ..runtime import tune_for_throughput
    from ..serve.app import create_app
    app = create_app(notelint.load(models=models))
    tune_for_throughput()
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=True)
