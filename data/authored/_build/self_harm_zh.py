"""Build the authored ``self_harm_zh`` dataset for Clearpost.

Run from the repository root::

    python data/authored/_build/self_harm_zh.py

The Chinese data: the composition TEMPLATES (fragments joined with no separator unless a template
sets ``sep``), the README text and, in ``self_harm_zh_texts/``, the hand-written texts. Content
note: the Chinese positives describe suicidal ideation, self-harm, pro-eating-disorder
content and people telling others to kill themselves; no text gives a method, dose, place
or instruction. The builder is shared with ``self_harm_en.py``: see
``self_harm_builder.py`` for the file formats, the composition and the split.
"""

from __future__ import annotations

from self_harm_builder import Dataset, main

# Short endings reused by several templates (exactly 7 each; 5-slot templates use the first 5).
TAILS_SAD = ["", "😞", "🥀", "🖤", "……", "打扰了", " #树洞"]
TAILS_HOSTILE = ["", "💀", "哈哈", " @路人甲demo", "🤡", "拜拜", "垃圾"]
TAILS_ED = ["", "🦋", " #骨感", " #绝食打卡", "💕", " #瘦到见骨", "🦴"]
TAILS_CASUAL = ["", "☕", "🌿", "强烈推荐。", "大家周末过得怎么样?", "😊", " #小确幸"]

