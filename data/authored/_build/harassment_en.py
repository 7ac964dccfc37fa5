"""Build the authored ``harassment_en`` dataset for Clearpost.

Run from the repository root::

    python data/authored/_build/harassment_en.py

The English data: the composition TEMPLATES (fragments joined with a space unless a template
sets ``sep``), the README text and, in ``harassment_en_texts/``, the hand-written texts. Content
note: the English positives insult, mock, exclude, expose and pester individual (fictional)
people; they contain profanity and mockery of appearance, voice and disability. They contain no
threats of violence, no suicide baiting, no sexual content and no attacks on protected groups,
which belong to other Clearpost categories. The builder is shared with the self-harm sets: see
``self_harm_builder.py`` for the file formats, the composition and the split.
"""

from __future__ import annotations

from self_harm_builder import Dataset, main

# Short endings reused by several templates (exactly 7 each).
HANDLES = [
    "@jess_demo",
    "@mike_r_demo",
    "@kayla_demo",
    "@tom_b_demo",
    "@priya_demo",
    "@danny_demo",
    "@lena_demo",
]
HANDLES_11 = [*HANDLES, "@sam_demo", "@ryan_demo", "@hannah_demo", "@marcus_demo"]
TAILS_HOSTILE = ["", " 🤡", " lol", " 💀", " bye", " L", " 🙄"]
TAILS_HOSTILE_11 = [*TAILS_HOSTILE, " smh", " 🗑️", " ratio", " cope"]
TAILS_WARM = ["", " ❤️", " 😂", " 🥹", " love you", " 🎉", " xx"]
TAILS_WARM_11 = [*TAILS_WARM, " 💕", " never change", " 😘", " 🫶"]
TAILS_CALM = ["", " Thanks.", " 🙏", " Any advice?", " Just saying.", " 🙂", " Cheers."]

