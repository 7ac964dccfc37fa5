"""Build the authored ``misleading_zh`` dataset (Clearpost).

Run from the repository root: ``python data/authored/_build/misleading_zh.py`` (deterministic).

The Chinese data: the composition TEMPLATES below (filled from hand-written slot phrases), the
README text and, in ``misleading_zh_texts/``, the hand-written texts. Every text was written for the
Clearpost project by an AI assistant (2026-11-25); nothing is copied from elsewhere. The builder
is shared with ``misleading_en.py``: see ``misleading_builder.py`` for the file formats,
the composition and the split.
"""

from __future__ import annotations

from misleading_builder import Dataset, Template, main

TEMPLATES = [
    # ---------------------------------------------------------------- positives
    Template(
        "health_hook",
        "positive",
        "clickbait",
        "{opener}{subject}，{result}！{closer}",
        {
            "opener": [
                "震惊！",
                "太可怕了！",
                "紧急提醒：",
                "速看！",
                "注意了！",
                "99%的人都不知道，",
                "医生都惊呆了！",
                "刚刚曝光！",
            ],
            "subject": [
                "每天早上空腹喝凉水的人",
                "吃完饭马上躺下睡觉的人",
                "喜欢用保鲜膜包剩菜的家庭",
                "晚上十点后还在刷手机的人",
                "经常拿泡面当晚饭的年轻人",
                "每天早上喝豆浆的中老年人",
                "家里还在用塑料砧板的",
                "一天吃三个鸡蛋的人",
            ],
            "result": [
                "身体正在发生可怕的变化",
                "半年后去医院检查全家傻眼了",
                "医生看了报告直摇头",
                "原来一直在慢性中毒",
                "肝脏已经悄悄出问题了",
                "后果比你想象的严重一百倍",
            ],
            "closer": [
                "看完赶紧告诉家人！",
                "删前速看！",
                "不看后悔一辈子！",
                "建议收藏转发！",
                "转给你在乎的人🙏",
                "晚了就来不及了！",
            ],
        },
        46,
    ),
    Template(
        "story_twist",
        "positive",
        "clickbait",
        "{subject}{event}，{twist}……{closer}",
        {
            "subject": [
                "一位农村老太太",
                "30岁的程序员",
                "一个外卖小哥",
                "刚毕业的女大学生",
                "菜市场卖鱼的大叔",
                "退休老教师",
                "小区保安老王",
                "一个出租车司机",
            ],
            "event": [
                "在垃圾桶旁捡到一个旧箱子",
                "在路边救了一只受伤的小狗",
                "把全部积蓄交给了一个陌生人",
                "连续三天去同一家小店",
                "当众拒绝了一个百万订单",
                "在火车上给人让了个座",
            ],
            "twist": [
                "第二天门口停满了豪车",
                "没想到结局让所有人泪目",
                "三年后真相终于曝光",
                "接下来的一幕让人目瞪口呆",
                "一个月后全村人都沉默了",
                "结果谁也没有想到",
            ],
            "closer": [
                "看到最后我哭了",
                "结局太意外了",
                "一定要看到最后",
                "不看后悔",
                "第三张图太震撼",
                "速看，随时删除",
            ],
        },
        46,
    ),
    Template(
        "listicle",
        "positive",
        "clickbait",
        "{opener}关于{topic}的{items}，{hook}，{closer}",
        {
            "opener": ["收藏！", "必看！", "干货！", "太实用了！", "紧急科普！"],
            "topic": ["冬天洗澡", "孩子吃饭", "老人睡觉", "夏天开空调", "厨房做饭", "手机充电"],
            "items": [
                "3个致命误区",
                "5个隐藏秘密",
                "7个坏习惯",
                "4个没人告诉你的真相",
                "6个危险信号",
            ],
            "hook": [
                "第一个就让人后背发凉",
                "最后一个99%的人都中招",
                "看完我冒了一身冷汗",
                "很多人做了一辈子都不知道",
                "个个都可能要命",
            ],
            "closer": [
                "赶紧转给家人！",
                "不看后悔！",
                "速看，晚了就删了！",
                "建议收藏！",
                "看完你就懂了！",
            ],
        },
        44,
    ),
    Template(
        "health_product",
        "positive",
        "exaggeration",
        "{product}{usage}，{effect}，{proof}",
        {
            "product": [
                "这款草本足贴",
                "老中医秘制的降压茶",
                "我们家的黑芝麻丸",
                "这款远红外理疗仪",
                "纯天然植物酵素",
                "深海鱼胶原蛋白肽",
                "这个磁疗护膝",
                "古方养生膏",
            ],
            "usage": [
                "只要每天用一次",
                "连续用七天",
                "早晚各一次",
                "每天睡前十分钟",
                "坚持一个疗程",
            ],
            "effect": [
                "高血压直接降到正常，药都停了",
                "十几年的老胃病彻底断根",
                "关节痛风再也不犯了",
                "癌细胞都能被饿死",
                "糖尿病不用再打胰岛素",
                "白头发变黑，脸上皱纹全消失",
            ],
            "proof": [
                "已经有十万人亲测有效！",
                "医院都不敢告诉你！",
                "无效全额退款！",
                "老客户都回购几十次了！",
                "专家都说是奇迹！",
                "名额有限，速抢！",
            ],
        },
        46,
    ),
    Template(
        "weight_loss",
        "positive",
        "exaggeration",
        "{claim}{method}，{speed}！{extra}",
        {
            "claim": [
                "不节食不运动，",
                "躺着也能瘦，",
                "吃火锅喝奶茶照样瘦，",
                "明星同款秘方，",
                "产后妈妈都在用，",
                "易胖体质的救星，",
            ],
            "method": [
                "每天一包排油素",
                "睡前一杯减肥咖啡",
                "饭前两粒燃脂丸",
                "贴上这个瘦身肚脐贴",
                "喝一周代餐奶昔",
                "泡一杯清脂花茶",
            ],
            "speed": [
                "一天瘦十斤",
                "七天瘦二十斤",
                "一个月掉三十斤",
                "三天腰围小一圈",
                "一周甩掉大肚腩",
            ],
            "extra": [
                "永不反弹",
                "无效退款",
                "胖子的福音来了",
                "姐妹们冲啊",
                "老公都认不出我了",
                "私信我领优惠",
            ],
        },
        44,
    ),
    Template(
        "finance_promise",
        "positive",
        "exaggeration",
        "{hook}！{product}{gain}，{safety}{cta}",
        {
            "hook": [
                "错过今天再等十年",
                "普通人翻身的最后机会",
                "我也不信，直到看到收益截图",
                "银行不会告诉你的秘密",
                "宝妈在家也能做",
            ],
            "product": [
                "这个新能源项目",
                "老师带单的黄金期货",
                "内部认购的数字币",
                "这款智能量化机器人",
                "一只海外私募基金",
            ],
            "gain": [
                "一个月收益翻倍",
                "年化收益300%",
                "每天稳赚三千",
                "本金十天翻五倍",
                "躺着月入五万",
            ],
            "safety": [
                "稳赚不赔，",
                "保本保息，",
                "零风险，",
                "亏了全赔，",
                "百分百盈利，",
            ],
            "cta": [
                "名额只剩最后20个",
                "加微信 wxid_demo123 进群",
                "私信“发财”领攻略",
                "点击 example.com 立即上车",
                "今晚12点截止",
            ],
        },
        44,
    ),
    Template(
        "beauty_miracle",
        "positive",
        "exaggeration",
        "{product}{period}，{effect}，{social}",
        {
            "product": [
                "这款美白精华",
                "网红同款祛斑霜",
                "这片冻干面膜",
                "这支玻尿酸原液",
                "这套焕颜水乳",
                "这瓶胶原蛋白饮",
            ],
            "period": [
                "用三天",
                "只用一次",
                "坚持一周",
                "只要七天",
                "第一晚",
            ],
            "effect": [
                "黑皮秒变冷白皮",
                "斑点全部消失",
                "皱纹直接抚平",
                "毛孔全部隐形",
                "整个人年轻二十岁",
            ],
            "social": [
                "闺蜜都以为我去医美了",
                "素颜出门被问是不是整容了",
                "美容院都要倒闭了",
                "用过的都说是神仙水",
                "不好用你来找我",
            ],
        },
        42,
    ),
    Template(
        "fake_policy",
        "positive",
        "rumour",
        "{prefix}{date}起，{policy}，{certainty}{forward}",
        {
            "prefix": [
                "紧急通知！",
                "内部消息：",
                "刚刚确认！",
                "重磅！",
                "朋友在单位听说，",
            ],
            "date": ["明天", "下个月1号", "12月1日", "下周一", "元旦"],
            "policy": [
                "所有银行取现超过5000元都要提前审批",
                "没有牌照的电动车一律没收",
                "微信转账每笔都要收手续费",
                "养老金改为按季度发放",
                "老人坐公交不再免费",
                "私家车每年要交2000元环保税",
            ],
            "certainty": [
                "已经确定了",
                "文件已经下来了",
                "不知道的要吃大亏",
                "赶紧提前做准备",
                "晚了就来不及了",
            ],
            "forward": [
                "，快转给家人！",
                "，看到的转发一下！",
                "，转到家族群里！",
                "，告诉身边的人！",
                "，先别外传。",
            ],
        },
        46,
    ),
    Template(
        "fake_disaster",
        "positive",
        "rumour",
        "{time}，{place}{event}，{casualty}，{source}{ending}",
        {
            "time": ["刚刚", "今天凌晨", "半小时前", "昨天深夜", "今天下午四点左右"],
            "place": [
                "青禾化工园区",
                "东湖购物中心",
                "城南物流仓库",
                "新城地铁站",
                "临江大厦",
                "北郊一家工厂",
            ],
            "event": [
                "发生特大爆炸",
                "突发大火",
                "发生严重事故",
                "出大事了",
                "被紧急封锁",
            ],
            "casualty": [
                "听说死了上百人",
                "伤亡非常惨重",
                "已经拉走好几车人",
                "现场一片狼藉",
                "据说已经有几十人遇难",
            ],
            "source": [
                "我朋友就在附近",
                "群里都传疯了",
                "视频马上就被删了",
                "到现在都没有任何通报",
                "我同事亲眼看到的",
            ],
            "ending": [
                "，大家千万别往那边去！",
                "，赶紧告诉家人！",
                "，太吓人了！！",
                "，为遇难者祈祷🙏",
                "，速转！",
            ],
        },
        46,
    ),
    Template(
        "food_combo",
        "positive",
        "rumour",
        "{source}说，{pair}一起吃{harm}，{anecdote}，{forward}",
        {
            "source": [
                "在医院工作的表姐",
                "一位老中医",
                "楼下药店的老板",
                "医学院的一个教授",
                "做营养师的朋友",
            ],
            "pair": [
                "香蕉和红薯",
                "牛奶和橘子",
                "鸡蛋和豆浆",
                "土豆和西红柿",
                "虾和维生素C片",
                "菠菜和豆腐",
            ],
            "harm": [
                "会产生剧毒",
                "等于吃砒霜",
                "会在胃里结石",
                "会导致肝衰竭",
                "会在肚子里变成毒素",
            ],
            "anecdote": [
                "上周就有人吃完进了ICU",
                "隔壁村一个老人已经没了",
                "好几个孩子都进医院洗胃了",
                "医院天天都有这样的病人",
                "人家亲眼见过抢救不过来的",
            ],
            "forward": [
                "一定要告诉家里老人！",
                "转给你在乎的人！",
                "千万记住！",
                "赶紧转发到家族群！",
                "吃过的赶紧去医院查查！",
            ],
        },
        46,
    ),
    Template(
        "chain_warning",
        "positive",
        "rumour",
        "{opener}{warning}，{detail}。{demand}",
        {
            "opener": [
                "【重要提醒】",
                "各位亲朋好友：",
                "家族群的亲人们注意！",
                "刚收到派出所朋友的消息，",
                "紧急扩散！",
            ],
            "warning": [
                "最近有人冒充快递员上门喷迷药",
                "今晚会有陌生号码打来，一接通银行卡就被盗刷",
                "有人在路边发免费口罩，口罩上涂了迷药",
                "有人专门给老人送免费体检卡，其实是在偷身份信息",
                "有人在车窗上夹传单，拿传单的时候就会被迷晕",
            ],
            "detail": [
                "已经有好几个人中招了",
                "全国已经有上千人受害",
                "本市昨天就发生了三起",
                "警察都说防不胜防",
                "很多人到现在都不知道",
            ],
            "demand": [
                "看到的请转发给10个人，多转一个群就多救一个家庭🙏",
                "请马上转给家里的老人和孩子！",
                "不转的话出了事别后悔！",
                "转发到三个群，保佑全家平安！",
                "请大家互相转告！！！",
            ],
        },
        46,
    ),
    Template(
        "celebrity_death",
        "positive",
        "rumour",
        "{lead}{celeb}{event}，{detail}。{tail}",
        {
            "lead": [
                "刚刚得到消息，",
                "突发！",
                "圈内人爆料：",
                "据知情人士透露，",
                "惊天消息！",
            ],
            "celeb": [
                "演员林晓彤",
                "歌手沈星河",
                "主持人顾北辰",
                "影帝周子墨",
                "网红博主“小鹿酱”",
                "老戏骨韩成斌",
            ],
            "event": [
                "今晨在家中去世",
                "突发心梗抢救无效离世",
                "在片场发生意外不幸离世",
                "因病在医院去世",
                "深夜遭遇车祸身亡",
            ],
            "detail": [
                "经纪公司至今没有回应",
                "消息已经在圈内传开了",
                "现场照片已经被人拍到了",
                "相关词条一上热搜就被撤了",
                "圈内好几个朋友都发了悼念",
            ],
            "tail": [
                "一路走好🙏",
                "真是太突然了",
                "先别外传，等官宣吧",
                "消息还没公开，知道就好",
                "太可惜了，才刚火起来",
            ],
        },
        46,
    ),
    # ----------------------------------------------------------- hard negatives
    Template(
        "incident_report",
        "hard_negative",
        "news_report",
        "{source}：{time}，{incident}，{detail}。",
        {
            "source": [
                "据市应急管理局通报",
                "据区消防救援大队消息",
                "据当地警方通报",
                "本报记者从市应急局获悉",
                "据区政府新闻办消息",
            ],
            "time": ["11月24日下午", "昨日凌晨", "今日上午", "23日晚间", "本周一"],
            "incident": [
                "滨江区一处仓库发生火灾",
                "城北一辆货车侧翻",
                "东湖路一栋居民楼发生燃气泄漏",
                "青禾高速出口发生多车追尾",
                "一处在建工地发生局部坍塌",
            ],
            "detail": [
                "无人员伤亡，事故原因正在调查中",
                "造成2人轻伤，已送医治疗",
                "现场已处置完毕，交通逐步恢复",
                "相关部门已介入调查，后续情况将及时通报",
                "周边居民已安全疏散，具体损失正在统计",
            ],
        },
        46,
    ),
    Template(
        "debunk_notice",
        "hard_negative",
        "debunk",
        "{lead}{rumour}，{verify}，{advice}",
        {
            "lead": [
                "网传",
                "近日有消息称",
                "有网友在群里转发",
                "近期一条短视频声称",
                "最近朋友圈流传",
            ],
            "rumour": [
                "“明天起全市停水三天”",
                "“本市将实行单双号都不能出行的限行”",
                "“银行要征收存款税”",
                "“某小学门口有人抢孩子”",
                "“本市下周将有7级地震”",
                "“老人乘公交不再免费”",
            ],
            "verify": [
                "经核实系谣言",
                "相关部门已辟谣，称该消息不实",
                "经警方调查为个人编造",
                "记者向有关部门求证，对方表示从未发布此类通知",
                "官方已发布声明予以否认",
            ],
            "advice": [
                "请广大市民以官方发布为准，不信谣、不传谣。",
                "请勿转发，编造传播谣言将被依法追究责任。",
                "大家看到类似消息请先核实再转发。",
                "如有疑问可拨打12345热线咨询。",
                "家里有老人的请多提醒一下。",
            ],
        },
        46,
    ),
    Template(
        "debunk_health",
        "hard_negative",
        "debunk",
        "“{claim}”？{answer}{expert}{tip}",
        {
            "claim": [
                "香蕉和酸奶一起吃会中毒",
                "隔夜茶会致癌",
                "微波炉加热的食物有辐射",
                "手机放枕边会得脑瘤",
                "吃鸡蛋会让胆固醇爆表",
                "吃味精会导致脱发",
            ],
            "answer": [
                "没有科学依据。",
                "答案是：不会。",
                "这是流传多年的谣言。",
                "真相并非如此。",
                "这个说法被严重夸大了。",
            ],
            "expert": [
                "营养科医生表示，",
                "多位专家指出，",
                "辟谣平台的科普文章介绍，",
                "医院临床营养科主任解释，",
                "科普作者查阅文献后发现，",
            ],
            "tip": [
                "正常饮食不必担心，均衡搭配更重要。",
                "目前没有研究证实两者存在因果关系。",
                "大家不要被吓到，也不要盲目转发。",
                "普通人适量即可，有基础病的人请咨询医生。",
                "传这类说法的往往是为了卖产品。",
            ],
        },
        46,
    ),
    Template(
        "doctor_advice",
        "hard_negative",
        "health_advice",
        "{who}提醒：{advice}，{hedge}，{closing}",
        {
            "who": ["心内科医生", "社区全科医生", "内分泌科主任", "医院营养科", "药剂师"],
            "advice": [
                "规律作息、适度运动对控制血压有帮助",
                "每周150分钟中等强度运动有助于控制血糖",
                "少盐少油的饮食有助于降低心血管风险",
                "多吃全谷物和蔬菜可能帮助改善便秘",
                "保证7小时左右的睡眠对免疫力有好处",
            ],
            "hedge": [
                "但效果因人而异",
                "但不能代替药物治疗",
                "但并不是“一做就好”",
                "但需要长期坚持才能看到变化",
                "但任何单一方法都不是万能的",
            ],
            "closing": [
                "正在服药的患者请勿自行停药。",
                "有疑问请及时就医。",
                "具体方案请咨询医生。",
                "不要轻信网上的“神药”。",
                "身体不适请到正规医院检查。",
            ],
        },
        46,
    ),
    Template(
        "product_review",
        "hard_negative",
        "product",
        "{product}{overall}，{caveat}。{tone}",
        {
            "product": [
                "这款保温杯",
                "这个电热毯",
                "这款蓝牙耳机",
                "这台空气炸锅",
                "这个双肩包",
                "这款加湿器",
            ],
            "overall": [
                "用了一个月整体不错",
                "做工挺扎实",
                "性价比还可以",
                "实测和宣传基本一致",
                "中规中矩没啥大毛病",
            ],
            "caveat": [
                "就是有点重",
                "噪音比预期大一点",
                "颜色和图片有点色差",
                "说明书写得不太清楚",
                "价格稍微贵了一点",
            ],
            "tone": [
                "个人感受，仅供参考",
                "介意的慎拍",
                "整体给四星",
                "还会回购",
                "需要的自己斟酌",
            ],
        },
        46,
    ),
    Template(
        "ask_if_true",
        "hard_negative",
        "question",
        "{intro}{claim}，{feeling}{ask}",
        {
            "intro": [
                "家族群里有人发，",
                "刷到一个视频说",
                "我妈今天跟我说",
                "同事转发了一篇文章，说",
                "小区群里在传",
            ],
            "claim": [
                "喝醋能软化血管",
                "明天起加油站要停止供应",
                "吃猪肉会被传染猪瘟",
                "晚上洗头会中风",
                "银行要收存款税",
                "有人用迷药抢孩子",
            ],
            "feeling": [
                "我有点慌，",
                "看得心里发毛，",
                "我半信半疑，",
                "我爸已经信了，",
                "听着挺吓人，",
            ],
            "ask": [
                "这是真的吗？",
                "有懂行的说说吗？",
                "求辟谣",
                "有没有官方消息啊？",
                "我该怎么跟家里人解释？",
            ],
        },
        46,
    ),
    Template(
        "property_notice",
        "hard_negative",
        "official_notice",
        "{notice}，{time}{impact}，{request}。——{sign}",
        {
            "notice": [
                "【停水通知】因供水管网维修",
                "【停电通知】因线路检修",
                "【施工公告】因雨水管道改造",
                "【电梯停运通知】因电梯年度检测",
                "【燃气安检通知】因冬季燃气安全检查",
            ],
            "time": [
                "11月28日9:00至15:00",
                "本周四全天",
                "12月2日上午",
                "下周一至周三",
                "本周六8:30至12:00",
            ],
            "impact": [
                "相关服务将暂停",
                "可能对您的出行和生活造成影响",
                "部分楼栋会受到影响",
                "工作人员将进入小区作业",
            ],
            "request": [
                "请各位业主提前做好准备",
                "请居民合理安排时间",
                "给您带来不便敬请谅解",
                "如有疑问请联系物业服务中心",
                "请大家相互转告",
            ],
            "sign": ["物业服务中心", "社区居委会", "幸福里小区物业", "锦园社区", "物业客服部"],
        },
        46,
    ),
    Template(
        "media_literacy",
        "hard_negative",
        "opinion",
        "{complaint}，{example}，{conclusion}{addon}",
        {
            "complaint": [
                "现在刷手机全是标题党",
                "说真的我受够了这种标题",
                "我妈每天都在转这种文章",
                "自媒体这两年越来越离谱了",
                "吐槽一下推荐算法",
            ],
            "example": [
                "什么“震惊！99%的人不知道”",
                "动不动就“速看，马上删”",
                "不是“医生都惊呆了”就是“看完沉默了”",
                "什么“吃了这个癌症全好”",
                "“不转不是中国人”这种话也敢写",
            ],
            "conclusion": [
                "点进去全是废话",
                "真希望平台管一管",
                "我现在看到就直接划走",
                "骗点击的套路太老了",
                "真有用的知识才不会这么写",
            ],
            "addon": ["。", "，大家怎么看？", "😤", "，有同感的吗", "，服了"],
        },
        46,
    ),
    Template(
        "measured_progress",
        "hard_negative",
        "personal_experience",
        "{activity}{duration}，{result}，{caveat}",
        {
            "activity": [
                "坚持跑步",
                "晚饭少吃主食",
                "每天走一万步",
                "戒了奶茶",
                "开始早睡早起",
            ],
            "duration": ["三个月", "半年", "两个月", "快一年了", "一个多月"],
            "result": [
                "瘦了六斤",
                "体检指标好了一点",
                "精神状态比以前好",
                "腰围小了两厘米",
                "血压稳定了一些",
            ],
            "caveat": [
                "没有什么捷径，就是慢慢来",
                "每个人情况不一样，仅供参考",
                "不过医生说还要继续观察",
                "没网上说的那么神，但挺有成就感",
                "药还是按时吃，没敢停",
            ],
        },
        46,
    ),
    # ----------------------------------------------------------- easy negatives
    Template(
        "day_log",
        "easy_negative",
        "daily_life",
        "{time}{activity}，{feeling}，{plan}",
        {
            "time": ["今天周末，", "下班后", "早上", "难得休假，", "晚饭后"],
            "activity": [
                "和朋友去吃了火锅",
                "去公园散了会步",
                "在家追了一部剧",
                "带孩子去了图书馆",
                "把家里大扫除了一遍",
                "学做了红烧肉",
            ],
            "feeling": ["挺开心的", "累但值得", "感觉很放松", "小确幸", "心情不错"],
            "plan": [
                "下周还想再来一次",
                "明天又要上班了",
                "记录一下",
                "希望天天都这样",
                "晚上早点睡",
            ],
        },
        40,
    ),
    Template(
        "food_note",
        "easy_negative",
        "daily_life",
        "{place}{dish}{taste}，{verdict}",
        {
            "place": ["楼下新开的", "学校门口", "公司附近", "老城区", "商场三楼"],
            "dish": [
                "面馆的牛肉面",
                "烧烤店的烤茄子",
                "小炒店的辣椒炒肉",
                "甜品店的芒果班戟",
                "粥铺的皮蛋瘦肉粥",
                "包子铺的鲜肉包",
            ],
            "taste": ["味道还可以", "分量挺足", "有点偏咸", "比想象中好吃", "稍微贵了点"],
            "verdict": [
                "下次还会去",
                "推荐给附近的朋友",
                "一般般吧",
                "适合一个人吃",
                "周末人有点多",
            ],
        },
        40,
    ),
    Template(
        "study_work",
        "easy_negative",
        "daily_life",
        "{prefix}{subject}{state}，{thought}",
        {
            "prefix": ["唉，", "哈哈，", "记录：", "说真的，", "周五了，"],
            "subject": ["这周的项目", "期末复习", "考研背书", "新工作", "驾照科目二"],
            "state": [
                "终于告一段落了",
                "进度有点慢",
                "比想象中难",
                "今天算是有点突破",
                "还剩最后一周",
            ],
            "thought": [
                "给自己点个赞",
                "慢慢来吧",
                "晚上奖励自己一杯奶茶",
                "坚持就是胜利",
                "有没有人一起打卡",
            ],
        },
        40,
    ),
    Template(
        "pet_note",
        "easy_negative",
        "daily_life",
        "{who}{did}，{reaction}，{end}",
        {
            "who": ["我家猫", "我家狗", "邻居家的柯基", "楼下的流浪猫", "朋友寄养的兔子"],
            "did": [
                "今天把纸巾撕了一地",
                "学会了自己开门",
                "一直蹲在窗台看雨",
                "第一次洗澡居然没闹",
                "偷吃了我半块面包",
            ],
            "reaction": [
                "又好气又好笑",
                "我都看呆了",
                "拍下来发给家人看",
                "真拿它没办法",
                "简直是个小戏精",
            ],
            "end": ["哈哈哈", "今天的快乐来源", "有养宠的朋友懂吗", "晚上给它加个餐", "记录一下"],
        },
        40,
    ),
    Template(
        "weather_note",
        "easy_negative",
        "daily_life",
        "{place}{weather}，{activity}，{feeling}",
        {
            "place": ["今天杭州", "我们这边", "老家", "出差的城市", "山上"],
            "weather": ["下了一整天雨", "终于出太阳了", "降温了", "风特别大", "空气特别好"],
            "activity": [
                "在酒店窝着看书",
                "出门拍了很多照片",
                "穿上了羽绒服",
                "路上的叶子都黄了",
                "约朋友去爬山",
            ],
            "feeling": [
                "心情也跟着好了",
                "冬天真的来了",
                "有点想家",
                "这种天气最适合睡觉",
                "晚上准备吃点热乎的",
            ],
        },
        40,
    ),
    Template(
        "new_stuff",
        "easy_negative",
        "daily_life",
        "{intro}{item}{comment}，{end}",
        {
            "intro": ["双十一买的", "朋友送的", "二手市场淘的", "给爸妈买的", "自己攒钱买的"],
            "item": ["一台咖啡机", "一套乐高", "一个新书架", "一双登山鞋", "一把尤克里里"],
            "comment": [
                "今天终于到了",
                "比想象中好看",
                "拆箱花了好半天",
                "用了几天挺满意",
                "颜色和图片有点不一样",
            ],
            "end": ["开心", "晒一下", "感觉值了", "后悔没早点买", "就是有点占地方"],
        },
        40,
    ),
]


