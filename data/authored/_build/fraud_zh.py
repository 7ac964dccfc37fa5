"""Build the authored ``fraud_zh`` dataset (Chinese fraud / scam posts vs. look-alikes).

Run from the repository root::

    python data/authored/_build/fraud_zh.py

The texts live in ``data/authored/_build/fraud_zh_texts/``:

* ``pos_*.txt``, ``hard_*.txt``, ``easy_*.txt``: fully hand-written rows, ``subtype|text``
  (each row is its own group);
* ``tpl_pos.txt``, ``tpl_hard.txt``, ``tpl_easy.txt``: hand-written templates with ``{slot}``
  placeholders (all rows composed from one template share one group);
* ``slots.txt``: hand-written slot fillers, ``slot|value``.

A literal ``\\n`` in a text stands for a line break. The build is deterministic (fixed seeds).
This module also holds the generic builder that ``spam_zh.py`` reuses.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
AUTHORED_DIR = BUILD_DIR.parent

KINDS = ("positive", "hard_negative", "easy_negative")
KIND_PREFIX = {"positive": "pos", "hard_negative": "hard", "easy_negative": "easy"}
SPLITS = ("train", "dev", "test")
SPLIT_SHARE = {"train": 0.8, "dev": 0.1, "test": 0.1}
SLOT_RE = re.compile(r"\{([a-z_]+)\}")

# Simplified -> Traditional, only characters whose traditional form is unambiguous in the
# texts used here. "发" (發 / 髮) and a few words are handled by S2T_WORDS first.
_S2T_PAIRS = (
    "们們这這个個来來时時为為会會说說对對过過还還没沒么麼样樣让讓给給关關开開门門问問间間"
    "见見买買卖賣实實点點认認识識语語话話读讀车車东東乐樂气氣电電机機网網线線经經济濟动動"
    "员員长長万萬亿億块塊岁歲帮幫边邊节節华華业業专專两兩严嚴丽麗举舉义義书書亲親产產从從"
    "众眾优優传傳伤傷体體价價务務区區单單卫衛厂廠县縣双雙变變听聽围圍国國图圖团團场場坏壞"
    "声聲处處备備头頭妈媽学學宝寶审審导導将將尽盡层層币幣师師带帶广廣庆慶应應张張强強录錄"
    "当當总總惊驚户戶扫掃报報护護担擔择擇挂掛换換损損据據数數断斷无無显顯杀殺条條极極构構"
    "标標检檢欢歡测測热熱爱愛现現环環画畫获獲盘盤码碼礼禮种種积積称稱笔筆签簽类類级級纪紀"
    "约約练練组組细細终終绑綁结結络絡统統继繼续續维維罚罰职職联聯脑腦荣榮药藥营營补補装裝"
    "观觀规規视視计計记記讲講许許论論设設访訪证證评評诈詐试試诚誠询詢该該详詳误誤请請调調"
    "谁誰谈談谢謝财財责責败敗货貨质質购購贷貸费費资資赔賠赚賺赛賽赶趕转轉轻輕较較输輸运運"
    "进進连連选選递遞钱錢银銀锁鎖错錯键鍵闭閉阳陽际際陈陳险險随隨难難页頁顶頂项項顺順预預"
    "领領频頻额額风風飞飛饭飯馆館驾駕验驗鱼魚鸡雞黄黃龙龍儿兒刘劉则則刚剛办辦劳勞协協厅廳"
    "压壓参參号號叶葉吗嗎启啟响響园園圆圓坚堅垫墊够夠妇婦孙孫宁寧宾賓寻尋属屬库庫弹彈归歸"
    "忆憶态態怀懷恋戀惯慣扩擴扰擾抢搶拨撥摄攝敌敵旧舊暂暫权權杂雜杨楊枪槍树樹桥橋梦夢楼樓"
    "欧歐毕畢汇匯汉漢沟溝涨漲温溫满滿灵靈灾災烦煩烧燒爷爺独獨猪豬献獻畅暢疗療监監盖蓋确確"
    "离離稳穩竞競筹籌简簡紧緊红紅纸紙织織绍紹绝絕绩績缘緣缴繳罗羅胜勝脸臉苏蘇虑慮虚虛觉覺"
    "订訂讨討训訓议議讯訊诉訴诊診课課谨謹贝貝负負贩販贫貧贵貴贸貿赏賞赖賴赠贈轮輪软軟"
    "载載辅輔辆輛达達远遠违違迟遲适適释釋钟鐘铁鐵链鏈销銷锅鍋闪閃闲閒阅閱队隊阶階陆陸隐隱"
    "雾霧静靜韩韓顾顧题題颜顏饮飲馈饋骗騙鸟鳥麦麥龄齡齐齊贴貼佣傭帐帳账賬绿綠"
    "击擊写寫册冊摆擺摊攤诱誘饵餌戏戲亏虧凭憑乡鄉亚亞仅僅仓倉侦偵债債兑兌冻凍净淨减減剧劇"
    "劝勸医醫却卻厉厲吓嚇墙牆妆妝娱娛婴嬰宠寵尝嘗岛島帅帥弃棄彻徹径徑忧憂恳懇悬懸愿願战戰"
    "执執扬揚抚撫拟擬拦攔挡擋挤擠挥揮捡撿携攜晒曬晕暈栏欄档檔汤湯泪淚洁潔浅淺浏瀏润潤渐漸"
    "渔漁湾灣湿濕滩灘潜潛灯燈灿燦炉爐烟煙烫燙犹猶狮獅猎獵玛瑪疯瘋皱皺盐鹽睁睜矿礦砖磚础礎"
    "硕碩祸禍筛篩纠糾纤纖纯純纲綱纳納纵縱纷紛绕繞绘繪缓緩编編缩縮罢罷耻恥聪聰肤膚肿腫胆膽"
    "胶膠脚腳艰艱艺藝苍蒼荐薦莲蓮蓝藍虾蝦袜襪袭襲触觸誉譽诀訣词詞诗詩诸諸诺諾谅諒谊誼谋謀"
    "谎謊谜謎谣謠谱譜贤賢贺賀贼賊赌賭赢贏赵趙跃躍轨軌辉輝辞辭迈邁迹跡遗遺邮郵邻鄰郑鄭酱醬"
    "酿釀针針钓釣钢鋼钻鑽铃鈴铺鋪镇鎮镜鏡闯闖闷悶闹鬧阁閣阔闊阴陰阵陣靓靚顽頑顿頓颂頌颗顆"
    "飘飄饥飢饰飾饱飽饺餃饼餅马馬驶駛驻駐骂罵骑騎鲜鮮鸭鴨鹅鵝齿齒后後于於着著云雲余餘"
    "奖獎党黨鸿鴻丝絲窝窩懒懶夸誇纱紗盗盜决決准準习習术術岗崗内內柜櫃赞讚"
)
# Words whose characters convert differently from the one-to-one table above.
S2T_WORDS = {
    "头发": "頭髮",
    "理发": "理髮",
    "发型": "髮型",
    "计划": "計劃",
    "轻松": "輕鬆",
    "游戏": "遊戲",
    "回复": "回覆",
    "联系": "聯繫",
    "周末": "週末",
    "本周": "本週",
    "一周": "一週",
    "每周": "每週",
    "上周": "上週",
    "下周": "下週",
    "周卡": "週卡",
}
S2T = dict(zip(_S2T_PAIRS[::2], _S2T_PAIRS[1::2], strict=True))
TRADITIONAL_ONLY = frozenset(S2T.values()) - frozenset(S2T)

# Emoji that evaders put between the characters of a flagged word.
SPLITTER_EMOJI = ("🌸", "🍀", "⭐", "💗", "🔥", "🌹", "✨", "🎈")


@dataclass
class Config:
    """Everything that differs between the datasets built by :func:`build`."""

    name: str
    label: str
    seed: int
    keywords: tuple[str, ...]  # words that evaders break up with emoji (positives only)
    readme_intro: str
    readme_covers: str
    readme_not_covered: str
    readme_limitations: str
    per_template: int = 8
    transform_rates: dict[str, float] = field(
        default_factory=lambda: {"traditional": 0.08, "fullwidth": 0.05, "emoji_split": 0.12}
    )

    @property
    def texts_dir(self) -> Path:
        return BUILD_DIR / f"{self.name}_texts"

    @property
    def out_dir(self) -> Path:
        return AUTHORED_DIR / self.name


@dataclass
class Row:
    text: str
    label: str
    group: str
    kind: str
    subtype: str
    composed: bool
    split: str = ""


# ---------------------------------------------------------------------------- reading


def read_records(path: Path) -> list[tuple[str, str]]:
    """Read ``subtype|text`` lines; ``#`` starts a comment line; ``\\n`` is a line break."""
    records = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        subtype, sep, text = line.partition("|")
        if not sep or not subtype or not text:
            raise ValueError(f"{path.name}:{lineno}: expected 'subtype|text'")
        records.append((subtype.strip(), text.strip().replace("\\n", "\n")))
    return records


