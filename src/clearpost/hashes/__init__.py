"""Known-bad hash lists (SHA-256 exact, PDQ perceptual) that images are matched against."""
