"""Transparency: public reports computed from decision records, and the public standards."""