Fillers = dict[str, list[dict[str, str]]]


def read_slots(path: Path) -> Fillers:
    """Read ``slot|value`` lines. Linked slots that must agree with each other (e.g. a scam
    type and a line typical of it) are written ``a+b|value for a + value for b``."""
    units: Fillers = defaultdict(list)
    for unit, value in read_records(path):
        names = unit.split("+")
        parts = [v.strip() for v in value.split(" + ")] if len(names) > 1 else [value]
        if len(parts) != len(names):
            raise ValueError(f"slot {unit!r}: expected {len(names)} values in {value!r}")
        filler = dict(zip(names, parts, strict=True))
        if filler in units[unit]:
            raise ValueError(f"duplicate filler {value!r} for slot {unit!r}")
        units[unit].append(filler)
    return dict(units)


def norm_key(text: str) -> str:
    """Key for duplicate detection: lower-cased, whitespace collapsed."""
    return " ".join(text.lower().split())


# ---------------------------------------------------------------------------- evasion


def to_traditional(text: str) -> str:
    for simplified, traditional in S2T_WORDS.items():
        text = text.replace(simplified, traditional)
    text = text.replace("发", "發")
    return "".join(S2T.get(ch, ch) for ch in text)


def to_fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def emoji_split(text: str, keywords: tuple[str, ...], rng: random.Random) -> str:
    present = [kw for kw in keywords if kw in text]
    if not present:
        return text
    word = rng.choice(present)
    emoji = rng.choice(SPLITTER_EMOJI)
    return text.replace(word, emoji.join(word), 1)