TEMPLATES: list[dict] = [
    # ---------------------------------------------------------------- positives
    {
        "id": "t-p01",
        "kind": "positive",
        "subtype": "ideation",
        "slots": [
            [
                "说实话,",
                "不知道该跟谁说,",
                "凌晨三点了,",
                "又失眠了,",
                "憋了好几个月了,",
                "不是博关注,",
                "今天又崩了,",
            ],
            [
                "我真的不想活了。",
                "总觉得我不在了大家会更轻松。",
                "我只想让这一切永远结束。",
                "最近一直在想自杀的事。",
                "活着太累了,看不到一点希望。",
                "我觉得自己撑不到下个月了,也不想撑了。",
                "好想睡一觉就再也不醒。",
            ],
            [
                "什么都没用了。",
                "真的好累。",
                "别跟我说会好起来的。",
                "我一点都不好。",
                "我已经不想挣扎了。",
                "反正也没人会发现。",
                "只是想找个地方说出来。",
            ],
            TAILS_SAD,
        ],
    },
    {
        "id": "t-p02",
        "kind": "positive",
        "subtype": "ideation",
        "slots": [
            [
                "今天被裁了。",
                "又和爸妈大吵了一架。",
                "她带着孩子走了。",
                "考试又挂了。",
                "疼了三年,医院还是查不出原因。",
                "投的简历全被拒了。",
                "生日那天没有一个人记得。",
            ],
            [
                "心里空荡荡的。",
                "一直在哭,停不下来。",
                "觉得自己就是个废物。",
                "对什么都没感觉了。",
                "觉得自己是所有人的负担。",
                "好几个星期没睡过一个好觉了。",
                "感觉自己快淹死了。",
            ],
            [
                "不想再这样活下去了。",
                "一直在想怎么结束自己的生命。",
                "说真的,我只想死。",
                "我不觉得自己还想看到明天。",
                "有一部分的我已经准备好结束一切了。",
                "想永远消失。",
                "死好像是唯一的出路。",
            ],
            [
                "",
                "不知道为什么要发这个。",
                "反正也没人在乎。",
                "好累。",
                "对不起。",
                "😔",
                "就是想说出来。",
            ],
        ],
    },
    {
        "id": "t-p03",
        "kind": "positive",
        "subtype": "farewell_note",
        "slots": [
            [
                "致所有在乎过我的人:",
                "爸、妈,如果你们看到这条:",
                "给这里的朋友们:",
                "给看到这条的人:",
                "兄弟姐妹们:",
                "大家,",
                "致我们的群:",
            ],
            [
                "谢谢你们一直这么努力地拉着我。",
                "对不起,给你们带来了那么多痛苦。",
                "你们是我生命里最好的部分。",
                "我知道你们已经尽力了。",
                "谢谢那些开心的日子。",
                "我爱你们,比我说出口的多得多。",
                "对不起,我不够坚强。",
            ],
            [
                "这就是告别了。",
                "明天我就不在了。",
                "我终于可以休息了。",
                "别找我。",
                "这是我最后一条动态。",
                "今晚我就走了。",
                "我真的待不下去了。",
            ],
            [
                "",
                "不是你们的错。",
                "别难过太久。",
                "帮我照顾好猫。",
                "再见。",
                "原谅我。",
                "爱你们。",
            ],
        ],
    },
    {
        "id": "t-p04",
        "kind": "positive",
        "subtype": "self_harm_disclosure",
        "slots": [
            [
                "今晚又复发了。",
                "又没忍住。",
                "今天很糟。",
                "还是控制不住自己。",
                "断了好久,今天破戒了。",
                "又是很难熬的一天。",
                "现实里不敢跟任何人说,",
            ],
            [
                "等家里人睡了我又伤害了自己。",
                "又划了,比上次还严重。",
                "又烫了自己,想让脑子里的声音停下来。",
                "故意两天没吃东西了。",
                "打自己打到胳膊全是淤青。",
                "晚饭后又去吐了。",
                "抓到出血才停。",
            ],
            [
                "只有这样才有用。",
                "我根本不想停。",
                "说实话我活该。",
                "没人知道,我也不想让人知道。",
                "又麻木又轻松。",
                "明天大概也一样。",
                "很羞耻,但我知道还会再这样。",
            ],
            ["", "🥀", " 树洞", " 别给我发热线", " 唉", " #emo", "……"],
        ],
    },
    {
        "id": "t-p05",
        "kind": "positive",
        "subtype": "encouraging_others",
        "slots": [
            [
                "你真可悲。",
                "没人喜欢你。",
                "丑成这样。",
                "你就是个废物。",
                "大家都烦死你了。",
                "你就是个笑话。",
                "你爸妈肯定以你为耻。",
            ],
            [
                "赶紧去死吧。",
                "去死。",
                "为了世界好,你还是自我了断吧。",
                "建议紫砂。",
                "去见太奶吧,别回来。",
                "你今晚死了也没人在乎。",
                "消失吧,永远的那种。",
            ],
            [
                "认真的。",
                "没人会想你。",
                "大家都会更开心。",
                "别浪费大家时间了。",
                "我们都等着呢。",
                "我说真的。",
                "去啊。",
            ],
            TAILS_HOSTILE,
        ],
    },
    {
        "id": "t-p06",
        "kind": "positive",
        "subtype": "pro_ed",
        "slots": [
            [
                "断食第四天🦋",
                "骨感打卡:",
                "给姐妹们的提醒:",
                "今日骨感图:",
                "称了体重,又掉了!",
                "今天一顿都没吃✨",
                "给互关的姐妹:",
            ],
            [
                "饿的时候就是身体在变弱、你在变强。",
                "空腹的感觉比吃饱好一万倍。",
                "少吃一顿就离完美更近一步。",
                "骨头才是最美的,你值得看到自己的骨头。",
                "今天吃了东西就说明你还不够想瘦。",
                "瘦才是唯一重要的事。",
                "食物是敌人,我们正在赢。",
            ],
            [
                "别屈服。",
                "姐妹们坚持住。",
                "明天也不许偷吃。",
                "我们就快到了。",
                "继续。",
                "别让任何人逼你吃饭。",
                "谁跟我一起饿?",
            ],
            TAILS_ED,
        ],
    },
    {
        "id": "t-p07",
        "kind": "positive",
        "subtype": "encouraging_others",
        "slots": [
            [
                "笑死,这是我见过最惨的帖子。",
                "还在网上发自己的情绪啊。",
                "行行行,博关注的来了。",
                "哭,接着哭。",
                "没人问你。",
                "这种emo帖好尬。",
                "又一条「我好难过」的帖子,厉害。",
            ],
            [
                "这么讨厌活着就去死啊。",
                "天天说想死,那你倒是去啊。",
                "别光威胁了,赶紧去。",
                "真想死的早就死了。",
                "直接紫砂吧,别演了。",
                "去死吧,没人拦你。",
                "帮大家个忙,说到做到。",
            ],
            ["", "没人在乎。", "大家都看腻了。", "取关了。", "🙄", "可悲。", "哈哈哈"],
        ],
    },
    {
        "id": "t-p08",
        "kind": "positive",
        "subtype": "method_request",
        "slots": [
            ["认真问一下,", "别评判我,", "别讲大道理,", "是我自己问的,", "我已经不想努力了,"],
            [
                "有没有什么不痛的离开方式?",
                "有人知道怎么死才不会疼吗?",
                "哪种方式最不会失败?",
                "谁能告诉我到底什么方法有用?",
                "怎么才能让它看起来不像是故意的?",
            ],
            ["私信我。", "请私聊回答。", "别给我发热线。", "今晚就要知道。", "我不会改主意的。"],
        ],
    },
    {
        "id": "t-p09",
        "kind": "positive",
        "subtype": "glorifying",
        "slots": [
            ["说真的,", "冷门观点:", "不装了,", "在我看来,", "暴论:"],
            [
                "自杀是最勇敢的选择。",
                "自己决定结局的人最美。",
                "死在年轻的时候是最有美感的事。",
                "伤疤是女孩子最好看的装饰。",
                "结束生命是自由,不是软弱。",
            ],
            [
                "我也想要。",
                "别让任何人说服你。",
                "别再假装这是悲剧了。",
                "真的好浪漫。",
                "破碎感拉满。",
            ],
            ["", "🥀", "🖤", "✨", " #破碎感"],
        ],
    },
    {
        "id": "t-p10",
        "kind": "positive",
        "subtype": "coded_language",
        "slots": [
            ["说实话", "真的", "最近", "不装了,", "讲真"],
            ["好想紫砂", "想s的念头越来越重", "想去见太奶了", "想把人生这个号删了", "想彻底下线"],
            [
                ",不是玩梗。",
                ",这次是认真的。",
                ",不是社死那种。",
                "。反正也没人发现。",
                "。真的累了。",
            ],
            ["", "🙃", "💀", "🫠", "……"],
        ],
    },
    {
        "id": "t-p11",
        "kind": "positive",
        "subtype": "intent",
        "slots": [
            [
                "我已经决定了。",
                "一切都安排好了。",
                "我不想再挣扎了。",
                "该告别的都告别了。",
                "几个月来我第一次这么平静。",
            ],
            [
                "就今晚。",
                "这个周末我就结束。",
                "周一之前我就不在了。",
                "过了今晚我就不再是任何人的麻烦。",
                "明天我就去做。",
            ],
            ["别拦我。", "只是想让一个人知道。", "对不起大家。", "这样对谁都好。", "别难过。"],
        ],
    },
    {
        "id": "t-p12",
        "kind": "positive",
        "subtype": "pro_ed",
        "slots": [
            [
                "找绝食搭子!",
                "新人减肥监督号🦋",
                "严格骨感群招人。",
                "求骂醒搭子。",
                "找互相监督的姐妹。",
            ],
            [
                "每天早上打卡,谁吃东西就互相骂。",
                "你把吃的发给我,每吃一口我都骂你。",
                "每天晒体重,不许找借口,不许提康复。",
                "一起断食,谁都不许放弃。",
                "我会狠狠骂你,让你吃不下饭。",
            ],
            [
                "私信我。",
                "只要认真的。",
                "康复号勿扰。",
                "评论区报一下目标体重。",
                "一起瘦到见骨。",
            ],
            TAILS_ED[:5],
        ],
    },
    # ----------------------------------------------------------- hard negatives
    {
        "id": "t-h01",
        "kind": "hard_negative",
        "subtype": "support_message",
        "slots": [
            [
                "如果你有轻生的念头,",
                "如果你今晚很难熬,",
                "如果你想伤害自己,",
                "给觉得自己是负担的人:",
                "如果你觉得快撑不住了,",
                "如果你想放弃,",
                "给今晚睡不着的朋友:",
            ],
            [
                "请联系一个你信任的人。",
                "你不必一个人扛。",
                "做任何事之前,先找人聊聊。",
                "你的生命比你现在看到的更重要。",
                "请拨打心理援助热线或当地急救电话。",
                "我的私信一直开着,不评判。",
                "请再坚持一下,让别人帮帮你。",
            ],
            [
                "心理援助热线400-000-1234(示例)24小时免费。",
                "可以在 example.org/chat 和咨询师在线聊。",
                "示例热线800-000-000随时可以打。",
                "援助电话(示例号码400-000-0000)全程保密。",
                "求助入口:example.com/help。",
                "App里的「心理支持」页面可以直接连线。",
                "本地求助资源已经置顶。",
            ],
            ["", "💛", "你很重要。", "🫂", "我们希望你留下。", "注意安全。", " #预防自杀"],
        ],
    },
    {
        "id": "t-h02",
        "kind": "hard_negative",
        "subtype": "recovery_past",
        "slots": [
            [
                "两年前的今天,",
                "高中的时候,",
                "一年前,",
                "十九岁那年,",
                "五年前,",
                "二十出头的时候,",
                "不久以前,",
            ],
            [
                "我确信自己想死。",
                "我几乎每天都在伤害自己。",
                "我在饿自己,还以为那是自律。",
                "我写过遗书。",
                "我想象不到自己能活过二十五岁。",
                "我总用长袖遮住伤疤。",
                "我以为没有我大家会更好。",
            ],
            [
                "心理咨询和一个很好的朋友陪我走了出来。",
                "现在我在康复中,过得挺好。",
                "现在我是一名同伴支持志愿者。",
                "后来我求助了,一切慢慢变好。",
                "现在我有工作、有伴侣,还有一只超可爱的狗。",
                "现在我笑的时候比哭的时候多。",
                "我还在,而且很庆幸我还在。",
            ],
            [
                "",
                "如果你现在也在那里,请坚持住。",
                "💚",
                "康复是可能的。",
                "需要的话请一定求助。",
                " #康复日记",
                "加油。",
            ],
        ],
    },
    {
        "id": "t-h03",
        "kind": "hard_negative",
        "subtype": "news_prevention",
        "slots": [
            [
                "【最新报告】",
                "【本地新闻】",
                "【研究】",
                "【健康资讯】",
                "【今日要闻】",
                "【快讯】",
                "【研究速递】",
            ],
            [
                "学校增设心理老师后,青少年自杀率有所下降,",
                "今年区域心理危机热线来电量上升三成,",
                "2015年以来青少年自伤就诊人数持续上升,",
                "全省24小时心理援助热线即将开通,",
                "疫情期间青少年进食障碍转诊量翻倍,",
                "急诊后的随访电话显著减少了再次自杀尝试,",
                "针对农民的同伴支持项目正在降低自杀风险,",
            ],
            [
                "相关部门周二表示。",
                "北原大学研究团队称。",
                "卫生部门通报。",
                "公益组织「晴港」表示。",
                "一项官方调查显示。",
                "专家接受采访时表示。",
                "本周公布的数据显示。",
            ],
            [
                "",
                "文末附求助信息。",
                "全文见 example.com/news",
                " #心理健康",
                "专家呼吁家长多和孩子沟通。",
                "相关资源列在文章末尾。",
                "🧵",
            ],
        ],
    },
    {
        "id": "t-h04",
        "kind": "hard_negative",
        "subtype": "hyperbole_idiom",
        "slots": [
            ["这场考试", "早八的课", "这个高温天", "小组作业", "这周的工作", "通勤", "这双新鞋"],
            [
                "真的要了我的命",
                "迟早要我的命",
                "在慢慢杀死我",
                "让我想死哈哈",
                "让我心如死灰",
                "直接把我送走了",
                "让我想原地装死",
            ],
            ["😭", "💀", "😂", ",求咖啡续命", ",救命", "哈哈哈哈", "🥲"],
            ["", " #打工人", " 大家今天怎么样", "(开玩笑)", ",但还是得继续", " 🙃", " 溜了"],
        ],
    },
    {
        "id": "t-h05",
        "kind": "hard_negative",
        "subtype": "helping_friend",
        "slots": [
            [
                "我最好的朋友",
                "我对象",
                "班里一个同学",
                "我同事",
                "我家孩子",
                "我室友",
                "群里一个网友",
            ],
            [
                "跟我说不想活了",
                "最近又开始伤害自己",
                "发了一条像遗书一样的动态",
                "总说没有他大家会更好",
                "不怎么吃饭了还说没事",
                "给我发消息说想结束一切",
                "最近在把自己的东西都送人",
            ],
            [
                ",我不知道该说什么。",
                ",我怕说错话让情况更糟。",
                ",不知道要不要告诉他家里人。",
                ",我不知道怎么帮他。",
                ",我真的很担心。",
                ",不知道要不要打电话求助。",
                ",我觉得好无力。",
            ],
            [
                "",
                "该怎么办?",
                "求建议。",
                "怎么支持他比较好?",
                "应该联系谁?",
                "求助。",
                "该说些什么?",
            ],
        ],
    },
    {
        "id": "t-h06",
        "kind": "hard_negative",
        "subtype": "grief",
        "slots": [
            ["一年前的今天,", "三个月前,", "五年前的这一天,", "一周前,", "十年前的今天,"],
            [
                "我们失去了哥哥。",
                "妈妈走了。",
                "我最好的朋友自杀离世。",
                "我们送别了爷爷。",
                "舅舅结束了自己的生命。",
            ],
            [
                "没有一天不想起。",
                "悲伤一阵一阵地来。",
                "有些日子还是很难熬。",
                "我在学着带着它生活。",
                "说出来会好受一点。",
            ],
            ["", "🕊️", "珍惜身边的人。", "如果你也失去了谁,你不是一个人。", "💔"],
        ],
    },
    {
        "id": "t-h07",
        "kind": "hard_negative",
        "subtype": "video_game",
        "slots": [
            [
                "打最终boss又死了",
                "开黑全队团灭了",
                "被自己的手雷炸死了",
                "又掉出地图了",
                "硬核存档的角色没了",
            ],
            [
                ",今晚第20次。",
                ",排位又掉分。",
                ",就差一步到存档点。",
                ",还是在直播的时候,弹幕笑疯了。",
                ",三个小时白打了。",
            ],
            ["这游戏要我命😂", "不玩了,气死。", "复活再来。", "gg吧。", "手柄都差点被我摔坏。"],
        ],
    },
    {
        "id": "t-h08",
        "kind": "hard_negative",
        "subtype": "other_sense",
        "slots": [
            [
                "车展上看到一辆带对开「自杀门」的老爷车。",
                "选前提这个税改方案简直是政治自杀。",
                "那手牌直接梭哈,纯属自杀式打法。",
                "后卫全压上去的自杀式进攻被反击打穿了。",
                "新老板说旺季裸辞等于职业自杀。",
            ],
            ["离谱。", "到现在还在想。", "群里已经吵起来了。", "笑死。", "说得没毛病。"],
            ["", "😂", "哈哈", "🔥", "就这样"],
        ],
    },
    # ----------------------------------------------------------- easy negatives
    {
        "id": "t-e01",
        "kind": "easy_negative",
        "subtype": "everyday",
        "slots": [
            [
                "周六计划:",
                "今日小确幸:",
                "简单汇报一下:",
                "周末总结:",
                "休息日:",
                "生活碎片:",
                "周日大扫除:",
            ],
            [
                "终于把车库收拾干净了,",
                "带狗去了大公园,",
                "从头烤了一个香蕉面包,",
                "修好了厨房那把晃的椅子,",
                "给所有绿植换了盆,",
                "跟外婆打了一个小时电话,",
                "走路去了菜市场没开车,",
            ],
            [
                "现在窝在沙发上喝茶。",
                "孩子们居然一句都没抱怨。",
                "只花了半天。",
                "莫名有成就感。",
                "天气也刚刚好。",
                "还来得及睡个午觉。",
                "感觉自己是个靠谱的大人了。",
            ],
            TAILS_CASUAL,
        ],
    },
    {
        "id": "t-e02",
        "kind": "easy_negative",
        "subtype": "food_travel",
        "slots": [
            [
                "去了五路新开的拉面店。",
                "吃了公园旁边那辆塔可车。",
                "点了大家都在说的那家泰餐。",
                "终于去了市中心那家饺子馆。",
                "在蓝色门的咖啡店吃了早午餐。",
                "去了学校附近新开的汉堡店。",
                "在车站旁边的小店吃了越南粉。",
            ],
            [
                "汤底绝了,",
                "比想象中好吃,",
                "分量超大,",
                "味道很正,",
                "对我来说有点咸,",
                "上菜有点慢但值得,",
                "辣度刚刚好,",
            ],
            [
                "价格也公道。",
                "一定会再去。",
                "就是排队太久了。",
                "打包了一半明天吃。",
                "不过甜品下次就不点了。",
                "店员人很好。",
                "还开到很晚,太危险了。",
            ],
            ["", "🍜", "8分。", "9分,会回购。", " #探店", "求推荐更多!", "😋"],
        ],
    },
    {
        "id": "t-e03",
        "kind": "easy_negative",
        "subtype": "work_school",
        "slots": [
            [
                "图书馆日常:",
                "开学第六周:",
                "工作汇报:",
                "自习总结:",
                "周五打卡:",
                "期中季:",
                "打工人日常:",
            ],
            [
                "提前两天交了实验报告,",
                "终于搞懂了统计作业,",
                "汇报比预想的顺利,",
                "季度报告终于收尾了,",
                "学习小组居然全程没摸鱼,",
                "几个月来第一次清空了收件箱,",
                "导师的反馈是正面的,",
            ],
            [
                "奖励自己一杯奶茶。",
                "今天就到这吧。",
                "终于可以睡个懒觉了。",
                "今晚披萨加电影。",
                "下周也有信心了。",
                "去跑个步庆祝一下。",
                "说实话我自己都惊了。",
            ],
            ["", "📚", "💪", "小小的胜利!", "继续冲。", " #学习打卡", "🎉"],
        ],
    },
    {
        "id": "t-e04",
        "kind": "easy_negative",
        "subtype": "food_travel",
        "slots": [
            ["刚落地大阪", "从山里玩了一周回来", "自驾第二天", "第一次来里斯本", "周末去了乡下"],
            [
                ",风景美到不真实。",
                ",吃得太多了。",
                ",走路走到脚疼。",
                ",天气一直很好。",
                ",已经想再来了。",
            ],
            ["有推荐吗?", "照片稍后发。", "满分旅行。", "不过有点想家里的床。", "✈️"],
        ],
    },
    {
        "id": "t-e05",
        "kind": "easy_negative",
        "subtype": "tech_misc",
        "slots": [
            [
                "给笔记本加了内存",
                "换了新手机",
                "在家搭了个NAS",
                "试了分体键盘",
                "把笔记迁到了新App",
            ],
            [",这个周末弄的", ",拖了好几年终于动手", ",一时兴起", ",照着论坛教程", ",我哥帮的忙"],
            [
                ",目前很顺。",
                ",一点不后悔。",
                ",感觉什么都快了。",
                ",就是上手有点难。",
                ",早该这么做了。",
            ],
        ],
    },
    {
        "id": "t-e06",
        "kind": "easy_negative",
        "subtype": "everyday",
        "slots": [
            ["我家猫", "我们家小狗", "邻居家的鹦鹉", "外婆家的老狗", "新来的小奶猫"],
            [
                "学会了开零食抽屉",
                "叼了只袜子就跑",
                "趴在我键盘上睡着了",
                "对着吸尘器叫了一个小时",
                "跟快递小哥交上了朋友",
            ],
            ["😂", ",我竟然一点都不生气。", ",又来了。", ",今天早上的事。", ",真是个小恶魔。"],
        ],
    },
]


