"""Build the authored ``harassment_zh`` dataset for Clearpost.

Run from the repository root::

    python data/authored/_build/harassment_zh.py

The Chinese data: the composition TEMPLATES (fragments joined with no separator unless a template
sets ``sep``), the README text and, in ``harassment_zh_texts/``, the hand-written texts. Content
note: the Chinese positives insult, mock, exclude and expose individual (fictional) people, call
for pile-ons and describe unwanted contact; there are no threats of physical violence, no
self-harm encouragement, no sexual content and no attacks on groups, and every name, handle,
address and number is invented. The builder is shared with the self-harm sets: see
``self_harm_builder.py`` for the file formats, the composition and the split.
"""

from __future__ import annotations

from self_harm_builder import Dataset, main

# Short endings reused by several templates (exactly 7 each).
TAILS_HOSTILE = ["", "🤡", "呵呵", "笑死", "😅", "懂?", "赶紧的"]
TAILS_WARM = ["", "❤️", "😂", "🥰", "哈哈哈", "爱你", "(狗头)"]
TAILS_CASUAL = ["", "☕", "🌿", "大家周末愉快~", "😊", " #小确幸", "记录一下。"]

TEMPLATES: list[dict] = [
    # ---------------------------------------------------------------- positives
    {
        "id": "t-p01",
        "kind": "positive",
        "subtype": "insult",
        "slots": [
            [
                "@小林demo ",
                "楼上那位,",
                "回复@阿杰不吃香菜:",
                "层主,",
                "群里那个谁,",
                "@豆豆今天也要早睡 ",
                "这位up主,",
            ],
            [
                "你就是个废物,",
                "你脑子是不是有坑,",
                "你个没脑子的蠢货,",
                "你真是个垃圾,",
                "你这个白痴,",
                "你个窝囊废,",
                "你就是个傻X,",
            ],
            [
                "说话前能不能过过脑子。",
                "别在这丢人现眼了。",
                "谁给你的脸在这发言?",
                "一天天的就知道瞎叫。",
                "看到你就烦。",
                "真不知道你活着图啥,什么都干不好。",
                "你也配教别人?",
            ],
            TAILS_HOSTILE,
        ],
    },
    {
        "id": "t-p02",
        "kind": "positive",
        "subtype": "appearance_mockery",
        "slots": [
            [
                "主播,",
                "@小满_study ",
                "楼主,",
                "这位博主,",
                "新来的那个,",
                "@鹿鹿爱吃瓜 ",
                "评论区第一个,",
            ],
            [
                "长得这么丑",
                "胖得跟猪一样",
                "一说话就结巴",
                "满脸痘",
                "声音跟鸭子叫似的",
                "矮得像个冬瓜",
                "一口大黄牙",
            ],
            [
                "还天天发自拍,",
                "还好意思露脸,",
                "还敢开直播,",
                "还在这凹造型,",
                "还当自己是明星,",
                "还上台唱歌,",
                "还整天晒照片,",
            ],
            [
                "别恶心人了。",
                "我们的眼睛做错了什么。",
                "笑死我了。",
                "照照镜子吧。",
                "求你别更新了。",
                "丢不丢人啊。",
                "真的辣眼睛。",
            ],
        ],
    },
    {
        "id": "t-p03",
        "kind": "positive",
        "subtype": "exclusion",
        "slots": [
            ["@小雨点点 ", "@阿木木木 ", "说的就是你,", "那个新来的,", "喂,"],
            [
                "滚出这个群,",
                "别在这碍眼了,",
                "赶紧退群吧,",
                "离我们远点,",
                "以后别来我们社团了,",
            ],
            [
                "没人欢迎你。",
                "大家都烦你。",
                "没人想跟你玩。",
                "你在这就是多余的。",
                "你看不出来没人理你吗?",
            ],
            [
                "",
                "识相点。",
                "别逼我们踢你。",
                "脸皮真厚。",
                "拜拜了您嘞。",
            ],
        ],
    },
    {
        "id": "t-p04",
        "kind": "positive",
        "subtype": "pileon",
        "slots": [
            ["姐妹们,", "兄弟们,", "家人们,", "@全体成员 ", "各位,", "老规矩,", "看到的都来,"],
            [
                "这就是@花卷不卷demo,",
                "这个博主就是那个贱人,",
                "这是那个跟我吵架的人的号,",
                "链接放这了,",
                "他的主页在这,",
                "这是她的小号,",
                "截图都在这了,",
            ],
            [
                "大家去她评论区骂她,",
                "冲他评论区,",
                "一起去刷屏骂他,",
                "把她骂到退网,",
                "每条动态都给她踩一遍,",
                "大家轮流私信问候他,",
                "一起举报他刷屏,",
            ],
            [
                "一个都别放过!",
                "骂到他删号为止。",
                "让她社死。",
                "别让她好过。",
                "冲就完了!!",
                "转发起来。",
                "今晚十点集合。",
            ],
        ],
    },
    {
        "id": "t-p05",
        "kind": "positive",
        "subtype": "doxxing_exposure",
        "slots": [
            [
                "@小七七不吃鱼 ",
                "别以为匿名就没事,",
                "你不是嘴硬吗?",
                "你不道歉是吧,",
                "换小号也没用,",
                "你给我听好了,",
                "我说到做到,",
            ],
            [
                "你公司我已经查到了,",
                "你的学校和班级我都扒出来了,",
                "你的手机号我有了,",
                "你住哪个小区我知道,",
                "你的真名我已经知道了,",
                "你所有的聊天截图都在我手上,",
                "你爸妈的电话我也有,",
            ],
            [
                "明天就发到你们单位群里。",
                "我会让所有人都认识你。",
                "等着我把它挂出来吧。",
                "很快全网都会知道你是谁。",
                "我已经发给你们辅导员了。",
                "大家想打电话的私信我要号码。",
                "我会一条一条发到你的每个群。",
            ],
            TAILS_HOSTILE,
        ],
    },
    {
        "id": "t-p06",
        "kind": "positive",
        "subtype": "degrading_sarcasm",
        "slots": [
            [
                "哟,这不是我们的大作家吗,",
                "哇,你好厉害哦,",
                "@小橙子odd 真佩服你,",
                "恭喜你啊,",
                "不愧是你,",
                "哎呀,我们的学霸,",
                "您可真是人才,",
                "呵呵,又是这位专家,",
                "亲,",
                "啧啧,",
                "哦,原来是你啊,",
            ],
            [
                "三十岁了还靠爸妈养,",
                "这么简单的事都能搞砸,",
                "一开口全群智商都被拉低了,",
                "又考了倒数第一,",
                "写的东西小学生都不如,",
                "把一手好牌打得稀烂,",
                "干啥啥不行,",
                "每次发言都在刷新下限,",
                "脑子大概是装饰品,",
                "混了这么多年还是个小透明,",
                "连个表格都做不明白,",
            ],
            [
                "真是给你爸妈长脸呢😊",
                "你这辈子也就这样了。",
                "建议回炉重造哦🙂",
                "难怪没人看得起你。",
                "这么没用还能这么自信,佩服。",
                "论丢人还是你最专业。",
                "请继续保持,我们都等着看笑话。",
                "你还是别说话了。",
                "一点都不意外呢。",
                "注定一辈子是个笑话。",
                "有点自知之明吧。",
            ],
        ],
    },
    {
        "id": "t-p07",
        "kind": "positive",
        "subtype": "persistent_contact",
        "slots": [
            ["@小鱼干饭团 ", "别装看不见,", "你躲什么,", "又拉黑我?", "听好了,"],
            [
                "你拉黑一个号我就换一个号,",
                "你不回消息我就一直发,",
                "你不接电话我就一直打,",
                "你所有平台的账号我都关注了,",
                "你每条动态下面我都会留言,",
            ],
            [
                "直到你理我为止。",
                "你永远甩不掉我。",
                "看谁先撑不住。",
                "别想躲开我。",
                "你去哪我都找得到你。",
            ],
            ["", "😊", "等着吧。", "我有的是时间。", "明天见。"],
        ],
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "id": "t-h01",
        "kind": "hard_negative",
        "subtype": "criticism_ideas",
        "slots": [
            [
                "这部剧",
                "这家店的外卖",
                "这个新版本",
                "楼主这个观点",
                "这款耳机",
                "这本小说的结局",
                "这家快递",
            ],
            [
                "烂透了,",
                "真的不行,",
                "太离谱了,",
                "让人失望,",
                "站不住脚,",
                "垃圾得可以,",
                "一言难尽,",
            ],
            [
                "完全浪费我的钱。",
                "逻辑漏洞太多。",
                "问题一大堆。",
                "体验非常差。",
                "和宣传完全不符。",
                "越来越敷衍了。",
                "客服还不理人。",
            ],
            ["", "避雷。", "不推荐。", "两星。", "希望改进吧。", "已退款。", "仅代表个人观点。"],
        ],
    },
    {
        "id": "t-h02",
        "kind": "hard_negative",
        "subtype": "friendly_banter",
        "slots": [
            ["你这个憨憨,", "笨蛋室友,", "我的傻闺蜜,", "死党,", "你个大聪明,", "小傻瓜,", "老铁,"],
            [
                "又把钥匙忘在宿舍了吧,",
                "昨晚唱歌跑调跑到姥姥家,",
                "做饭差点把厨房点了,",
                "打游戏菜得抠脚,",
                "拍照永远闭眼,",
                "又偷吃我的零食,",
                "路痴到在自家小区迷路,",
            ],
            [
                "生日快乐!",
                "但我还是超爱你。",
                "明天我请你吃火锅。",
                "认识你十年了,一点没变。",
                "有你真好。",
                "毕业快乐,以后常聚。",
                "下次带你一起。",
            ],
            TAILS_WARM,
        ],
    },
    {
        "id": "t-h03",
        "kind": "hard_negative",
        "subtype": "victim_help",
        "slots": [
            [
                "求助:",
                "真的很难受,",
                "想问问大家,",
                "第一次发帖,",
                "家人们,",
            ],
            [
                "有人每天换号私信骂我,",
                "我在群里被人挂了,",
                "有人在我每条动态下说我丑,",
                "前任一直用小号加我,",
                "孩子在学校被同学起外号,",
            ],
            [
                "该怎么举报?",
                "截图已经存好了,下一步怎么办?",
                "可以报警吗?",
                "平台能处理吗?",
                "除了拉黑还能怎么做?",
            ],
            [
                "",
                "谢谢大家。",
                "心态有点崩。",
                "🙏",
                "在线等。",
            ],
        ],
    },
    {
        "id": "t-h04",
        "kind": "hard_negative",
        "subtype": "sports_performance",
        "slots": [
            [
                "今天这场",
                "下半场",
                "这个赛季",
                "昨晚的比赛",
                "这局排位",
            ],
            [
                "裁判判罚太离谱,",
                "防守像筛子,",
                "三分投得一塌糊涂,",
                "配合稀烂,",
                "体能完全跟不上,",
            ],
            [
                "输得一点都不冤。",
                "必须好好复盘。",
                "看得我血压都上来了。",
                "下次加练吧。",
                "教练该反思了。",
            ],
            ["", "😤", "下场再战!", "唉。", "🏀"],
        ],
    },
    {
        "id": "t-h05",
        "kind": "hard_negative",
        "subtype": "news_advice",
        "slots": [
            [
                "【提醒】",
                "专家建议:",
                "本吧公告:",
                "律师提示:",
                "社区公约:",
                "家长必看:",
                "平台通报:",
                "新闻速递:",
                "班会分享:",
                "心理科普:",
                "友情提醒:",
            ],
            [
                "遭遇网络暴力时,",
                "面对辱骂和人肉搜索,",
                "发现有人被围攻时,",
                "孩子被同学孤立时,",
                "被人恶意挂出来时,",
                "收到骚扰私信时,",
                "评论区出现人身攻击时,",
                "个人信息被曝光时,",
                "看到有人带节奏网暴时,",
                "被陌生人反复纠缠时,",
                "遇到群内排挤时,",
            ],
            [
                "请先截图保存证据。",
                "可以通过平台举报通道反映。",
                "不要做沉默的旁观者。",
                "必要时请及时报警。",
                "请不要跟风转发和辱骂。",
                "记得寻求家人和心理支持。",
                "情节严重者可能承担法律责任。",
                "违规账号将被封禁处理。",
                "家长要先倾听,不要指责孩子。",
                "可开启仅好友可评论功能。",
                "请相信,这不是你的错。",
            ],
        ],
    },
    # ---------------------------------------------------------------- easy negatives
    {
        "id": "t-e01",
        "kind": "easy_negative",
        "subtype": "everyday",
        "slots": [
            ["今天", "周末", "下班后", "早上", "放假第一天", "午休时", "晚饭后"],
            [
                "去公园散了会儿步,",
                "在家做了一锅排骨汤,",
                "把书架整理了一遍,",
                "和朋友去看了场电影,",
                "给猫洗了个澡,",
                "去图书馆借了几本书,",
                "骑车绕湖转了一圈,",
            ],
            [
                "感觉很放松。",
                "心情特别好。",
                "好久没这么惬意了。",
                "累但是很充实。",
                "天气也刚刚好。",
                "下次还要这样。",
                "简单的快乐。",
            ],
            TAILS_CASUAL,
        ],
    },
    {
        "id": "t-e02",
        "kind": "easy_negative",
        "subtype": "work_study",
        "slots": [
            [
                "求推荐",
                "有没有人分享一下",
                "想问问",
                "新手求问,",
                "整理了一份",
                "打卡第十天:",
                "请教大家,",
            ],
            [
                "考研英语的复习资料,",
                "好用的笔记软件,",
                "Excel数据透视表的教程,",
                "适合通勤听的播客,",
                "雅思口语的练习方法,",
                "PPT配色的小技巧,",
                "高效开会的经验,",
            ],
            [
                "最好是免费的。",
                "谢谢啦。",
                "有需要的自取。",
                "感觉很实用。",
                "最近正好用得上。",
                "一起进步呀。",
                "评论区见。",
            ],
            ["", "📚", "🙏", "✍️", "💪", " #学习打卡", " #职场"],
        ],
    },
]