README = """\
# misleading_zh — authored Chinese misleading-content examples

> **Content warning:** this file holds invented rumours, fake disasters and fake celebrity
> deaths (all names invented), miracle health cures, get-rich-quick claims and sensational
> clickbait, written on purpose as training examples. None of the positive texts is true.

## What the category covers

`misleading` (positive) marks self-media titles, opening paragraphs, posts and forwarded chat
messages that mislead readers, with three subtypes (column `subtype`):

- `clickbait` (标题党): sensational hooks that withhold or overstate the content — “震惊！”,
  “不看后悔”, “99%的人不知道”, “速看，马上删”, story teasers with a hidden twist.
- `exaggeration` (夸大宣传): miracle health, beauty and weight-loss claims (“吃了这个癌症全好”,
  “一天瘦十斤”), and exaggerated product, education or finance promises (“稳赚不赔”).
- `rumour` (未经证实的谣言): invented disasters, fake policy announcements (“明天起全国…”),
  health rumours, fake celebrity deaths (invented names), “内部消息”, chain messages
  (“转发给家人”).

`none` covers everything else. Hard negatives share the topic or vocabulary: factual news with
the source named (including surprising but true facts), debunking posts (“网传…系谣言”),
hedged health advice from doctors, product descriptions with measured claims, opinion pieces
and media-literacy complaints that quote clickbait in order to criticise it, jokes clearly
marked as jokes, neutral official notices, questions (“这是真的吗？”), everyday hyperbole and
measured personal experience. Easy negatives are ordinary posts.

Not covered: political opinion is never `misleading` here (no political positives were
written); scams that ask for money are a separate category, although some exaggerated finance
promises overlap with it.

## How the data was written

Written by an AI assistant for the Clearpost project on 2026-11-25; no text was copied from
the web or any dataset. {total} rows: {hand} fully hand-written texts (one per line in
`_build/misleading_zh_texts/`) and {composed} rows composed from {n_templates} hand-written
templates with hand-written slot phrases (in `_build/misleading_zh.py`). Within a template any
two rows differ in at least two slots. Regenerate with
`python data/authored/_build/misleading_zh.py` (deterministic).

## Counts

By label:

{label_table}

By kind:

{kind_table}

By subtype:

{subtype_table}

## Grouping and split

Every row has a `group`: a hand-written text is its own group (`zh-h-…`); all rows of one
template share one group (`zh-c-<template>`). Whole groups are assigned to splits. Hand-written
groups are stratified by (label, kind, subtype): shuffled with `random.Random({seed})`, each
goes to the split furthest below its 80/10/10 share of rows. Composed groups are stratified by
(label, kind): after shuffling, about 10% of the templates (at least one) go to test, as many
to dev, the rest to train, so dev and test contain templates never seen in training (this
makes dev/test slightly larger than 10% for the negatives). Exact duplicates (lower-cased,
whitespace collapsed) are rejected. Composed templates held out:

{held_out}

## Files

- `data.csv`: `text,label,split`.
- `data_with_metadata.csv`: the same rows plus `group,kind,subtype`.

## Licence

CC BY 4.0, © the Clearpost contributors.

## Known limitations

- Synthetic: written by one author (an AI assistant), so style is less varied than real
  platform traffic; composed rows are formulaic; the trainer should not over-read scores on
  the composed groups.
- Labels follow the text only: the same sentence can be a rumour or a true report depending
  on facts outside the text. Positives lean on textual cues (no source, “内部消息”, urgency,
  forwarding demands, absolute promises); real misinformation written in a sober news style
  will be missed by a model trained on this set.
- Hard negatives name invented local sources (城市, 医院, 物业); real news names real
  agencies, so a model may key on source names.
- Dev and test each hold one composed template per kind, so their positives lean towards
  that template's subtype (see the list above); report metrics per subtype and on the
  hand-written rows (`group` contains `-h-`) as well as overall.
- Split by group, so dev/test templates are unseen, but hand-written texts of a subtype share
  themes (e.g. several food-combination rumours).
"""


DATASET = Dataset(name="misleading_zh", prefix="zh", templates=TEMPLATES, readme=README)

if __name__ == "__main__":
    main(DATASET)