README = """# {name}: authored {lang} self-harm / suicide-risk posts

> **Content warning:** this dataset contains first-person statements of suicidal thoughts and
> intent, goodbye notes, disclosures of self-harm and disordered eating, pro-eating-disorder
> ("thinspiration", 骨感/绝食打卡) slogans, and messages telling other people to kill
> themselves. No text gives a method, dose, place or instruction; phone numbers and links are fake
> placeholders.

Texts are Simplified Chinese, with a few Traditional-character and pinyin / abbreviation variants
mixed in (活著好沒意思, bu xiang huo le, 想s, zs). Binary labels: `{label}` (positive) or `none`. On
Clearpost these posts are never penalised: a positive routes the post to a human who can offer
support resources.

## What counts as `{label}`

- first-person suicidal ideation or intent (活着没意思了, 想结束这一切, 不想活了), including
  internet euphemisms used in earnest (紫砂, 想鼠, 自鲨, 想s, 去见太奶 "这次是真的", 删号/下线 of
  one's life), and posts that set a date or say everything is arranged;
- farewell / goodbye-note style posts (遗书, 最后一条动态, 下辈子见);
- present-tense disclosure of self-harm (划手, 烫伤, 打自己, 饿自己, 催吐);
- asking others for methods, or for ways to hide self-harm or not eating (the request only);
- encouraging someone else to self-harm or kill themselves (你怎么还不去死, 建议紫砂, kys);
- pro-eating-disorder promotion (骨感打卡, 绝食搭子, 求骂醒, 厌食是自律);
- glorifying or romanticising suicide or self-harm (破碎感, 伤疤是艺术), suicide-pact invitations.

## What is `none` (hard negatives)

Support messages and hotline reminders (fake numbers such as 400-000-xxxx), counter-speech
and quoting abuse in order to report it, recovery stories in the past tense, news about
suicide prevention and statistics, medical/psychology text, hyperbole and idioms
(笑死我了, 累死了, 气死我了, 社死, 原地去世, 笑到见太奶, 想死的心都有了, 芭比Q了, 寄了),
video-game deaths (落地成盒), fiction and film summaries, people asking how to help a
friend, grief posts about someone who died, other senses of 死/自杀 (政治自杀, 自杀门,
自杀式打法, 死机, 死党, 死线, 割肉 in stocks), and healthy fitness/diet posts (减脂期,
轻断食 with a doctor). Easy negatives are ordinary posts about daily life, food, work,
hobbies and tech.

## How it was written

All texts were written by an AI assistant for the Clearpost project on 2026-11-25, in the style of
Weibo / Xiaohongshu / Douban / Tieba posts, comments and DMs (slang, emoji, hashtags, formal
news/medical prose). Nothing was copied from any other dataset, website or book. {n_hand} rows
are fully hand-written distinct texts; {n_comp} rows are composed by `_build/{name}.py` from
{n_templates} templates of hand-written fragments (opening, body, closing, optional tail). Each
template yields the n*n rows of an orthogonal array, so any two rows of the same template share at
most one fragment (no two rows differ in only one slot).

{subtypes}

## Counts

By label:

{by_label}

By kind:

{by_kind}

Target mix was about 45% positive, 35% hard negative, 20% easy negative.

{split_and_files}
## Licence

CC BY 4.0, © the Clearpost contributors.

## Known limitations

- Synthetic: written by one model, so vocabulary and rhythm are narrower than real traffic, and
  real at-risk posts are often longer, more ambiguous and less explicit. No openly licensed real
  Chinese self-harm set was available for an outside check.
- Composed rows repeat fragments within a template; a model can partly learn the fragments. The
  group split keeps them out of the evaluation splits, but train has more of them.
- Hardest boundaries: the same euphemism used as a joke or in earnest (笑到见太奶 vs 想去见太奶了,
  这次是真的; 社死 vs 想消失); 想死的心都有了 as everyday hyperbole; past-tense recovery stories
  versus present relapse; people asking how to help a friend versus asking for themselves; grief
  versus glorification; healthy fasting/减脂 versus pro-ED content.
- Traditional-character and pinyin variants are few (a handful of rows); coverage of
  Cantonese or other regional usage is nil.
- Label decisions for borderline cases follow the routing purpose: when in doubt whether a real
  person may be at risk, the text is positive; clear jokes and third-person help-seeking are not.
- Only one label; severity (ideation vs. intent vs. attempt) is in `subtype`, not the label.
"""


DATASET = Dataset(name="self_harm_zh", lang="Chinese", templates=TEMPLATES, readme=README, sep="")

if __name__ == "__main__":
    main(DATASET)
