"""Test texts: scam templates with the small edits spammers make, and unrelated posts."""

from __future__ import annotations

import random

NAMES = ["John", "Mary", "Kevin", "Lucy", "Ahmed", "Sofia", "Chen", "Priya", "Tom", "Olga"]
EMOJI = ["", " 🎉", " 💰💰", " 🔥", " ✅", " 👉👉", " 🚀"]
PUNCT = ["!", "!!", ".", "!!!", " :)", "...", "?!"]

SCAM_EN = (
    "Hi {name}{p} Congratulations, your account was selected for our crypto bonus program. "
    "Deposit {amount} USDT {when} and receive double back within 24 hours{p}{emoji} "
    "Message our agent on WhatsApp {phone} to claim your reward before the offer ends{p}"
)
SCAM_ZH = (
    "{name}你好{p}恭喜您被选中参加我们的理财返利活动{emoji}只需充值{amount}元,"
    "{when}就能拿到双倍收益{p}名额有限,请马上添加客服微信{phone}领取奖励{p}"
)
NAMES_ZH = ["王先生", "李女士", "张哥", "小刘", "陈姐", "赵总", "黄同学", "杨老师"]
WHEN_EN = ["today", "now", "this week", "today"]
WHEN_ZH = ["今天", "当天", "三小时内", "马上"]
PUNCT_ZH = ["!", "!!", "。", "~", "!!!"]


def scam(index: int, lang: str = "en") -> str:
    """The index-th copy of one scam: names, numbers, punctuation and emoji vary."""
    rnd = random.Random(index)
    if lang == "zh":
        return SCAM_ZH.format(
            name=rnd.choice(NAMES_ZH),
            p=rnd.choice(PUNCT_ZH),
            emoji=rnd.choice(EMOJI),
            amount=rnd.choice([500, 1000, 2000, 3888]),
            when=rnd.choice(WHEN_ZH),
            phone=f"wx{rnd.randrange(10_000, 99_999)}",
        )
    return SCAM_EN.format(
        name=rnd.choice(NAMES),
        p=rnd.choice(PUNCT),
        emoji=rnd.choice(EMOJI),
        amount=rnd.choice([100, 250, 500, 1000]),
        when=rnd.choice(WHEN_EN),
        phone=f"+1 {rnd.randrange(200, 999)}-{rnd.randrange(100, 999)}-{rnd.randrange(1000, 9999)}",
    )


# Fifty clauses; post i is clauses i, i+7 and i+19 (mod 50). The differences 7, 12 and 19
# are distinct, so two posts share at most one clause: related in topic, not duplicates.
CLAUSES = [
    "Tried a new sourdough recipe today and the crust came out perfect",
    "the council voted to add protected bike lanes on Main Street",
    "our team lost again in extra time, what a frustrating season",
    "my grandmother turned ninety and we sang for her in the garden",
    "the train was delayed forty minutes because of a signal fault",
    "I finally finished reading that long novel about the whaling ship",
    "does anyone know a good plumber in the north of town",
    "the new museum wing has a wonderful collection of old maps",
    "we adopted a shy grey cat from the shelter last weekend",
    "the farmers market had the best strawberries of the year",
    "learning to play the cello at forty is humbling but fun",
    "the storm knocked out power on our street for six hours",
    "my daughter built a volcano for the science fair",
    "this podcast episode about deep sea creatures blew my mind",
    "the hiking trail up the ridge was muddy but worth it",
    "our book club is reading poetry this month for a change",
    "the coffee shop on the corner closed after twenty years",
    "I repainted the kitchen a pale green and love the result",
    "the election debate last night was mostly about housing",
    "somebody left a very polite note about my parking",
    "the library is running free coding classes for teenagers",
    "we saw a family of otters by the river this morning",
    "my tomato plants are finally producing after a slow start",
    "the concert was loud, sweaty and absolutely brilliant",
    "I am looking for recommendations for a quiet beach town",
    "the bakery now sells a rye bread that tastes like home",
    "our neighbour plays the trumpet badly every evening",
    "the school announced a new schedule starting in autumn",
    "I ran my first half marathon and my legs are jelly",
    "the documentary about glaciers was beautifully filmed",
    "we are repairing the old fence with reclaimed wood",
    "the ferry crossing was calm and the islands looked lovely",
    "my laptop fan sounds like a jet engine these days",
    "the chess club welcomed three new members this week",
    "I made dumplings from scratch with my roommate",
    "the price of olive oil has gone up again this year",
    "there is a lovely exhibition of children's drawings downtown",
    "our dog refuses to walk in the rain, even with a coat",
    "the mountain village festival had dancing until midnight",
    "I planted bulbs along the path for colour next spring",
    "the bus route changes have confused everyone on our street",
    "my first attempt at knitting a scarf is very lumpy",
    "the local theatre is staging a comedy by a young writer",
    "I cannot decide between two used bicycles for commuting",
    "the astronomy society is meeting to watch the meteor shower",
    "we spent the afternoon cleaning the beach with volunteers",
    "my uncle shared old photos of the harbour from the sixties",
    "the community garden needs help building new raised beds",
    "the soup kitchen is short of winter coats and blankets",
    "I learned that octopuses have three hearts and blue blood",
]


def unrelated(index: int) -> str:
    """The index-th of fifty ordinary posts (0 <= index < 50)."""
    parts = [CLAUSES[(index + step) % len(CLAUSES)] for step in (0, 7, 19)]
    return ". ".join(part[0].upper() + part[1:] for part in parts) + "."
