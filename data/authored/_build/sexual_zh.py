"""Build the authored `sexual_zh` dataset.

Run from the repository root:

    python data/authored/_build/sexual_zh.py

The builder (file formats, composition, grouped split) is shared with `sexual_en.py`; see its
docstring. Inputs are in `data/authored/_build/sexual_zh_texts/`.
"""

from __future__ import annotations

import sys
from collections import Counter

from sexual_en import build

README_ZH = """# sexual_zh: authored Chinese sexual-content examples

**Content warning:** this dataset contains sexual language, sexual solicitation, porn
promotion and examples of sexual harassment, written to train a moderation classifier.

Language: Simplified Chinese, with some Traditional-character texts (Taiwan-style escort ads,
e.g. 外送茶 / 茶資 / 定點) and the obfuscations real evaders use: pinyin and abbreviations
(约p, yp, yuepao, ML, ONS), homophones and variant characters (约泡, 涩情, 瑟瑟, 薇/V/扣扣 for
WeChat/QQ, 裙 for 群), and symbols or spaces between characters (色/情/片, 看❤片❤加❤群).

Labels: `sexual` (positive) or `none`.

## What `sexual` covers

Sexual content that a general-audience platform removes or age-gates:

* short explicit descriptions of sexual acts (a few sentences at most, moderate explicitness);
* sexual solicitation and hook-up posts (约炮, 一夜情, 换妻, 包养 for sex);
* escort and "massage" ads (上门服务, 楼凤, 外围, 大保健, 会所, 外送茶);
* porn promotion and links (看片加群, 资源 sales, 福利姬, 裸聊, paid explicit live streams;
  all links and contacts are fake: example.com, 138-0000-xxxx, demo_ ids);
* sexualised comments about a person's body aimed at that person, including livestream
  danmaku;
* unwanted sexual advances in DMs and comments;
* sexting-style messages (骚话, 文爱 invitations).

## What it does not cover (labelled `none`, kind `hard_negative`)

Sex and consent education (性教育, 性同意); sexual-health and medical text (STI/HIV testing,
HPV vaccine, contraception, menopause, erectile dysfunction, premature ejaculation); news
reports about sexual-assault and anti-vice cases (扫黄打非); anti-fraud warnings about
裸聊敲诈 / fake 上门服务 / 仙人跳; relationship advice; romantic posts; LGBTQ+ identity posts
(being gay is not sexual content); breastfeeding; art history (nudes); lingerie and swimwear
reviews; animal mating; dating-app safety tips; reports and condemnations of harassment
without explicit detail; parents' online-safety guidance; book and film reviews; and everyday
words that overlap with sexual slang (legitimate 上门服务 for appliance cleaning, 加群 study
groups, 资源 course material, 开车 driving, 福利 company benefits, 正规推拿). `easy_negative`
rows are ordinary posts.

**Not included on purpose:** no text sexualising minors or using "teen"/school-coded framing
(学生妹, 萝莉, 校服 and the like) was written, in any label. Child sexual abuse material must be
handled by dedicated tooling (hash matching, specialised classifiers and mandatory reporting),
not by examples authored here; the classifier trained on this set should not be relied on for
it.

## How it was written

All texts were written by an AI assistant for the Clearpost project on 2026-11-25. Nothing
was copied from the web, from datasets or from books. Hand-written texts are in
`data/authored/_build/sexual_zh_texts/<kind>__<subtype>.txt`; composition templates
(openings, bodies, closings and slot fillers, also written for this project) are in
`templates.txt` there. `python data/authored/_build/sexual_zh.py` regenerates the CSVs and this
README exactly (the builder code is shared with `sexual_en.py`).

{STATS}

## Grouping and split

Every hand-written text is its own group; all rows composed from one template share a group.
Whole groups are assigned to splits, stratified by kind (and so by label), seed `20261125`:
per kind, the template groups are shuffled and one in ten of them, rounded down (at least one
when a kind has three or more templates), go to test, as many to dev, the rest to train; then the
hand-written groups are shuffled and fill each split up to 80/10/10 of that kind's rows. So
dev and test contain templates never seen in train. Exact duplicates (lower-cased,
whitespace collapsed) are rejected by the build script.

Files: `data.csv` (`text,label,split`) and `data_with_metadata.csv` (the same rows in the same
order plus `group,kind,subtype`).

## Licence

CC BY 4.0, © the Clearpost contributors.

## Known limitations

* Synthetic: written by one model, so style is more uniform and cleaner than real traffic.
  Real evasion mutates faster (new homophones, emoji codes, text inside images) than any
  fixed list; bootstrap with this set, then evaluate and retrain on real, reviewed traffic.
  Consider running the project's normaliser (Traditional to Simplified, symbol stripping)
  before the classifier, and evaluate both with and without it.
* The boundary is a policy choice: flirting, innuendo and quoted harassment are judgement
  calls. Quoted harassment is `none` only when it is clearly a report or condemnation without
  explicit detail; otherwise it is `sexual`.
* Lexical hard negatives (上门服务, 加群, 资源, 福利, 大保健 used as a joke about a health
  check) are few compared with how often these words appear in real traffic.
* Composed rows are less varied than hand-written ones; templates are kept whole within one
  split, so test scores on composed rows measure template generalisation, not memorisation.
* No minors-related content (see above); no images, usernames or conversation context.
"""


def main() -> None:
    rows = build("sexual_zh", "sexual", README_ZH)
    counts = Counter((r.label, r.split) for r in rows)
    print(f"sexual_zh: {len(rows)} rows", dict(sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
