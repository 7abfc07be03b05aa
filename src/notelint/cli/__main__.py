"""`python -m notelint.cli` runs the command line."""
from .main import main

main()
