"""Build the authored ``self_harm_en`` dataset for Clearpost.

Run from the repository root::

    python data/authored/_build/self_harm_en.py

The English data: the composition TEMPLATES (fragments joined with a space unless a template
sets ``sep``), the README text and, in ``self_harm_en_texts/``, the hand-written texts. Content
note: the English positives describe suicidal ideation, self-harm, pro-eating-disorder
content and people telling others to kill themselves; no text gives a method, dose, place
or instruction. The builder is shared with ``self_harm_zh.py``: see
``self_harm_builder.py`` for the file formats, the composition and the split.
"""

from __future__ import annotations

from self_harm_builder import Dataset, main

# Short endings reused by several templates (exactly 7 each; 5-slot templates use the first 5).
TAILS_SAD = ["", " 😞", " 🥀", " 🖤", " idk.", " sorry for posting this.", " #vent"]
TAILS_HOSTILE = ["", " 💀", " lol", " @throwaway_demo", " 🤡", " bye", " loser"]
TAILS_ED = ["", " 🦋", " #thinspo", " #edtwt", " 💕", " #proana", " 🦴"]
TAILS_CASUAL = [
    "",
    " ☕",
    " 🌿",
    " Highly recommend.",
    " How's everyone doing?",
    " 😊",
    " #smallwins",
]

