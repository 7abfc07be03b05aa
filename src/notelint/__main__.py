"""`python -m notelint` runs the command line."""
from .cli.main import main

main()