def apply_evasion(row: Row, cfg: Config, rng: random.Random) -> None:
    """Rewrite some composed rows the way real posts are written (all kinds, so that the
    script or width alone never gives the label away); emoji splitting only on positives."""
    draw = rng.random()
    rates = cfg.transform_rates
    if draw < rates["traditional"]:
        row.text = to_traditional(row.text)
    elif draw < rates["traditional"] + rates["fullwidth"]:
        row.text = to_fullwidth(row.text)
    elif (
        row.kind == "positive"
        and draw < rates["traditional"] + rates["fullwidth"] + rates["emoji_split"]
    ):
        row.text = emoji_split(row.text, cfg.keywords, rng)


# ---------------------------------------------------------------------------- composing


def compose_template(
    template: str,
    slots: Fillers,
    rng: random.Random,
    target: int,
    seen: set[str],
) -> list[str]:
    """Fill one template up to ``target`` times. Any two fillings of the same template differ
    in at least two slot units, so no two rows differ by a single slot word. A template
    written in Traditional characters gets its fillers converted too."""
    names = set(SLOT_RE.findall(template))
    unit_of = {n: u for u in slots for n in u.split("+")}
    missing = sorted(n for n in names if n not in unit_of)
    if missing:
        raise ValueError(f"unknown slots {missing} in {template!r}")
    units = sorted({unit_of[n] for n in names})
    if len(units) < 2:
        raise ValueError(f"template needs at least two different slots: {template!r}")
    traditional = any(ch in TRADITIONAL_ONLY for ch in template)
    chosen: list[dict[str, int]] = []
    texts: list[str] = []
    for _ in range(400):
        if len(chosen) >= target:
            break
        pick = {u: rng.randrange(len(slots[u])) for u in units}
        if any(sum(pick[u] != c[u] for u in units) < 2 for c in chosen):
            continue
        values = {n: v for u in units for n, v in slots[u][pick[u]].items()}
        text = SLOT_RE.sub(lambda m, vals=values: vals[m.group(1)], template)
        if traditional:
            text = to_traditional(text)
        if norm_key(text) in seen:
            continue
        chosen.append(pick)
        texts.append(text)
        seen.add(norm_key(text))
    return texts