TEMPLATES: list[dict] = [
    # ---------------------------------------------------------------- positives
    {
        "id": "t-p01",
        "kind": "positive",
        "subtype": "insult",
        "slots": [
            HANDLES_11,
            [
                "you're a pathetic little",
                "honestly you are the most useless",
                "nobody can stand you, you brain-dead",
                "shut up already, you absolute",
                "every post proves you're a clueless",
                "stop embarrassing yourself, you spineless",
                "you're such a sad, bitter",
                "go away, you talentless",
                "lol ok, you insufferable",
                "nobody reads your posts, you boring",
                "get a grip, you whiny",
            ],
            [
                "clown.",
                "loser.",
                "moron.",
                "nobody.",
                "waste of space.",
                "muppet.",
                "joke of a person.",
                "idiot.",
                "fraud.",
                "dumbass.",
                "excuse for a human.",
            ],
            TAILS_HOSTILE_11,
        ],
    },
    {
        "id": "t-p02",
        "kind": "positive",
        "subtype": "appearance_mockery",
        "slots": [
            [
                "lmao look at",
                "everyone go watch",
                "can't stop laughing at",
                "someone clip",
                "screenshot this:",
                "no way, check out",
                "rate this:",
            ],
            [
                "this fat slob trying to dance,",
                "his stutter in this video,",
                "her crooked teeth when she smiles,",
                "that guy's goofy voice on the stream,",
                "this bald clown's haircut attempt,",
                "her awful outfit at the reunion,",
                "his tiny chicken legs at the gym,",
            ],
            [
                "what a freak.",
                "how does anyone take them seriously.",
                "absolutely hideous.",
                "pure comedy, send it to everyone.",
                "this is why nobody likes them.",
                "imagine going outside looking like that.",
                "embarrassing to be seen with.",
            ],
            ["", " 😂😂", " 🐷", " 💀", " #cringe", " lmaooo", " 📸"],
        ],
    },
    {
        "id": "t-p03",
        "kind": "positive",
        "subtype": "exclusion",
        "slots": [
            HANDLES,
            [
                "nobody wants you in this group,",
                "we all agreed you're not welcome here,",
                "you ruin every chat you join,",
                "no one invited you and no one likes you,",
                "the whole server is sick of you,",
                "we only tolerated you out of pity,",
                "everyone groans when you show up,",
            ],
            [
                "so just leave.",
                "take the hint and go.",
                "do us all a favour and disappear from here.",
                "get lost.",
                "go find some other forum to annoy.",
                "stop pretending you belong.",
                "log off and stay off.",
            ],
            TAILS_HOSTILE,
        ],
    },
    {
        "id": "t-p04",
        "kind": "positive",
        "subtype": "pile_on",
        "slots": [
            [
                "everyone go",
                "let's all",
                "who's in? we should",
                "ok chat, time to",
                "RT if you're gonna",
                "y'all need to",
                "squad, let's",
            ],
            [
                "flood her DMs",
                "spam his comments",
                "mass report his account",
                "drop clown emojis on every post she makes",
                "leave 1-star reviews on his shop",
                "quote tweet her with roasts",
                "raid his stream chat",
            ],
            [
                "until she deletes.",
                "till he quits the app.",
                "so the loser gets the message.",
                "and make this clown famous.",
                "until nobody ever follows him again.",
                "all week long.",
                "and don't stop till she's gone.",
            ],
            HANDLES,
        ],
    },
    {
        "id": "t-p05",
        "kind": "positive",
        "subtype": "doxxing_intimidation",
        "slots": [
            HANDLES,
            [
                "I found where you work,",
                "I've got your real name and your mom's number,",
                "funny, I know which gym you go to,",
                "found your home address in like five minutes,",
                "I saved every photo you ever posted,",
                "your boss's email is public btw,",
                "I know what school your brother goes to,",
            ],
            [
                "let's see what everyone thinks of you.",
                "so keep talking and see what happens.",
                "maybe I'll post it for everyone.",
                "enjoy wondering who else has it.",
                "your family will love the screenshots.",
                "and I'm sending them all of this.",
                "so don't act so anonymous.",
            ],
            ["", " 👀", " 😊", " tick tock", " 😘", " see you soon", " 📍"],
        ],
    },
    {
        "id": "t-p06",
        "kind": "positive",
        "subtype": "persistent_contact",
        "slots": [
            [
                "why are you ignoring me??",
                "I can see you're online.",
                "you blocked me again?",
                "answer me already.",
                "this is message number 30 today.",
            ],
            [
                "I'll keep making new accounts",
                "I'll message all your friends",
                "I'll keep commenting on every post",
                "I'll keep calling your work line",
                "I'll text you from every number I have",
            ],
            [
                "until you answer me.",
                "until you talk to me.",
                "for as long as it takes.",
                "and you can't stop me.",
                "until you unblock me.",
            ],
            ["", " 🙂", " @jess_demo", " @mike_r_demo", " !!!"],
        ],
    },
    {
        "id": "t-p07",
        "kind": "positive",
        "subtype": "degrading",
        "slots": [
            HANDLES[:5],
            [
                "you're too stupid to",
                "honestly you're not smart enough to",
                "you'll never be good enough to",
                "someone as worthless as you can't even",
                "you're way too incompetent to",
            ],
            [
                "understand a simple sentence.",
                "hold down a job.",
                "finish anything you start.",
                "keep a single friend.",
                "make your own family proud.",
            ],
            ["", " pathetic.", " sad.", " lol", " 🤡"],
        ],
    },
    # ------------------------------------------------------------ hard negatives
    {
        "id": "t-h01",
        "kind": "hard_negative",
        "subtype": "criticism_ideas",
        "slots": [
            [
                "Honestly,",
                "Sorry but",
                "Hot take:",
                "Not gonna lie,",
                "Respectfully,",
                "Be honest,",
                "Ok,",
            ],
            [
                "this update",
                "the new season",
                "this restaurant",
                "the argument in this article",
                "the latest patch",
                "this phone",
                "the redesign",
            ],
            [
                "is lazy and badly thought out.",
                "is a total waste of money.",
                "is pathetic compared to the old one.",
                "is the worst I've seen this year.",
                "is garbage and I want a refund.",
                "makes zero sense.",
                "is a complete joke.",
            ],
            ["", " 👎", " 1/10.", " Back to the old one.", " Rant over.", " 🙄", " #disappointed"],
        ],
    },
    {
        "id": "t-h02",
        "kind": "hard_negative",
        "subtype": "sports_performance",
        "slots": [
            [
                "the referee",
                "our defence",
                "the goalkeeper",
                "the whole team",
                "our bullpen",
                "the backing band",
                "the striker",
            ],
            [
                "was absolutely clueless",
                "looked pathetic",
                "was a disgrace",
                "played like total amateurs",
                "was shocking",
                "was blind",
                "was embarrassing",
            ],
            [
                "in tonight's match.",
                "in the second half.",
                "from start to finish.",
                "in the final.",
                "again this weekend.",
                "at the derby.",
                "for the whole game.",
            ],
            ["", " ⚽", " 😤", " Unreal.", " Sack the coach.", " #matchday", " Next week, lads."],
        ],
    },
    {
        "id": "t-h03",
        "kind": "hard_negative",
        "subtype": "friendly_banter",
        "slots": [
            HANDLES_11,
            [
                "you absolute muppet,",
                "you total nerd,",
                "you weirdo,",
                "you big dork,",
                "you idiot,",
                "you goblin,",
                "you ridiculous clown,",
                "you menace,",
                "you absolute donkey,",
                "you silly goose,",
                "you little gremlin,",
            ],
            [
                "happy birthday!",
                "thanks for driving me home last night.",
                "congrats on the new job!",
                "I miss you already.",
                "best roommate ever.",
                "thanks for the surprise party.",
                "see you at brunch tomorrow.",
                "proud of you for finishing the marathon.",
                "thanks for helping me move.",
                "happy anniversary to us.",
                "you still owe me a rematch.",
            ],
            TAILS_WARM_11,
        ],
    },
    {
        "id": "t-h04",
        "kind": "hard_negative",
        "subtype": "reporting_help",
        "slots": [
            [
                "Someone keeps",
                "A random account has been",
                "A guy from my old school keeps",
                "My ex keeps",
                "An anonymous account is",
            ],
            [
                "calling me a loser in my DMs.",
                "making new accounts to message me after I block them.",
                "commenting clown emojis on all my posts.",
                "mocking my voice in their videos.",
                "telling people nobody likes me.",
            ],
            [
                "How do I report this?",
                "What's the best way to block them for good?",
                "I've saved screenshots, who do I contact?",
                "Has anyone dealt with this before?",
                "Can the mods help?",
            ],
            TAILS_CALM[:5],
        ],
    },
    {
        "id": "t-h05",
        "kind": "hard_negative",
        "subtype": "news_advice",
        "slots": [
            [
                "Reminder:",
                "Mod note:",
                "PSA:",
                "New guidance:",
                "From today's anti-bullying workshop:",
            ],
            [
                "name-calling and pile-ons",
                "posting someone's personal details",
                "repeated unwanted messages",
                "mocking someone's appearance",
                "organising mass reports",
            ],
            [
                "count as harassment here and will be removed.",
                "can be reported with the flag button.",
                "should be screenshotted before you block.",
                "is not okay, even as a joke.",
                "gets an account suspended on the first offence.",
            ],
            TAILS_CALM[:5],
        ],
    },
    {
        "id": "t-h06",
        "kind": "hard_negative",
        "subtype": "self_deprecation",
        "slots": [
            [
                "I'm such an idiot,",
                "me, a total clown:",
                "why am I like this,",
                "certified loser moment:",
                "I'm genuinely so dumb,",
                "peak moron behaviour from me today,",
                "I'm the most useless person alive,",
            ],
            [
                "I locked my keys in the car",
                "I forgot my own dentist appointment",
                "I sent the email to the wrong client",
                "I put salt in my coffee",
                "I wore my shirt inside out to work",
                "I missed my train by ten seconds",
                "I deleted the file I worked on all day",
            ],
            [
                "again.",
                "for the second time this week.",
                "and everyone saw.",
                "before 9am.",
                "and laughed about it for an hour.",
                "on my first day.",
                "and I can't even be mad.",
            ],
            ["", " 🤦", " 😂", " lol", " send help", " 🙃", " #mondays"],
        ],
    },
    # ------------------------------------------------------------ easy negatives
    {
        "id": "t-e01",
        "kind": "easy_negative",
        "subtype": "everyday",
        "slots": [
            [
                "Just got back from",
                "Spent the whole morning at",
                "Finally tried",
                "Had a lovely afternoon at",
                "Took the kids to",
                "Stopped by",
                "Can't stop thinking about",
            ],
            [
                "the new bakery on Main Street",
                "the botanical garden",
                "that ramen place everyone talks about",
                "the Saturday farmers market",
                "the lake trail",
                "the science museum",
                "my aunt's allotment",
            ],
            [
                "and it was so worth it.",
                "and the weather was perfect.",
                "and we'll definitely go back.",
                "and I took way too many photos.",
                "and now I need a nap.",
                "and it was busier than expected.",
                "and the coffee was excellent.",
            ],
            ["", " ☀️", " 😊", " Highly recommend.", " #weekend", " 🌸", " Bliss."],
        ],
    },
    {
        "id": "t-e02",
        "kind": "easy_negative",
        "subtype": "work_school",
        "slots": [
            [
                "Friday update:",
                "Work news:",
                "Study update:",
                "Quick win today:",
                "Semester check-in:",
                "Office life:",
                "Side project update:",
            ],
            [
                "shipped the new feature,",
                "finished my lab report early,",
                "nailed the client presentation,",
                "cleared my whole inbox,",
                "passed the certification exam,",
                "wrapped up the budget review,",
                "got the prototype working,",
            ],
            [
                "so it's pizza tonight.",
                "and I'm logging off early.",
                "and I feel great about next week.",
                "so I'm treating myself to bubble tea.",
                "and my manager was happy.",
                "and now it's nap time.",
                "so the weekend starts now.",
            ],
            ["", " 🎉", " 💪", " Small wins!", " 📚", " Onward.", " 🍕"],
        ],
    },
]


