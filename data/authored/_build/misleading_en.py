"""Build the authored ``misleading_en`` dataset (Clearpost).

Run from the repository root: ``python data/authored/_build/misleading_en.py`` (deterministic).

The English data: the composition TEMPLATES below (filled from hand-written slot phrases), the
README text and, in ``misleading_en_texts/``, the hand-written texts. Every text was written for the
Clearpost project by an AI assistant (2026-11-25); nothing is copied from elsewhere. The builder
is shared with ``misleading_zh.py``: see ``misleading_builder.py`` for the file formats,
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
        "{opener} {subject} {result}. {closer}",
        {
            "opener": [
                "SHOCKING:",
                "Doctors are stunned:",
                "URGENT:",
                "Read this now:",
                "99% of people don't know this:",
                "Warning!!",
                "Just exposed:",
                "Nobody talks about this:",
            ],
            "subject": [
                "People who drink cold water on an empty stomach",
                "People who lie down right after dinner",
                "Families who wrap leftovers in plastic",
                "People who scroll their phone after 10pm",
                "Young people who eat instant noodles for dinner",
                "Adults who drink milk every morning",
                "Families still using plastic cutting boards",
                "People who eat three eggs a day",
            ],
            "result": [
                "are slowly wrecking their bodies",
                "got the worst news at their next checkup",
                "are poisoning themselves without knowing it",
                "have a liver problem they can't feel yet",
                "face consequences 100x worse than you think",
                "made their doctors shake their heads",
            ],
            "closer": [
                "Tell your family NOW!",
                "Read before it's deleted!",
                "You'll regret not reading this!",
                "Save and share!",
                "Share with someone you love 🙏",
                "Before it's too late!",
            ],
        },
        46,
    ),
    Template(
        "story_twist",
        "positive",
        "clickbait",
        "{subject} {event}. {twist}... {closer}",
        {
            "subject": [
                "A farmer's widow",
                "A 30-year-old programmer",
                "A delivery driver",
                "A new college grad",
                "A fish market vendor",
                "A retired teacher",
                "A night security guard",
                "A cab driver",
            ],
            "event": [
                "found an old suitcase next to a dumpster",
                "rescued an injured puppy on the highway",
                "handed all their savings to a stranger",
                "went to the same diner three days in a row",
                "turned down a million-dollar deal in public",
                "gave up a train seat to an old man",
            ],
            "twist": [
                "The next morning, luxury cars lined the street",
                "Nobody expected how it would end",
                "Three years later, the truth came out",
                "What happened next left everyone speechless",
                "A month later, the whole town went quiet",
                "The result is not what you think",
            ],
            "closer": [
                "I cried at the end",
                "That ending though 😭",
                "Watch till the end",
                "You won't regret it",
                "Photo 3 is unreal",
                "Watch before it's deleted",
            ],
        },
        46,
    ),
    Template(
        "listicle",
        "positive",
        "clickbait",
        "{opener} {items} about {topic}, and {hook}. {closer}",
        {
            "opener": ["SAVE THIS!", "Must read!", "Life hack alert:", "So important:", "PSA:"],
            "items": [
                "3 deadly mistakes",
                "5 hidden secrets",
                "7 bad habits",
                "4 truths nobody tells you",
                "6 warning signs",
            ],
            "topic": [
                "hot showers in winter",
                "feeding your kids",
                "how seniors sleep",
                "running the AC",
                "cooking with nonstick pans",
                "charging your phone",
            ],
            "hook": [
                "the first one gave me chills",
                "99% of people get the last one wrong",
                "I broke out in a cold sweat reading it",
                "most people do these their whole lives",
                "any one of them could kill you",
            ],
            "closer": [
                "Send to your family!",
                "You'll regret skipping this!",
                "Read before it's gone!",
                "Bookmark it!",
                "You'll thank me later!",
            ],
        },
        44,
    ),
    Template(
        "health_product",
        "positive",
        "exaggeration",
        "{product}: {usage} and {effect}. {proof}",
        {
            "product": [
                "These herbal foot patches",
                "Our grandmother's blood pressure tea",
                "This black seed capsule",
                "This infrared therapy lamp",
                "Our plant enzyme drink",
                "This marine collagen powder",
                "This magnetic knee brace",
                "Our ancient herbal paste",
            ],
            "usage": [
                "use it once a day",
                "try it for just 7 days",
                "take it morning and night",
                "10 minutes before bed",
                "finish one course",
            ],
            "effect": [
                "your blood pressure drops to normal, no more pills",
                "20 years of stomach problems are gone for good",
                "gout and joint pain never come back",
                "cancer cells starve to death",
                "you can stop your insulin",
                "gray hair turns dark and wrinkles vanish",
            ],
            "proof": [
                "100,000 customers can't be wrong!",
                "Hospitals don't want you to know!",
                "Full refund if it doesn't work!",
                "Customers reorder again and again!",
                "Experts call it a miracle!",
                "Limited stock, order now!",
            ],
        },
        46,
    ),
    Template(
        "weight_loss",
        "positive",
        "exaggeration",
        "{claim} {method} and {speed}! {extra}",
        {
            "claim": [
                "No diet, no gym:",
                "Lose weight lying on the couch:",
                "Eat pizza and still shrink:",
                "The celebrity secret:",
                "New moms swear by it:",
                "Finally, a fix for slow metabolisms:",
            ],
            "method": [
                "take one fat-flush packet a day",
                "drink one slimming coffee before bed",
                "pop two burner capsules before meals",
                "stick on this belly slimming patch",
                "swap one meal a day for our shake",
                "sip this detox tea every night",
            ],
            "speed": [
                "drop 10 lbs in a day",
                "lose 20 lbs in a week",
                "melt 30 lbs in a month",
                "shrink your waist in 3 days",
                "lose the belly in 7 days",
            ],
            "extra": [
                "It never comes back!",
                "Money-back guarantee!",
                "Game changer!!",
                "Ladies, run!",
                "My husband didn't recognize me!",
                "DM me for a discount!",
            ],
        },
        44,
    ),
    Template(
        "finance_promise",
        "positive",
        "exaggeration",
        "{hook}! {product} {gain}, {safety} {cta}",
        {
            "hook": [
                "Don't miss this one",
                "Last chance for regular people to get rich",
                "I didn't believe it either until I saw the screenshots",
                "The secret banks won't tell you",
                "Stay-at-home parents are doing this",
            ],
            "product": [
                "This green energy project",
                "My mentor's gold trading signal",
                "This pre-launch token",
                "This AI trading bot",
                "A private offshore fund",
            ],
            "gain": [
                "doubles your money in a month",
                "pays 300% a year",
                "makes $3,000 a day on autopilot",
                "turns $1k into $5k in ten days",
                "pays $5k a month while you sleep",
            ],
            "safety": [
                "guaranteed profit,",
                "principal fully protected,",
                "zero risk,",
                "losses fully refunded,",
                "100% win rate,",
            ],
            "cta": [
                "only 20 spots left",
                "DM me to join the group",
                "comment WEALTH for the link",
                "sign up at example.com today",
                "offer ends at midnight",
            ],
        },
        44,
    ),
    Template(
        "beauty_miracle",
        "positive",
        "exaggeration",
        "{product}: {period} and {effect}. {social}",
        {
            "product": [
                "This brightening serum",
                "The viral dark-spot cream",
                "This freeze-dried sheet mask",
                "This hyaluronic ampoule",
                "This glow toner set",
                "This collagen drink",
            ],
            "period": ["3 days", "one use", "one week", "7 nights", "the first night"],
            "effect": [
                "my acne scars faded completely",
                "every dark spot vanished",
                "my wrinkles are completely gone",
                "my pores disappeared",
                "I look 20 years younger",
            ],
            "social": [
                "My friends thought I got fillers",
                "Strangers asked if I had surgery",
                "Med spas should be scared",
                "Everyone calls it liquid gold",
                "Doesn't work? Come find me",
            ],
        },
        42,
    ),
    Template(
        "fake_policy",
        "positive",
        "rumour",
        "{prefix} Starting {date}, {policy}. {certainty} {forward}",
        {
            "prefix": [
                "URGENT!",
                "Inside info:",
                "Just confirmed!",
                "Huge news!",
                "Heard this from someone at the county office:",
            ],
            "date": ["tomorrow", "the 1st of next month", "December 1", "next Monday", "January 1"],
            "policy": [
                "any cash withdrawal over $5,000 needs bank approval",
                "e-bikes without plates will be seized",
                "every payment app will charge a 3% fee per transfer",
                "pension payments will only come quarterly",
                "seniors will lose their free bus passes",
                "car owners will pay a $2,000 yearly emissions tax",
            ],
            "certainty": [
                "It's already signed.",
                "The paperwork is done.",
                "People who don't know will pay for it.",
                "Get ready now.",
                "Don't wait until it's too late.",
            ],
            "forward": [
                "Share with your family!",
                "Pass it on!",
                "Post it in your family chat!",
                "Tell everyone you know!",
                "Keep it quiet for now.",
            ],
        },
        46,
    ),
    Template(
        "fake_disaster",
        "positive",
        "rumour",
        "{time}, {place} {event}. {casualty}, {source}{ending}",
        {
            "time": [
                "Just now",
                "Early this morning",
                "Half an hour ago",
                "Late last night",
                "Around 4 this afternoon",
            ],
            "place": [
                "the Riverside chemical plant",
                "Eastlake shopping center",
                "the south side warehouse district",
                "Newtown subway station",
                "the Harbor Tower building",
                "a factory out past the airport",
            ],
            "event": [
                "had a massive explosion",
                "went up in flames",
                "had a terrible accident",
                "was suddenly locked down",
                "partially collapsed",
            ],
            "casualty": [
                "They're saying over a hundred dead",
                "The casualties are horrible",
                "Ambulances have been going nonstop",
                "It's total chaos there",
                "Apparently dozens of people didn't make it",
            ],
            "source": [
                "my friend lives nearby",
                "it's all over the group chats",
                "the videos keep getting deleted",
                "and there's still nothing on the news",
                "my coworker saw it with his own eyes",
            ],
            "ending": [
                ". Stay away from there!",
                ". Tell your family!",
                "!! Terrifying",
                ". Praying for the victims 🙏",
                ". Share!",
            ],
        },
        46,
    ),
    Template(
        "food_combo",
        "positive",
        "rumour",
        "{source} says eating {pair} together {harm}. {anecdote}. {forward}",
        {
            "source": [
                "My cousin who works at the hospital",
                "An old herbalist",
                "The pharmacist downstairs",
                "A medical school professor",
                "My friend who's a nutritionist",
            ],
            "pair": [
                "bananas and sweet potatoes",
                "milk and oranges",
                "eggs and soy milk",
                "potatoes and tomatoes",
                "shrimp and vitamin C tablets",
                "spinach and tofu",
            ],
            "harm": [
                "creates a deadly poison",
                "is basically eating arsenic",
                "forms stones in your stomach",
                "can cause liver failure",
                "turns into toxins in your gut",
            ],
            "anecdote": [
                "Someone ended up in the ICU last week",
                "An old man in their town already died",
                "Several kids had their stomachs pumped",
                "The ER sees this every single day",
                "They've seen people who couldn't be saved",
            ],
            "forward": [
                "Tell your parents!",
                "Share with someone you love!",
                "Never forget this!",
                "Post it in the family chat now!",
                "If you've eaten this, get checked!",
            ],
        },
        46,
    ),
    Template(
        "chain_warning",
        "positive",
        "rumour",
        "{opener} {warning}. {detail}. {demand}",
        {
            "opener": [
                "⚠️ IMPORTANT ⚠️",
                "Dear friends and family:",
                "Family group, listen up!",
                "Just got this from a friend at the police station:",
                "SPREAD THE WORD!",
            ],
            "warning": [
                "People posing as delivery drivers are spraying chemicals at the door",
                "If a stranger calls tonight and you pick up, your card gets drained",
                "Someone is handing out free masks laced with a sedative",
                "People are giving seniors free health-check cards to steal their identity",
                "Flyers soaked in something that knocks you out are being left on windshields",
            ],
            "detail": [
                "Several people have already fallen for it",
                "There are thousands of victims nationwide",
                "Three cases in our city yesterday alone",
                "Even the police say it's impossible to stop",
                "Most people still have no idea",
            ],
            "demand": [
                "Send this to 10 people, every share could save a family 🙏",
                "Forward to your parents and kids right now!",
                "Don't share and you'll regret it!",
                "Share in 3 groups to keep your family safe!",
                "Copy and paste, don't just share!!!",
            ],
        },
        46,
    ),
    Template(
        "celebrity_death",
        "positive",
        "rumour",
        "{lead} {celeb} {event}. {detail}. {tail}",
        {
            "lead": [
                "Just heard:",
                "BREAKING:",
                "Industry insider says",
                "According to someone close to the family,",
                "Unbelievable news:",
            ],
            "celeb": [
                "actress Marla Quentin",
                "singer Devon Ashcroft",
                "TV host Trevor Bellamy",
                "actor Noah Verlaine",
                "YouTuber 'Kayla Bakes'",
                "veteran actor Harlan Voss",
            ],
            "event": [
                "passed away at home this morning",
                "died of a sudden heart attack",
                "was killed in an accident on set",
                "died in the hospital after a short illness",
                "died in a late-night car crash",
            ],
            "detail": [
                "Their team still hasn't said a word",
                "It's already going around in the industry",
                "Someone got photos at the scene",
                "The hashtag keeps getting pulled from trending",
                "Several of their friends have posted tributes",
            ],
            "tail": [
                "RIP 🙏",
                "So sudden",
                "Keep it quiet until it's official",
                "It's not public yet, you didn't hear it from me",
                "Such a loss, they were just getting big",
            ],
        },
        46,
    ),
    # ----------------------------------------------------------- hard negatives
    Template(
        "incident_report",
        "hard_negative",
        "news_report",
        "{source} {incident} {time}. {detail}.",
        {
            "source": [
                "According to the county emergency office,",
                "The fire department said",
                "Police said in a statement that",
                "Officials told the Herald that",
                "City officials confirmed that",
            ],
            "incident": [
                "a warehouse fire broke out in the Riverside district",
                "a delivery truck rolled over on Route 9",
                "a gas leak forced an apartment building on Elm Street to evacuate",
                "several cars collided at the Harbor Road exit",
                "part of a scaffolding at a construction site collapsed",
            ],
            "time": [
                "on Monday afternoon",
                "early Tuesday",
                "this morning",
                "late Wednesday",
                "on Sunday",
            ],
            "detail": [
                "No injuries were reported and the cause is under investigation",
                "Two people had minor injuries and were taken to the hospital",
                "The scene has been cleared and traffic is moving again",
                "The investigation is ongoing and officials will share updates",
                "Nearby residents were safely evacuated and damage is still being assessed",
            ],
        },
        46,
    ),
    Template(
        "debunk_notice",
        "hard_negative",
        "debunk",
        "{lead} {rumour} {verify}. {advice}",
        {
            "lead": [
                "The viral post claiming",
                "A message going around saying",
                "A video in local groups saying",
                "That screenshot claiming",
                "The rumor that",
            ],
            "rumour": [
                '"the city is cutting water for 3 days"',
                '"all cars will be banned downtown next week"',
                '"banks will start taxing savings accounts"',
                '"a van is grabbing kids outside an elementary school"',
                '"a major earthquake will hit next week"',
                '"seniors will lose their free bus passes"',
            ],
            "verify": [
                "is false",
                "has been denied by officials",
                "was made up, according to police",
                "isn't true, and the agency says it never issued any such notice",
                "has been debunked in an official statement",
            ],
            "advice": [
                "Please rely on official sources.",
                "Please don't forward it.",
                "Check before you share.",
                "Call the city's 311 line if you're unsure.",
                "Please let older relatives know.",
            ],
        },
        46,
    ),
    Template(
        "debunk_health",
        "hard_negative",
        "debunk",
        '"{claim}"? {answer} {expert} {tip}',
        {
            "claim": [
                "Eating bananas with yogurt is poisonous",
                "Overnight tea causes cancer",
                "Microwaved food is radioactive",
                "Phones by your pillow cause brain tumors",
                "Eggs will wreck your cholesterol",
                "MSG makes your hair fall out",
            ],
            "answer": [
                "There's no scientific evidence for that.",
                "Short answer: no.",
                "That's a myth that's been around for years.",
                "The truth is more boring.",
                "That claim is greatly exaggerated.",
            ],
            "expert": [
                "Dietitians say",
                "Several experts point out that",
                "A fact-checking explainer notes that",
                "A hospital nutrition director explains that",
                "A science writer who reviewed the research found that",
            ],
            "tip": [
                "normal eating is nothing to worry about and balance matters more.",
                "no study shows a causal link.",
                "there's no need to panic or forward it.",
                "moderation is fine for most people; ask your doctor if you have a condition.",
                "people spreading these claims are often selling something.",
            ],
        },
        46,
    ),
    Template(
        "doctor_advice",
        "hard_negative",
        "health_advice",
        "{who} reminder: {advice}, {hedge}. {closing}",
        {
            "who": [
                "Cardiologist",
                "Family doctor",
                "Endocrinologist",
                "Hospital dietitian",
                "Pharmacist",
            ],
            "advice": [
                "regular sleep and exercise can help with blood pressure",
                "150 minutes of moderate activity a week can help control blood sugar",
                "eating less salt may lower heart disease risk",
                "more whole grains and vegetables may help with constipation",
                "around 7 hours of sleep supports your immune system",
            ],
            "hedge": [
                "but results vary from person to person",
                "but it doesn't replace medication",
                "but it isn't a quick fix",
                "but it takes consistency over months",
                "but no single habit is a cure-all",
            ],
            "closing": [
                "Don't stop your meds on your own.",
                "Ask your doctor if you have questions.",
                "Talk to your care team about a plan.",
                'Be wary of "miracle cures" online.',
                "See a doctor if you feel unwell.",
            ],
        },
        46,
    ),
    Template(
        "product_review",
        "hard_negative",
        "product",
        "{product} {overall}, {caveat}. {tone}",
        {
            "product": [
                "This travel mug",
                "The heated blanket",
                "These wireless earbuds",
                "This air fryer",
                "This backpack",
                "The humidifier",
            ],
            "overall": [
                "has been solid for a month",
                "feels well built",
                "is decent value",
                "does roughly what the listing says",
                "is fine, nothing special",
            ],
            "caveat": [
                "though it's a bit heavy",
                "though it's louder than expected",
                "though the color is off from the photos",
                "though the manual is confusing",
                "though it's a little pricey",
            ],
            "tone": [
                "Just my experience.",
                "Skip it if that bugs you.",
                "4 stars overall.",
                "Would buy again.",
                "Your call.",
            ],
        },
        46,
    ),
    Template(
        "ask_if_true",
        "hard_negative",
        "question",
        "{intro} {claim}. {feeling} {ask}",
        {
            "intro": [
                "Someone posted in the family chat that",
                "Saw a video saying",
                "My mom told me today that",
                "A coworker shared an article saying",
                "People in the neighborhood group are saying",
            ],
            "claim": [
                "vinegar cleans out your arteries",
                "gas stations are shutting down tomorrow",
                "you can catch swine flu from eating pork",
                "washing your hair at night causes strokes",
                "banks are going to tax savings",
                "people are using drugged flyers to grab kids",
            ],
            "feeling": [
                "I'm kind of freaked out.",
                "It gave me chills.",
                "I'm half convinced.",
                "My dad already believes it.",
                "Sounds scary.",
            ],
            "ask": [
                "Is this true?",
                "Can anyone who knows explain?",
                "Please debunk",
                "Any official info?",
                "How do I explain it to my family?",
            ],
        },
        46,
    ),
    Template(
        "property_notice",
        "hard_negative",
        "official_notice",
        "{notice} {time}. {impact}. {request}. — {sign}",
        {
            "notice": [
                "WATER SHUTOFF: Due to pipe repairs, water will be off",
                "POWER OUTAGE: For line maintenance, power will be off",
                "CONSTRUCTION NOTICE: Storm drain work will take place",
                "ELEVATOR NOTICE: For the annual inspection, elevators will be out of service",
                "GAS SAFETY CHECK: Technicians will visit units",
            ],
            "time": [
                "on Nov 28 from 9 a.m. to 3 p.m.",
                "all day Thursday",
                "on the morning of Dec 2",
                "Monday through Wednesday next week",
                "Saturday from 8:30 to noon",
            ],
            "impact": [
                "Some services will be unavailable",
                "This may affect parking and access",
                "Some buildings may be affected",
                "Crews will be on site",
            ],
            "request": [
                "Please plan ahead",
                "Please arrange your schedule accordingly",
                "We apologize for the inconvenience",
                "Questions? Contact the management office",
                "Please let your neighbours know",
            ],
            "sign": [
                "Building Management",
                "Maple Court HOA",
                "Property Office",
                "Cedar Village Management",
                "Resident Services",
            ],
        },
        46,
    ),
    Template(
        "media_literacy",
        "hard_negative",
        "opinion",
        "{complaint} {example} {conclusion}{addon}",
        {
            "complaint": [
                "My feed is nothing but clickbait now.",
                "Honestly I'm done with headlines like these.",
                "My mom shares this stuff every day.",
                "Content farms have gotten ridiculous.",
                "Rant about the algorithm:",
            ],
            "example": [
                '"SHOCKING! 99% of people don\'t know this"?',
                'Everything is "watch before it\'s deleted".',
                'It\'s either "doctors are stunned" or "I\'m speechless".',
                '"This fruit cures cancer", seriously?',
                '"Share or you don\'t love your family", who even writes this?',
            ],
            "conclusion": [
                "You click and there's nothing there",
                "I wish platforms would do something",
                "I just scroll past now",
                "That trick is so old",
                "Real information doesn't talk like that",
            ],
            "addon": [".", ". Thoughts?", " 🙄", ". Anyone else?", ". I'm done."],
        },
        46,
    ),
    Template(
        "measured_progress",
        "hard_negative",
        "personal_experience",
        "{activity} for {duration}: {result}. {caveat}",
        {
            "activity": [
                "Running 3x a week",
                "Cutting back on carbs at dinner",
                "Walking 10k steps a day",
                "Quitting soda",
                "Going to bed earlier",
            ],
            "duration": [
                "3 months",
                "half a year",
                "two months",
                "almost a year",
                "a little over a month",
            ],
            "result": [
                "down 6 pounds",
                "my bloodwork improved a bit",
                "I have more energy",
                "my waist is an inch smaller",
                "my blood pressure is a bit more stable",
            ],
            "caveat": [
                "No shortcut, just slow and steady.",
                "Everyone's different, just sharing my experience.",
                "My doctor says we'll keep watching it.",
                "Not as dramatic as the internet promises, but I'm proud.",
                "Still taking my meds as prescribed.",
            ],
        },
        46,
    ),
    # ----------------------------------------------------------- easy negatives
    Template(
        "day_log",
        "easy_negative",
        "daily_life",
        "{time} {activity}, {feeling}. {plan}",
        {
            "time": [
                "This weekend I",
                "After work I",
                "This morning I",
                "On my day off I",
                "After dinner I",
            ],
            "activity": [
                "had hot pot with friends",
                "took a long walk in the park",
                "binged a new series",
                "took the kids to the library",
                "deep-cleaned the whole apartment",
                "learned to make braised pork",
            ],
            "feeling": [
                "really fun",
                "tiring but worth it",
                "so relaxing",
                "a small win",
                "good vibes",
            ],
            "plan": [
                "Want to do it again next week",
                "Back to work tomorrow",
                "Just logging it",
                "More days like this please",
                "Early night tonight",
            ],
        },
        40,
    ),
    Template(
        "food_note",
        "easy_negative",
        "daily_life",
        "The {dish} at {place} {taste}, {verdict}",
        {
            "dish": [
                "beef noodle soup",
                "grilled eggplant",
                "spicy stir-fry",
                "mango crepe",
                "congee",
                "pork bun",
            ],
            "place": [
                "the new place downstairs",
                "the spot by campus",
                "that place near the office",
                "a hole-in-the-wall downtown",
                "the food court on the 3rd floor",
            ],
            "taste": [
                "was pretty good",
                "came in a huge portion",
                "was a bit salty",
                "was better than expected",
                "was a little pricey",
            ],
            "verdict": [
                "I'd go back",
                "recommend if you're nearby",
                "just okay overall",
                "good for a solo lunch",
                "crowded on weekends though",
            ],
        },
        40,
    ),
    Template(
        "study_work",
        "easy_negative",
        "daily_life",
        "{prefix} {subject} {state}. {thought}",
        {
            "prefix": ["Ugh,", "Haha,", "Update:", "Honestly,", "It's Friday and"],
            "subject": [
                "this week's project",
                "finals prep",
                "my grad school application",
                "the new job",
                "driving practice",
            ],
            "state": [
                "is finally wrapped up",
                "is going slower than I'd like",
                "is harder than I expected",
                "had a small breakthrough today",
                "has one week left",
            ],
            "thought": [
                "Proud of myself",
                "One step at a time",
                "Bubble tea as a reward tonight",
                "Keep going",
                "Anyone want to be accountability buddies?",
            ],
        },
        40,
    ),
    Template(
        "pet_note",
        "easy_negative",
        "daily_life",
        "{who} {did}. {reaction}, {end}",
        {
            "who": [
                "My cat",
                "My dog",
                "The neighbor's corgi",
                "The stray cat downstairs",
                "The rabbit I'm pet-sitting",
            ],
            "did": [
                "shredded a whole roll of paper towels",
                "learned how to open the door",
                "sat by the window watching the rain all day",
                "took a bath without complaining for once",
                "stole half my sandwich",
            ],
            "reaction": [
                "Annoyed and amused at the same time",
                "I just stared",
                "Sent a video to the family chat",
                "What can you do",
                "Such a little drama queen",
            ],
            "end": [
                "lol",
                "highlight of my day",
                "pet owners get it",
                "extra treat tonight",
                "just documenting",
            ],
        },
        40,
    ),
    Template(
        "weather_note",
        "easy_negative",
        "daily_life",
        "{place} {weather}, {activity}. {feeling}",
        {
            "place": [
                "Here in Portland it",
                "Back home it",
                "In the city I'm visiting it",
                "Up in the mountains it",
                "Around here it",
            ],
            "weather": [
                "rained all day",
                "was finally sunny",
                "got cold",
                "was super windy",
                "had the clearest air",
            ],
            "activity": [
                "so I stayed in and read",
                "and I took a ton of photos",
                "and I broke out my winter coat",
                "and all the leaves turned yellow",
                "so we went for a hike",
            ],
            "feeling": [
                "Mood lifted",
                "Winter is really here",
                "Kind of homesick",
                "Perfect nap weather",
                "Soup for dinner tonight",
            ],
        },
        40,
    ),
    Template(
        "new_stuff",
        "easy_negative",
        "daily_life",
        "Just got {item} ({intro}) and {comment}. {end}",
        {
            "item": [
                "a coffee maker",
                "a Lego set",
                "a new bookshelf",
                "hiking boots",
                "a ukulele",
            ],
            "intro": [
                "Black Friday deal",
                "gift from a friend",
                "thrift store find",
                "for my parents",
                "saved up for it",
            ],
            "comment": [
                "it finally arrived",
                "it looks even better in person",
                "unboxing took forever",
                "I love it so far",
                "the color is a bit off from the photos",
            ],
            "end": [
                "Happy",
                "Had to share",
                "Worth it",
                "Should've bought it sooner",
                "Takes up a lot of space though",
            ],
        },
        40,
    ),
]


README = """\
# misleading_en — authored English misleading-content examples

