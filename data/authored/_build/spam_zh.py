"""Build the authored ``spam_zh`` dataset (Chinese spam / illicit-ad posts vs. look-alikes).

Run from the repository root::

    python data/authored/_build/spam_zh.py

The texts live in ``data/authored/_build/spam_zh_texts/`` in the same layout as
``fraud_zh_texts/`` (see the docstring of ``fraud_zh.py``); the builder itself (composition,
evasion rewrites, grouped split, CSV and README writing) is shared with ``fraud_zh.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fraud_zh import Config, build

SPAM_ZH = Config(
    name="spam_zh",
    label="spam",
    seed=20261126,
    keywords=(
        "微信",
        "发票",
        "代开",
        "办证",
        "刷粉",
        "涨粉",
        "彩金",
        "返水",
        "注册",
        "外挂",
        "代练",
        "代理",
        "进群",
        "领取",
        "主页",
        "交友",
        "上分",
        "不封号",
    ),
    readme_intro=(
        "Simplified-Chinese social-platform texts (posts, comments, private messages, "
        "article-style promotions, SMS-like notices) for training a binary **spam / illicit "
        "advertising** classifier (`spam` vs `none`)."
    ),
    readme_covers="""\
Unsolicited or illicit commercial content that a platform removes as spam:

- 引流广告: moving users off-platform (加V / 加薇 / 卫星号, 加群, 扫码, “主页有惊喜”, “私我拿资料”);
- 代开发票 (selling invoices, “点数低”, “可查验”); 办证 (fake certificates, 刻章, “不用考试拿证”);
- 刷粉 / 买粉 / 刷量 (followers, likes, views, live-room popularity, fake reviews,
  selling accounts);
- 赌博网站推广 (彩金, 返水, 菠菜, 代理招募; all URLs fake);
- 重复的营销评论 (“点我头像看主页”, “同款在我橱窗”, 互粉) and 微商刷屏 (爆单截图, 招代理);
- SEO 垃圾 (keyword stuffing “XX哪家好 XX电话 XX价格”);
- 色情引流, kept mild (同城交友, 深夜陪聊, “懂的都懂”, nothing explicit);
- 外挂 / 代练 / 代充 ads; “点击链接领取” bait (红包, 流量, 会员);
- a few other flood ads (群发软件, 号码买卖, repeated service ads) as `misc_spam`.

Subtypes: `traffic_diversion`, `fake_invoice`, `fake_certificate`, `fake_engagement`,
`gambling_promo`, `repetitive_marketing`, `weishang_flood`, `seo_spam`, `adult_lure`,
`cheat_boosting`, `click_bait`, `misc_spam`.""",
    readme_not_covered="""\
Hard negatives share the vocabulary and topics but are acceptable: platform / police notices
and users warning about spam that quote the ads (`anti_spam_warning`), news of crackdowns
(`news_report`), people asking whether an ad is spam (`asking_is_spam`), a shop's own
customer-service notices and promotions on its own page (`shop_notice`, `shop_promo`),
normal job posts (`job_post`), friends sharing a WeChat id or a group for an activity
(`share_contact`, `community_invite`), genuine product reviews, legitimate invoices and
certificates (`legit_invoice`, `legit_certificate`), gamers condemning cheats
(`game_discussion`), lottery results and sports talk, small businesses with an address,
second-hand sales, creators announcing their own content (`creator_update`), and personal
or dating posts without lures (`personal_post`). Easy negatives are everyday posts.

Fraud scripts (刷单返利, 冒充客服 …) are **not** in this dataset, neither as positive nor as
negative: they belong to `fraud_zh`. Many scam ads are also spam, and gambling promotion or
fake-certificate ads are also illegal; a deployed system should run both classifiers.""",
    readme_limitations="""\
- Synthetic: written by one model, so style is narrower than real traffic; real spam changes
  quickly (new homophones, image-only ads, QR codes in pictures, which text cannot show).
  Evaluate on real, reviewed traffic before trusting scores.
- Very short comments (“私我拿资料”, “群号在主页哦”) are spam only in context (repeated across
  many posts by one account); here they are labelled `spam` on their own.
- The line between a shop promoting itself on its own page (`shop_promo`, negative) and
  repetitive marketing in other people's comment sections (positive) depends on where the
  text is posted, which this dataset cannot show; treat those subtypes as the hardest.
- Slot fillers (contacts, URLs, product names) are shared by all templates, so the same fake
  contact strings occur in train and test; templates, not fillers, are held out.
- Hard negatives that reuse evader-style contacts (`anti_spam_warning`) are the hardest rows.""",
)


if __name__ == "__main__":
    build(SPAM_ZH)