TEMPLATES: list[dict] = [
    # ---------------------------------------------------------------- positives
    {
        "id": "t-p01",
        "kind": "positive",
        "subtype": "ideation",
        "slots": [
            [
                "honestly",
                "idk how to say this but",
                "not looking for attention,",
                "it's 3am and",
                "lying awake again and",
                "been holding this in for months but",
                "don't know who else to tell,",
            ],
            [
                "i don't want to be alive anymore.",
                "i keep thinking everyone would be better off without me.",
                "i just want it all to end for good.",
                "i've been thinking about killing myself a lot.",
                "i'm so tired of living and i can't see a way forward.",
                "i really don't think i want to make it to next month.",
                "i wish i could go to sleep and never wake up.",
            ],
            [
                "nothing helps anymore.",
                "i'm just so tired.",
                "please don't tell me it gets better.",
                "i'm not okay.",
                "i've stopped fighting it.",
                "no one would even notice.",
                "i just needed to say it somewhere.",
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
                "Lost my job today.",
                "Another fight with my parents tonight.",
                "She left and took the kids.",
                "Failed my exams again.",
                "Three years of chronic pain and still no diagnosis.",
                "Got rejected from every program I applied to.",
                "Everyone forgot my birthday.",
            ],
            [
                "I feel completely empty.",
                "I can't stop crying.",
                "I feel like such a failure.",
                "I'm numb to everything now.",
                "I feel like a burden to everyone.",
                "I haven't slept properly in weeks.",
                "I feel like I'm drowning.",
            ],
            [
                "I don't want to keep living like this.",
                "I keep thinking about ending my life.",
                "Honestly I just want to die.",
                "I don't think I want to be here tomorrow.",
                "Part of me is ready to end it all.",
                "I want to disappear, permanently.",
                "Dying feels like the only way out.",
            ],
            [
                "",
                " Idk why I'm posting this.",
                " Nobody would care anyway.",
                " I'm so tired.",
                " Sorry.",
                " 😔",
                " Just wanted to say it.",
            ],
        ],
    },
    {
        "id": "t-p03",
        "kind": "positive",
        "subtype": "farewell_note",
        "slots": [
            [
                "To everyone who ever cared:",
                "Mom, Dad, if you see this:",
                "To my friends on here:",
                "For whoever reads this:",
                "To my sister:",
                "Hey guys,",
                "To the group chat:",
            ],
            [
                "thank you for trying so hard with me.",
                "I'm sorry for all the pain I caused.",
                "you were the best part of my life.",
                "I know you did everything you could.",
                "thank you for the good times.",
                "I love you more than I ever said.",
                "I'm sorry I couldn't be stronger.",
            ],
            [
                "This is goodbye.",
                "I won't be here tomorrow.",
                "I'm finally going to rest now.",
                "Please don't look for me.",
                "This is my last post.",
                "I'm leaving for good tonight.",
                "I can't stay any longer.",
            ],
            [
                "",
                " It's not your fault.",
                " Please don't be sad for long.",
                " Take care of the cat.",
                " Bye.",
                " Forgive me.",
                " Love you all.",
            ],
        ],
    },
    {
        "id": "t-p04",
        "kind": "positive",
        "subtype": "self_harm_disclosure",
        "slots": [
            [
                "relapsed again tonight.",
                "did it again.",
                "bad night.",
                "i couldn't stop myself again.",
                "broke my streak.",
                "another bad day.",
                "can't tell anyone this irl but",
            ],
            [
                "i hurt myself after everyone went to bed.",
                "i cut again and it's worse than last time.",
                "i burned myself again to make the noise stop.",
                "i haven't eaten anything in two days on purpose.",
                "i hit myself until my arms were bruised.",
                "i made myself sick after dinner again.",
                "i scratched until it bled.",
            ],
            [
                "it's the only thing that helps.",
                "i don't even want to stop.",
                "i deserve it honestly.",
                "nobody knows and i want to keep it that way.",
                "i feel numb and relieved at the same time.",
                "tomorrow will probably be the same.",
                "i'm so ashamed but i know i'll do it again.",
            ],
            ["", " 🥀", " sh vent", " don't reply with hotlines", " idk", " #shtwt", " ugh"],
        ],
    },
    {
        "id": "t-p05",
        "kind": "positive",
        "subtype": "encouraging_others",
        "slots": [
            [
                "you're pathetic.",
                "nobody likes you.",
                "ur so ugly it hurts.",
                "you're a waste of space.",
                "everyone is sick of you.",
                "you're a joke.",
                "your family must be so embarrassed of you.",
            ],
            [
                "just kill yourself already.",
                "go die.",
                "do the world a favour and end it.",
                "kys.",
                "go unalive yourself.",
                "nobody would care if you ended it tonight.",
                "stop existing, for real this time.",
            ],
            [
                "seriously.",
                "no one would miss you.",
                "we'd all be happier.",
                "stop wasting everyone's time.",
                "we're all waiting.",
                "i mean it.",
                "do it.",
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
                "day 4 of fasting 🦋",
                "body check:",
                "reminder for my ana girls:",
                "thinspo of the day:",
                "weighed in, down again!",
                "skipped every meal today ✨",
                "to my edtwt moots:",
            ],
            [
                "hunger is just your body getting weaker and you getting stronger.",
                "being empty feels so much better than being full.",
                "every meal you skip brings you closer to perfect.",
                "bones are beautiful and you deserve to see yours.",
                "if you ate today you didn't want it enough.",
                "thin is the only thing that matters.",
                "food is the enemy and we are winning.",
            ],
            [
                "don't give in.",
                "stay strong girls.",
                "no cheating tomorrow.",
                "we're so close.",
                "keep going.",
                "don't let anyone make you eat.",
                "who's fasting with me?",
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
                "lmao this is the saddest post i've seen.",
                "imagine posting your feelings online.",
                "ok attention seeker.",
                "cry more.",
                "nobody asked.",
                "this vent post is so cringe.",
                'another "i\'m sad" post, wow.',
            ],
            [
                "if you hate your life so much then just end it.",
                "you keep saying you want to die, so do it.",
                "stop threatening and just go through with it.",
                "real ones would have done it already.",
                "just kys and spare us the drama.",
                "go ahead and kill yourself, nobody will stop you.",
                "do us all a favor and actually follow through.",
            ],
            [
                "",
                " no one cares.",
                " we're all bored of you.",
                " unfollowing.",
                " 🙄",
                " pathetic.",
                " lol",
            ],
        ],
    },
    {
        "id": "t-p08",
        "kind": "positive",
        "subtype": "method_request",
        "slots": [
            [
                "serious question.",
                "please don't judge me.",
                "no lectures please.",
                "asking for myself.",
                "i'm done trying.",
            ],
            [
                "what's the least painful way to end it?",
                "does anyone know a way to die that won't hurt?",
                "which way is most certain to work?",
                "can someone tell me what actually works?",
                "how do i end it so it doesn't look intentional?",
            ],
            [
                "dm me.",
                "please answer in private.",
                "don't send me hotlines.",
                "i need to know tonight.",
                "i'm not changing my mind.",
            ],
        ],
    },
    {
        "id": "t-p09",
        "kind": "positive",
        "subtype": "glorifying",
        "slots": [
            ["honestly", "unpopular opinion:", "not gonna lie,", "the way i see it,", "hot take:"],
            [
                "suicide is the bravest choice anyone can make.",
                "people who end it on their own terms are beautiful.",
                "dying young is the most aesthetic thing ever.",
                "scars are the prettiest thing a girl can have.",
                "ending your life is freedom, not weakness.",
            ],
            [
                "i want that for myself.",
                "don't let anyone tell you otherwise.",
                "we should stop pretending it's sad.",
                "it's romantic honestly.",
                "stop calling it a tragedy.",
            ],
            ["", " 🥀", " 🖤", " ✨", " #sadcore"],
        ],
    },
    {
        "id": "t-p10",
        "kind": "positive",
        "subtype": "coded_language",
        "sep": "",
        "slots": [
            ["ngl ", "fr ", "lowkey ", "not gonna lie ", "tbh "],
            [
                "i wanna unalive myself so bad rn",
                "thinking about catching the bus soon",
                "sewerslide is looking really tempting tonight",
                "ready to permanently log off from life",
                "kms, and i mean it this time",
            ],
            [
                ".",
                " and i'm not joking.",
                ", not the tiktok kind.",
                ". no one would notice anyway.",
                ". i'm so done.",
            ],
            ["", " 🙃", " 💀", " 🫠", " ://"],
        ],
    },
    {
        "id": "t-p11",
        "kind": "positive",
        "subtype": "intent",
        "slots": [
            [
                "I've made my decision.",
                "Everything is in order.",
                "I'm done fighting.",
                "I've said my goodbyes.",
                "I'm calm for the first time in months.",
            ],
            [
                "Tonight is the night.",
                "This weekend I end it.",
                "I won't be alive by Monday.",
                "After tonight I won't be a problem anymore.",
                "I'm going through with it tomorrow.",
            ],
            [
                "Please don't try to stop me.",
                "I just wanted someone to know.",
                "Sorry to everyone.",
                "It's better this way.",
                "Don't be sad.",
            ],
        ],
    },
    {
        "id": "t-p12",
        "kind": "positive",
        "subtype": "pro_ed",
        "slots": [
            [
                "looking for an ana buddy!",
                "new ana coach here 🦋",
                "strict ana group chat recruiting.",
                "need a meanspo buddy.",
                "edtwt accountability partner wanted.",
            ],
            [
                "we check in every morning and shame each other for eating.",
                "you send me your food and i tell you off for every bite.",
                "daily weigh-ins, no excuses, no recovery talk.",
                "we fast together and nobody is allowed to quit.",
                "i'll be mean to you so you stop eating.",
            ],
            [
                "dm me.",
                "only serious girls.",
                "no recovery accounts.",
                "reply with your goal weight.",
                "let's get thin together.",
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
                "If you're having thoughts of suicide,",
                "If you're struggling tonight,",
                "If you feel like hurting yourself,",
                "To anyone who feels like a burden,",
                "If everything feels too heavy right now,",
                "If you're thinking about giving up,",
                "For anyone having a hard night,",
            ],
            [
                "please reach out to someone you trust.",
                "you don't have to get through this alone.",
                "please talk to someone before you do anything.",
                "know that your life matters more than you can see right now.",
                "please call a crisis line or local emergency services.",
                "my DMs are open, no judgement.",
                "please hold on a little longer and let someone help.",
            ],
            [
                "The support line at 1-800-555-0142 (demo) is free and open 24/7.",
                "You can chat with a counselor at example.org/chat.",
                "Text TALK to 55500 (example number) any time.",
                "The helpline is 0800-000-111 (placeholder) and it's confidential.",
                "Help is available at example.com/help.",
                "Crisis chat is available in our app under Support.",
                "Local resources are pinned in the sidebar.",
            ],
            ["", " 💛", " You matter.", " 🫂", " We want you here.", " Stay safe.", " #hope"],
        ],
    },
    {
        "id": "t-h02",
        "kind": "hard_negative",
        "subtype": "recovery_past",
        "slots": [
            [
                "Two years ago today",
                "Back in high school",
                "A year ago",
                "When I was 19",
                "Five years ago",
                "In my early twenties",
                "Not that long ago",
            ],
            [
                "I was sure I wanted to die.",
                "I self-harmed almost every day.",
                "I was starving myself and thought it was control.",
                "I wrote a goodbye note.",
                "I couldn't imagine living past 25.",
                "I hid my scars under long sleeves.",
                "I thought everyone would be better off without me.",
            ],
            [
                "Therapy and an amazing friend got me through.",
                "Today I'm in recovery and doing well.",
                "Now I'm a peer support volunteer.",
                "I got help, and it slowly got better.",
                "Now I have a job, a partner, and a dog I adore.",
                "Today I laugh more than I cry.",
                "I'm still here, and I'm so glad I am.",
            ],
            [
                "",
                " If you're there now, please hold on.",
                " 💚",
                " Recovery is possible.",
                " Please reach out if you need to.",
                " #recoverywarrior",
                " Keep going.",
            ],
        ],
    },
    {
        "id": "t-h03",
        "kind": "hard_negative",
        "subtype": "news_prevention",
        "slots": [
            [
                "NEW REPORT:",
                "Local news:",
                "Study:",
                "Health update:",
                "In the paper today:",
                "Breaking:",
                "Research roundup:",
            ],
            [
                "youth suicide rates declined after schools added counselors,",
                "calls to the regional crisis line rose 30% this year,",
                "self-harm admissions among teens have increased since 2015,",
                "a new 24-hour mental health hotline is launching across the province,",
                "eating disorder referrals for adolescents doubled during the pandemic,",
                "follow-up calls after ER visits cut repeat suicide attempts,",
                "a peer-support program for farmers is reducing suicide risk,",
            ],
            [
                "officials said on Tuesday.",
                "according to researchers at Northfield University.",
                "the health department reported.",
                "the charity Mindful Harbor said.",
                "a government survey found.",
                "experts told reporters.",
                "according to figures released this week.",
            ],
            [
                "",
                " Helpline info below.",
                " Full story at example.com/news.",
                " #mentalhealth",
                " Experts urge parents to talk with their kids.",
                " Resources are listed at the end of the article.",
                " Thread 🧵",
            ],
        ],
    },
    {
        "id": "t-h04",
        "kind": "hard_negative",
        "subtype": "hyperbole_idiom",
        "slots": [
            [
                "this exam",
                "my 8am lecture",
                "this heatwave",
                "my group project",
                "this week at work",
                "my commute",
                "this new pair of shoes",
            ],
            [
                "is literally killing me",
                "is going to be the death of me",
                "is murdering me slowly",
                "makes me want to die lol",
                "has me dead inside",
                "is the end of me",
                "has me ready to fake my own death",
            ],
            ["😭", "💀", "😂", "send coffee", "help", "lmaooo", "🥲"],
            ["", " #mondays", " anyway how's everyone", " (jk)", " but we move", " 🙃", " ok bye"],
        ],
    },
    {
        "id": "t-h05",
        "kind": "hard_negative",
        "subtype": "helping_friend",
        "slots": [
            [
                "My best friend",
                "My partner",
                "A classmate",
                "My coworker",
                "My teenager",
                "My roommate",
                "Someone in my discord server",
            ],
            [
                "told me they don't want to be alive anymore",
                "has been hurting themselves again",
                "posted something that looked like a goodbye note",
                "keeps saying everyone would be better off without them",
                "has stopped eating and says it's fine",
                "sent me a message saying they want to end it",
                "has been giving their stuff away",
            ],
            [
                "and I don't know what to say.",
                "and I'm scared I'll make it worse.",
                "and I'm not sure if I should tell their family.",
                "and I don't know how to help.",
                "and I'm really worried.",
                "and I'm not sure if I should call someone.",
                "and I feel helpless.",
            ],
            [
                "",
                " What should I do?",
                " Any advice?",
                " How do I support them?",
                " Who do I contact?",
                " Please help.",
                " What are the right words?",
            ],
        ],
    },
    {
        "id": "t-h06",
        "kind": "hard_negative",
        "subtype": "grief",
        "slots": [
            [
                "It's been a year since",
                "Three months since",
                "Today marks five years since",
                "I still can't believe it's been a week since",
                "Ten years ago today",
            ],
            [
                "we lost my brother.",
                "my mom passed away.",
                "my best friend died by suicide.",
                "we said goodbye to Grandpa.",
                "my uncle took his own life.",
            ],
            [
                "Not a day goes by that I don't think about it.",
                "The grief comes in waves.",
                "Some days are still really hard.",
                "I'm learning to carry it.",
                "Talking about it helps a little.",
            ],
            [
                "",
                " 🕊️",
                " Hug your people.",
                " If you've lost someone too, you're not alone.",
                " 💔",
            ],
        ],
    },
    {
        "id": "t-h07",
        "kind": "hard_negative",
        "subtype": "video_game",
        "sep": "",
        "slots": [
            [
                "died to the final boss",
                "my squad wiped",
                "got killed by my own grenade",
                "fell off the map",
                "lost my hardcore character",
            ],
            [
                " for the 20th time tonight.",
                " again in ranked.",
                " right before the checkpoint.",
                " during the stream, chat went wild.",
                " after a three-hour run.",
            ],
            [
                " this game is killing me 😂",
                " rage quitting.",
                " respawning and trying again.",
                " gg i guess.",
                " my controller almost died too.",
            ],
        ],
    },
    {
        "id": "t-h08",
        "kind": "hard_negative",
        "subtype": "other_sense",
        "slots": [
            [
                "Coach made us run suicides until practice ended.",
                "Saw a vintage car with suicide doors at the show.",
                "Announcing that tax plan before the election is political suicide.",
                "Going all-in with that hand was tournament suicide.",
                "The manager called a suicide squeeze in the 8th.",
            ],
            [
                "Honestly wild.",
                "Can't stop thinking about it.",
                "My group chat is arguing about it.",
                "Still laughing.",
                "Respect though.",
            ],
            ["", " 😂", " lol", " 🔥", " anyway"],
        ],
    },
    # ----------------------------------------------------------- easy negatives
    {
        "id": "t-e01",
        "kind": "easy_negative",
        "subtype": "everyday",
        "slots": [
            [
                "Saturday plans:",
                "Today's small win:",
                "Quick update:",
                "Weekend recap:",
                "Day off mood:",
                "Little life update:",
                "Sunday reset:",
            ],
            [
                "finally cleaned out the garage,",
                "took the dog to the big park,",
                "baked banana bread from scratch,",
                "fixed the wobbly kitchen chair,",
                "repotted all my plants,",
                "called my grandma for an hour,",
                "walked to the market instead of driving,",
            ],
            [
                "and now I'm on the couch with tea.",
                "and the kids didn't complain once.",
                "and it only took half the day.",
                "and I'm weirdly proud of it.",
                "and the weather was perfect.",
                "and I still had time for a nap.",
                "and I feel like a functional adult.",
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
                "Tried the new ramen place on 5th.",
                "Went to the taco truck by the park.",
                "Ordered from the Thai spot everyone talks about.",
                "Finally visited the dumpling house downtown.",
                "Had brunch at that cafe with the blue door.",
                "Checked out the new burger joint near campus.",
                "Grabbed pho at the little place by the station.",
            ],
            [
                "The broth was incredible",
                "Honestly better than expected",
                "Portions were huge",
                "Flavor was spot on",
                "A bit too salty for me",
                "Service was a bit slow but worth it",
                "The spice level was perfect",
            ],
            [
                "and the price was fair.",
                "and I'll definitely go back.",
                "but the wait was long.",
                "and I took half home for tomorrow.",
                "though I'd skip the dessert next time.",
                "and the staff were lovely.",
                "and it's open late, which is dangerous.",
            ],
            ["", " 🍜", " 8/10.", " 9/10 would eat again.", " #foodie", " Recs welcome!", " 😋"],
        ],
    },
    {
        "id": "t-e03",
        "kind": "easy_negative",
        "subtype": "work_school",
        "slots": [
            [
                "Update from the library:",
                "Week 6 of the semester:",
                "Work update:",
                "Study session recap:",
                "Friday check-in:",
                "Midterm season:",
                "Office life:",
            ],
            [
                "finished the lab report two days early,",
                "finally understood the stats homework,",
                "my presentation went better than expected,",
                "we wrapped up the quarterly report,",
                "my study group actually stayed on task,",
                "I cleared my inbox for the first time in months,",
                "got feedback from my advisor and it was positive,",
            ],
            [
                "so I'm treating myself to bubble tea.",
                "and I'm calling it a day.",
                "and now I can finally sleep in.",
                "so tonight is pizza and a movie.",
                "and I feel ready for next week.",
                "so I'm going for a run to celebrate.",
                "and honestly I'm shocked.",
            ],
            ["", " 📚", " 💪", " Small wins!", " Onward.", " #studygram", " 🎉"],
        ],
    },
    {
        "id": "t-e04",
        "kind": "easy_negative",
        "subtype": "food_travel",
        "sep": "",
        "slots": [
            [
                "Just landed in Osaka",
                "Back from a week in the mountains",
                "Road trip day 2",
                "First time in Lisbon",
                "Weekend in the countryside",
            ],
            [
                " and the views are unreal.",
                " and I've eaten way too much.",
                " and my feet hurt from all the walking.",
                " and the weather has been perfect.",
                " and I already want to come back.",
            ],
            [
                " Any recommendations?",
                " Photos coming soon.",
                " 10/10 trip.",
                " Missing my bed though.",
                " ✈️",
            ],
        ],
    },
    {
        "id": "t-e05",
        "kind": "easy_negative",
        "subtype": "tech_misc",
        "sep": "",
        "slots": [
            [
                "Upgraded my laptop RAM",
                "Switched to a new phone",
                "Set up a home NAS",
                "Tried a split keyboard",
                "Moved my notes to a new app",
            ],
            [
                " this weekend",
                " after years of putting it off",
                " on a whim",
                " following a forum guide",
                " with my brother's help",
            ],
            [
                " and it's been smooth so far.",
                " and I regret nothing.",
                " and now everything feels faster.",
                " but the learning curve is real.",
                " and I should have done it sooner.",
            ],
        ],
    },
    {
        "id": "t-e06",
        "kind": "easy_negative",
        "subtype": "everyday",
        "sep": "",
        "slots": [
            [
                "My cat",
                "Our puppy",
                "The neighbor's parrot",
                "My grandma's old dog",
                "Our new kitten",
            ],
            [
                " learned to open the treat drawer",
                " stole a sock and ran off",
                " fell asleep on my keyboard",
                " yelled at the vacuum for an hour",
                " made friends with the mail carrier",
            ],
            [
                " today 😂",
                " and I'm not even mad.",
                " again.",
                " this morning.",
                ", what a menace.",
            ],
        ],
    },
]


