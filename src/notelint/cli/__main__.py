"""`python -m notelint.cli` runs the command line."""
from .main import main

if __name__ == "__main__":  # spawned batch workers import this module; they must not run the CLI
    main()
