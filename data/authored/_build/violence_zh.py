"""Build the authored ``violence_zh`` dataset (Chinese violent content vs look-alikes).

The same builder as ``violence_en.py``, reading ``violence_zh_texts/``:

    python data/authored/_build/violence_zh.py            # build
    python data/authored/_build/violence_zh.py --check    # sanity report of the written CSVs
"""

from __future__ import annotations

import sys

import violence_en

if __name__ == "__main__":
    violence_en.configure("violence_zh")
    violence_en.main(sys.argv[1:])