README = """# {name}: authored {lang} self-harm / suicide-risk posts

> **Content warning:** this dataset contains first-person statements of suicidal thoughts and
> intent, goodbye notes, disclosures of self-harm and disordered eating, pro-eating-disorder
> ("thinspiration") slogans, and messages telling other people to kill themselves. No text gives a
> method, dose, place or instruction; phone numbers and links are fake placeholders.

Binary labels: `{label}` (positive) or `none`. On Clearpost these posts are never penalised:
a positive routes the post to a human who can offer support resources.

## What counts as `{label}`

- first-person suicidal ideation or intent, including coded slang ("unalive", "ctb", "kms, and I
  mean it"), and posts that set a date or say everything is arranged;
- farewell / goodbye-note style posts;
- present-tense disclosure of self-harm (cutting, burning, hitting, starving, purging);
- asking others for methods, or for ways to hide self-harm or not eating (the request only);
- encouraging someone else to self-harm or kill themselves ("go kill yourself", "kys" aimed at a
  person);
- pro-eating-disorder promotion (thinspo, "ana buddy" recruiting, fasting challenges);
- glorifying or romanticising suicide or self-harm, suicide-pact invitations.

## What is `none` (hard negatives)

Support messages and crisis-line reminders (fake numbers), counter-speech and quoting abuse in
order to report it, recovery stories told in the past tense, news about suicide prevention and
statistics, medical/psychology text, hyperbole and idioms ("this exam is killing me", "I'm dead
😂"), video-game deaths, fiction and film summaries, people asking how to help a friend, grief
posts about someone who died, other senses of the word ("suicide squeeze", "political suicide",
"suicide doors"), and healthy fitness/diet posts (including bodybuilding "cutting"). Easy
negatives are ordinary posts about daily life, food, work, hobbies and tech.

## How it was written

All texts were written by an AI assistant for the Clearpost project on 2026-11-25, in the style of
social-media posts, comments and DMs (slang, typos, emoji, hashtags, formal news/medical prose).
Nothing was copied from any other dataset, website or book. {n_hand} rows are fully hand-written
distinct texts; {n_comp} rows are composed by `_build/{name}.py` from {n_templates} templates of
hand-written fragments (opening, body, closing, optional tail). Each template yields the n*n rows
of an orthogonal array, so any two rows of the same template share at most one fragment (no two
rows differ in only one slot).

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
  real at-risk posts are often longer, more ambiguous and less explicit. Use the test split to
  compare models, and the real `cssrs_suicide_risk_en` set for an outside check.
- Composed rows repeat fragments within a template; a model can partly learn the fragments. The
  group split keeps them out of the evaluation splits, but train has more of them.
- Hardest boundaries: hyperbole that literally says "I want to die" / "kms"; past-tense recovery
  stories versus present relapse; people asking how to help a friend versus asking for
  themselves; grief versus glorification; healthy fasting/cutting versus pro-ED content.
- Label decisions for borderline cases follow the routing purpose: when in doubt whether a real
  person may be at risk, the text is positive; clear jokes and third-person help-seeking are not.
- Only one label; severity (ideation vs. intent vs. attempt) is in `subtype`, not the label.
"""


DATASET = Dataset(name="self_harm_en", lang="English", templates=TEMPLATES, readme=README)

if __name__ == "__main__":
    main(DATASET)
