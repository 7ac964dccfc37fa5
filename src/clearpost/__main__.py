"""`python -m clearpost` is the same as the `clearpost` command."""

from clearpost.cli.main import app

app(prog_name="clearpost")