> **Content warning:** this file holds invented rumours, fake disasters and fake celebrity
> deaths (all names invented), miracle health cures, get-rich-quick claims and sensational
> clickbait, written on purpose as training examples. None of the positive texts is true.

## What the category covers

`misleading` (positive) marks social-media posts, headlines, ads and forwarded chain messages
that mislead readers, with three subtypes (column `subtype`):

- `clickbait`: sensational hooks that withhold or overstate the content ("You won't BELIEVE",
  "Doctors HATE this", "99% of people…", "watch before it's deleted", story teasers).
- `exaggeration`: miracle health, beauty and weight-loss claims ("cured my cancer", "lose
  10 lbs in 3 days"), and exaggerated product, education or finance promises ("zero risk",
  "guaranteed 40% a month").
- `rumour`: unverified claims — invented disasters, fake policy announcements ("starting
  Monday…"), health rumours, fake celebrity deaths (invented names), "my cousin at the bank
  says", chain messages ("copy and paste, don't just share"). Not limited to COVID.

`none` covers everything else. Hard negatives share the topic or vocabulary: factual news with
the source named (including surprising but true facts), debunking / fact-check posts, hedged
health advice from clinicians, product descriptions with measured claims and disclaimers,
opinion pieces and media-literacy complaints that quote clickbait in order to criticise it,
jokes and satire clearly marked as such, neutral official notices, questions ("is it true
that…?"), everyday hyperbole and measured personal experience. Easy negatives are ordinary
posts.

Not covered: political opinion is never `misleading` here (no political positives were
written); scams that ask for money are a separate category, although some exaggerated finance
promises overlap with it.

## How the data was written

Written by an AI assistant for the Clearpost project on 2026-11-25; no text was copied from
the web or any dataset (the public clickbait and COVID-rumour sets were not opened). {total}
rows: {hand} fully hand-written texts (one per line in `_build/misleading_en_texts/`) and
{composed} rows composed from {n_templates} hand-written templates with hand-written slot
phrases (in `_build/misleading_en.py`). Within a template any two rows differ in at least two
slots. Regenerate with `python data/authored/_build/misleading_en.py` (deterministic).

## Counts

By label:

{label_table}

By kind:

{kind_table}

By subtype:

{subtype_table}

## Grouping and split

Every row has a `group`: a hand-written text is its own group (`en-h-…`); all rows of one
template share one group (`en-c-<template>`). Whole groups are assigned to splits. Hand-written
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
  on facts outside the text. Positives lean on textual cues (no source, "inside info",
  urgency, forwarding demands, absolute promises); real misinformation written in a sober
  news style will be missed by a model trained on this set.
- Hard negatives name invented local sources (towns, papers, hospitals); real news names real
  outlets and agencies, so a model may key on source names.
- US-flavoured English (dollars, pounds, 911); other varieties are thin.
- Dev and test each hold one composed template per kind, so their positives lean towards
  that template's subtype (see the list above); report metrics per subtype and on the
  hand-written rows (`group` contains `-h-`) as well as overall.
- Split by group, so dev/test templates are unseen, but hand-written texts of a subtype share
  themes (e.g. several food-combination rumours).
"""


DATASET = Dataset(name="misleading_en", prefix="en", templates=TEMPLATES, readme=README)

if __name__ == "__main__":
    main(DATASET)
