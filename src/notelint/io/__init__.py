"""Reading notes from files and streams, and writing reports."""