# ---------------------------------------------------------------------------- splitting


def assign_splits(rows: list[Row], seed: int) -> None:
    """Whole groups go to one split; stratified by (label, kind); ~80/10/10 by row count."""
    rng = random.Random(seed)
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row.group].append(row)
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for gid, members in groups.items():
        strata[(members[0].label, members[0].kind)].append(gid)
    for stratum in sorted(strata):
        gids = sorted(strata[stratum])
        rng.shuffle(gids)
        total = sum(len(groups[g]) for g in gids)
        filled = dict.fromkeys(SPLITS, 0)
        for gid in gids:
            size = len(groups[gid])
            # the split that is furthest below its target share takes the group
            split = max(SPLITS, key=lambda s: SPLIT_SHARE[s] * total - filled[s] - 0.5 * size)
            filled[split] += size
            for row in groups[gid]:
                row.split = split


# ---------------------------------------------------------------------------- building


def load_rows(cfg: Config) -> list[Row]:
    rng = random.Random(cfg.seed)
    seen: set[str] = set()
    rows: list[Row] = []
    hand_no = 0
    for kind in KINDS:
        prefix = KIND_PREFIX[kind]
        label = cfg.label if kind == "positive" else "none"
        for path in sorted(cfg.texts_dir.glob(f"{prefix}_*.txt")):
            for subtype, text in read_records(path):
                key = norm_key(text)
                if key in seen:
                    raise ValueError(f"duplicate hand-written text in {path.name}: {text!r}")
                seen.add(key)
                hand_no += 1
                group = f"{cfg.name}-h{hand_no:04d}"
                rows.append(Row(text, label, group, kind, subtype, composed=False))
    slots = read_slots(cfg.texts_dir / "slots.txt")
    tpl_no = 0
    for kind in KINDS:
        label = cfg.label if kind == "positive" else "none"
        path = cfg.texts_dir / f"tpl_{KIND_PREFIX[kind]}.txt"
        for subtype, template in read_records(path):
            tpl_no += 1
            group = f"{cfg.name}-t{tpl_no:03d}"
            for text in compose_template(template, slots, rng, cfg.per_template, seen):
                rows.append(Row(text, label, group, kind, subtype, composed=True))
    # evasion rewrites, then drop any row that became a duplicate
    evade_rng = random.Random(cfg.seed + 1)
    unique: list[Row] = []
    keys: set[str] = set()
    for row in rows:
        if row.composed:
            apply_evasion(row, cfg, evade_rng)
        key = norm_key(row.text)
        if key in keys:
            continue
        keys.add(key)
        unique.append(row)
    return unique


def write_csvs(cfg: Config, rows: list[Row]) -> None:
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    plain = cfg.out_dir / "data.csv"
    meta = cfg.out_dir / "data_with_metadata.csv"
    with (
        plain.open("w", encoding="utf-8", newline="") as f_plain,
        meta.open("w", encoding="utf-8", newline="") as f_meta,
    ):
        w_plain = csv.writer(f_plain, lineterminator="\n")
        w_meta = csv.writer(f_meta, lineterminator="\n")
        w_plain.writerow(["text", "label", "split"])
        w_meta.writerow(["text", "label", "split", "group", "kind", "subtype"])
        for r in rows:
            w_plain.writerow([r.text, r.label, r.split])
            w_meta.writerow([r.text, r.label, r.split, r.group, r.kind, r.subtype])


def _table(header: list[str], body: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in line) + " |" for line in body]
    return "\n".join(lines)