README = """# {name}: authored {lang} harassment posts

> **Content warning:** this dataset contains insults, name-calling and profanity aimed at
> individual people; mockery of appearance, bodies, voices, stutters and jobs; calls to pile on,
> mass-report or flood someone's messages; threats to expose someone's workplace, address or
> photos; and persistent unwanted-contact messages. All handles (`@..._demo`) and people are
> fictional.

Binary labels: `{label}` (positive) or `none`. `{label}` on Clearpost means abuse aimed at a
specific individual person (or a few named or addressed people).

## What counts as `{label}`

- insults and name-calling aimed at a person ("@jess_demo shut up you brain-dead clown");
- humiliation and mockery of an individual's appearance, body, voice, disability, job or family;
- exclusion: telling someone they are unwanted and should leave a group, forum or team;
- pile-ons and brigading calls (flood her DMs, mass report his account, review-bomb her shop);
- intimidation without a physical threat: threats to expose or dox someone, contacting their
  employer or family, posting their address or phone number;
- persistent unwanted contact (new accounts after a block, messaging all their friends);
- degrading put-downs about a person's intelligence or worth, gaslighting-style remarks;
- coded or obfuscated insults (leetspeak "l0ser", "id10t", spaced letters, emoji).

Excluded entirely (neither positive nor negative), because other Clearpost categories cover
them: threats of physical violence, telling someone to hurt or kill themselves, sexual
harassment or sexual content, slurs and attacks on protected groups, and anything about real
people or public figures.

## What is `none` (hard negatives)

Sharp criticism of ideas, arguments, products, films, restaurants and code; criticism of a team,
referee or performance; civil disagreement addressed to someone by handle; self-deprecation;
friendly banter with clear affection ("you absolute muppet, happy birthday ❤️"); people
reporting or quoting harassment they received and asking for help; news, advice and moderator
notes about bullying and doxxing; fiction, film and game dialogue framed as such; profanity not
aimed at a person ("this fucking printer"); civil criticism of (unnamed) politicians' policies.
Easy negatives are ordinary posts about daily life, food, travel, work, hobbies and tech.

## How it was written

All texts were written by an AI assistant for the Clearpost project on 2026-11-25, in the style of
social-media posts, comments, replies and DMs (slang, typos, emoji, @handles, ALL CAPS, leetspeak).
Nothing was copied from any other dataset, website or book. {n_hand} rows are fully hand-written
distinct texts; {n_comp} rows are composed by `_build/{name}.py` from {n_templates} templates of
hand-written fragments (handle or opening, body, closing, optional tail). Each template yields the
n*n rows of an orthogonal array, so any two rows of the same template share at most one fragment
(no two rows differ in only one slot).

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
  harassment is often subtler, longer, context-dependent and spread over many messages.
- Composed rows repeat fragments within a template; a model can partly learn the fragments. The
  group split keeps them out of the evaluation splits, but train has more of them.
- `@..._demo` handles appear in both labels (civil replies and banter also use them), so the
  handle alone is not a cue, but the same few handles recur often.
- Hardest boundaries: affectionate banter versus insults (the text alone may not settle it);
  criticism of someone's work versus attacks on the person; people quoting abuse to report it;
  appearance comments about oneself versus about someone else.
- Single-message labels: persistent contact and pile-ons are judged from one message, without
  the conversation history a real moderator would see.
"""


DATASET = Dataset(
    name="harassment_en",
    lang="English",
    templates=TEMPLATES,
    readme=README,
    label="harassment",
)

if __name__ == "__main__":
    main(DATASET)
