"""Images attached to items: safe decoding and hashing (the `clearpost[images]` extra)."""