def write_readme(cfg: Config, rows: list[Row]) -> None:
    by_label_split = Counter((r.label, r.split) for r in rows)
    by_kind_split = Counter((r.kind, r.split) for r in rows)
    labels = sorted({r.label for r in rows}, key=lambda lab: (lab == "none", lab))
    hand = sum(not r.composed for r in rows)
    composed = len(rows) - hand
    n_templates = len({r.group for r in rows if r.composed})
    label_table = _table(
        ["label", *SPLITS, "total"],
        [
            [lab, *(by_label_split[(lab, s)] for s in SPLITS), sum(r.label == lab for r in rows)]
            for lab in labels
        ]
        + [["**all**", *(sum(r.split == s for r in rows) for s in SPLITS), len(rows)]],
    )
    kind_table = _table(
        ["kind", *SPLITS, "total", "hand-written", "composed"],
        [
            [
                k,
                *(by_kind_split[(k, s)] for s in SPLITS),
                sum(r.kind == k for r in rows),
                sum(r.kind == k and not r.composed for r in rows),
                sum(r.kind == k and r.composed for r in rows),
            ]
            for k in KINDS
        ],
    )
    subtypes = Counter((r.kind, r.subtype) for r in rows)
    subtype_table = _table(
        ["kind", "subtype", "rows"],
        [[k, s, n] for (k, s), n in sorted(subtypes.items())],
    )
    text = f"""# {cfg.name}

> **Content warning:** this dataset contains realistic scam, fraud and spam messages (fake
> job offers, impersonation scripts, gambling and mild adult-content lures). All contacts,
> phone numbers, account ids and URLs are fake (`wxid_demo…`, `138-0000-xxxx`, `*.example…`).

{cfg.readme_intro}

## What the positive label `{cfg.label}` covers

{cfg.readme_covers}

## What it does not cover (label `none`)

{cfg.readme_not_covered}

## How the data was written

Written by an AI assistant for the Clearpost project on 2026-11-25. No text was copied from
the web, from other datasets or from books; every text, template and slot filler was written
for this project. Rows: **{len(rows)}**, of which **{hand}** are fully hand-written distinct
texts and **{composed}** are composed from **{n_templates}** hand-written templates filled
with hand-written slot fillers (`_build/{cfg.name}_texts/slots.txt`). Any two rows composed
from the same template differ in at least two slots. Realistic evasion is written into the
hand-written texts (薇/V/威/卫星 for 微信, split or full-width digits, emoji between
characters, Traditional characters) and is also applied at random to some composed rows:
Traditional characters (~8 % of composed rows of every kind), full-width ASCII (~5 %, every
kind) and emoji inserted inside a flagged word (~12 %, positives only). Negatives get the
Traditional / full-width rewrites too, so script or width alone never gives the label away.

Regenerate with `python data/authored/_build/{cfg.name}.py` (deterministic).

## Counts

Per label and split:

{label_table}

Per kind (positive / hard negative / easy negative):

{kind_table}

Per subtype:

{subtype_table}

## Files

- `data.csv`: `text,label,split` (UTF-8, RFC 4180, `\\n` line ends; texts may contain
  line breaks inside quotes).
- `data_with_metadata.csv`: the same rows in the same order plus `group,kind,subtype`.
  `group` is `{cfg.name}-hNNNN` for a hand-written text (its own group) and
  `{cfg.name}-tNNN` for all rows composed from one template.

## Grouping and split

Every row has a group; whole groups are assigned to one split. Groups are stratified by
(label, kind): the strata are taken in sorted order and, within each, the sorted group ids
are shuffled with one `random.Random({cfg.seed})` generator; each group in turn goes to the
split that is furthest below its 80/10/10 share of the stratum's rows. So dev/test contain
templates never seen in train. Exact duplicates (lower-cased, whitespace collapsed) were
removed before splitting; no text appears twice.

## Licence

CC BY 4.0, © the Clearpost contributors.

## Known limitations

{cfg.readme_limitations}
"""
    (cfg.out_dir / "README.md").write_text(text, encoding="utf-8")