README = """# {name}: authored {lang} harassment posts / 中文骚扰与辱骂数据集

> **Content warning:** this dataset contains insults, name-calling, mockery of appearance, voice,
> job and family, calls to exclude people, calls for pile-ons (网暴), threats to expose personal
> information (人肉, 挂人) and messages describing persistent unwanted contact. All names, @handles,
> schools, addresses and numbers are invented; no real person or public figure is referred to.

Texts are Simplified Chinese in the style of Weibo, Tieba, Douyin / Bilibili comments, WeChat
groups and forums, with a modest share of Traditional-character and pinyin / initials variants
(這個人真的是智障, sha bi, sb, nc, nmsl, 沙比, 煞笔). Binary labels: `{label}` (positive) or
`none`.

## What counts as `{label}`

Abuse aimed at a specific individual (or a few addressed people):

- insults and name-calling (你就是个废物, 脑残吧你, @小林demo 你算什么东西, 傻X);
- humiliation and mockery of a person's appearance, body, voice, job or family (长得这么丑还发自拍,
  死胖子, 结巴还直播);
- exclusion and telling someone to go away (滚出这个群, 没人欢迎你);
- pile-on / 网暴 calls (大家去她微博下面骂她, 冲他评论区, 把她骂到退网);
- 人肉 / exposure / intimidation without a physical threat (我已经查到你公司了, 把她电话发出来);
- persistent unwanted contact (你拉黑我我就换号继续找你);
- degrading put-downs and 阴阳怪气 sarcasm aimed at a person;
- obfuscated insults (拼音, 首字母, 谐音).

Out of scope, and absent from both labels because they belong to other Clearpost categories:
threats of physical violence, telling someone to kill or hurt themselves, sexual harassment,
attacks on groups (region, ethnicity, gender, religion, nationality), real public figures and
political content.

## What is `none` (hard negatives)

Sharp criticism of ideas, arguments, products, films and restaurants (这部剧烂透了, 客服太差);
criticism of a performance or a team (裁判太离谱, 防守像筛子); self-deprecation (我真是个傻子);
friendly banter with clear affection (你这个憨憨,生日快乐❤️); victims describing harassment and
asking for help; quoting an insult in order to report or discuss it; news, advice, platform rules
and anti-bullying messages; fiction, drama and game dialogue framed as such; swearing not aimed at
a person (这破电脑气死我了). Easy negatives are ordinary posts about daily life, food, travel, work,
study and hobbies.

## How it was written

All texts were written by an AI assistant for the Clearpost project on 2026-11-25. Nothing was
copied from any other dataset, website or book. {n_hand} rows are fully hand-written distinct
texts; {n_comp} rows are composed by `_build/{name}.py` from {n_templates} templates of
hand-written fragments (addressee / opening, body, closing, optional tail). Each template yields
the n*n rows of an orthogonal array, so any two rows of the same template share at most one
fragment (no two rows differ in only one slot).

{subtypes}

## Counts

By label:

{by_label}

By kind:

{by_kind}

Target mix was about 45% positive, 40% hard negative, 15% easy negative.

{split_and_files}
## Licence

CC BY 4.0, © the Clearpost contributors.

## Known limitations

- Synthetic: written by one model, so vocabulary and rhythm are narrower than real traffic; real
  harassment is often more context-dependent (inside jokes, earlier threads, images).
- Composed rows repeat fragments within a template; a model can partly learn the fragments. The
  group split keeps them out of the evaluation splits, but train has more of them.
- Hardest boundaries: friendly banter versus insults (憨憨, 笨蛋 with or without affection);
  quoting an insult to report it versus saying it; sharp criticism of a work versus of its
  author; self-deprecation versus mockery of someone else. A character n-gram model sees the same
  insult words on both sides and has to rely on context such as @handles, 你 and affectionate
  markers.
- Traditional-character, pinyin and abbreviation variants are a small share; Cantonese and other
  regional usage is not covered.
- Only one label; the kind of harassment is in `subtype`, not the label.
"""


DATASET = Dataset(
    name="harassment_zh",
    lang="Chinese",
    templates=TEMPLATES,
    readme=README,
    sep="",
    label="harassment",
)

if __name__ == "__main__":
    main(DATASET)
