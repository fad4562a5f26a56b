"""Ways to show a record: terminal, HTML, JSON, CSV."""