def verify(rows: list[Row]) -> None:
    keys = [norm_key(r.text) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate texts"
    split_of: dict[str, str] = {}
    for r in rows:
        assert split_of.setdefault(r.group, r.split) == r.split, f"group {r.group} spans splits"
        assert r.split in SPLITS and r.kind in KINDS


def build(cfg: Config) -> list[Row]:
    rows = load_rows(cfg)
    assign_splits(rows, cfg.seed)
    order = random.Random(cfg.seed + 2)
    order.shuffle(rows)
    rows.sort(key=lambda r: SPLITS.index(r.split))
    verify(rows)
    write_csvs(cfg, rows)
    write_readme(cfg, rows)
    counts = Counter((r.kind, r.split) for r in rows)
    print(f"{cfg.name}: {len(rows)} rows, {sum(not r.composed for r in rows)} hand-written")
    for kind in KINDS:
        print(f"  {kind:14s}", "  ".join(f"{s}={counts[(kind, s)]}" for s in SPLITS))
    return rows


# ---------------------------------------------------------------------------- fraud_zh

FRAUD_ZH = Config(
    name="fraud_zh",
    label="fraud",
    seed=20261125,
    keywords=(
        "微信",
        "兼职",
        "刷单",
        "返利",
        "日结",
        "贷款",
        "征信",
        "佣金",
        "提现",
        "带单",
        "收益",
        "中奖",
        "补贴",
        "理赔",
        "退款",
        "转账",
        "保证金",
        "押金",
        "账户",
    ),
    readme_intro=(
        "Simplified-Chinese social-platform texts (posts, comments, private messages, "
        "article-style promotions, SMS-like notices) for training a binary **fraud / scam** "
        "classifier (`fraud` vs `none`)."
    ),
    readme_covers="""\
Texts whose purpose is to defraud the reader:

- 刷单返利 / 兼职刷单 (task scams: likes, reviews, “连单”, “福利单”, frozen accounts);
- 冒充客服退款 / 理赔 (fake customer service, “百万保障”, screen sharing, verification codes);
- 冒充公检法 (fake police / prosecutors, “安全账户”, fake arrest warrants);
- 杀猪盘 and 投资理财带单 (crypto, 外汇, stock tips, “内部消息”, romance openers);
- 虚假中奖 (fees or “tax” before a prize); 贷款 / 征信修复 scams (unfreezing fees,
  “刷流水”, deleting credit records, 校园贷注销);
- 游戏装备 / 账号交易 scams (off-platform deals, fake “解冻”, phishing for passwords);
- 冒充熟人 / 领导 / 老师借钱或收款; 虚假招聘押金 (fees before a job);
- 假冒官方“补贴领取” (phishing links, QR codes, ETC / tax refund / 社保);
- fake charity (personal accounts, “捐款返利”); plus a few other phishing scripts
  (fake account bans, parcel re-delivery fees, fake vote links) as `misc_scam`.

Subtypes: `task_scam`, `fake_refund`, `fake_authority`, `investment_scam`, `fake_prize`,
`loan_scam`, `game_trade_scam`, `impersonation_borrow`, `fake_job`, `fake_subsidy`,
`fake_charity`, `misc_scam`.""",
    readme_not_covered="""\
Hard negatives share the vocabulary and topics but are acceptable:
police and bank anti-fraud warnings that quote scam scripts (`anti_fraud_warning`), news and
court reports (`news_report`), victims telling their story as a warning (`victim_story`),
people asking whether something is a scam (`asking_is_scam`), genuine shop customer-service
notices (`shop_notice`), job posts with no fees (`job_post`), friends sharing a WeChat id in
context (`share_contact`), real product reviews, financial education (“理财要谨慎”),
lottery results, small businesses with an address, normal second-hand sales, and legitimate
charity / subsidy / loan / investment talk. Easy negatives are everyday posts.

Plain commercial spam (引流、代开发票、刷粉 …) is **not** in this dataset, neither as positive
nor as negative: it belongs to `spam_zh`. Many real scam ads are also spam; a deployed system
should run both classifiers.""",
    readme_limitations="""\
- Synthetic: written by one model, so style is narrower than real traffic; scam scripts
  follow well-known public patterns and will miss new ones. Use real, reviewed traffic to
  evaluate before trusting scores.
- Short DM openers (“在吗？”, romance openers of 杀猪盘) are genuinely ambiguous; the ones
  labelled `fraud` carry some scam signal (new number + money, investment talk).
- Slot fillers (contacts, URLs, amounts) are shared by all templates, so the same fake
  contact strings occur in train and test; templates, not fillers, are held out.
- Some positives quote the same scripts that hard negatives quote to warn; the label depends
  on framing (warning vs. solicitation), which is the hardest part. Hard negatives that reuse
  evader-style contacts (`anti_fraud_warning`, `asking_is_scam`) are the hardest rows.
- Simplified Chinese, mainland-China platform conventions; Traditional forms are a rewrite,
  not Taiwan/Hong Kong usage.""",
)


if __name__ == "__main__":
    build(FRAUD_ZH)
