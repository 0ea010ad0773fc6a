"""The words around a date candidate that decide it: what makes a clause speak of the future, what
makes "2000" a count, "May" a name, "Christmas" a thing, "on the 18th" a golf hole.

Data only; `datecontext` and the handlers read it.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PREV_WORD = re.compile(r"([A-Za-z][\w.’']*)[^\S\n]+\Z")
NEXT_WORDS = re.compile(r"(?:[^\S\n]+([A-Za-z][\w-]*)){1,3}")
LEAD = re.compile(r"[\s,)]*")
# A colon between digits is a clock time ("will begin at 00:01 on Friday"), no break.
CLAUSE_BREAK = re.compile(r"[.!?](?=\s+[\"“‘'(\[]?[A-Z])|[\n;,“”\"]|:(?!\d)")
CLAUSE_STOP = re.compile(
    r"[.!?;:,“”\"\n]|\b(?:that|which|who|whom|because|after|before|when|while|but|said|says|"
    r"say|told|tells|according)\b"
)
CLAUSE_OPENER = re.compile(r"\W*(?:\w+\W+){0,2}\Z")  # "On ", "Separately, earlier on "
# Words that put a weekday or a month after the dateline: "Stoltenberg would host a video
# conference on Wednesday" (seed 002) is the day after the call, not the Wednesday before it.
# An aim is the future too: "Putin wants to meet in two weeks".
FUTURE = re.compile(
    r"\b(?:will|shall|would|won['’]t|wouldn['’]t|(?:is|are)\s+(?:to|due)\b(?!\s+blame)|"
    r"scheduled|expected\s+to|plans?\s+to|planned|set\s+to\s+\w|set\s+for|forecast\s+to|"
    r"upcoming|this\s+coming|next|"
    r"(?:wants?|hopes?|intends?|aims?)\s+to)\b"
    r"|\bdue\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)\w|['’]ll\b",
    re.I,
)
# A present tense that schedules what is to come, a few words before the date: "The Fed meets on
# Wednesday", "the trial begins Monday", "Biden is travelling to Poland on Friday".
SCHEDULED = re.compile(
    r"\b(?:(?:meets|begins|starts|opens|resumes|convenes|reconvenes|hosts|visits|travels|"
    r"arrives|departs|votes|returns|kicks\s+off|takes\s+(?:office|place)|goes\s+on\s+trial)"
    r"|(?:is|are)\s+(?:meeting|beginning|starting|opening|holding|hosting|visiting|travell?ing|"
    r"arriving|voting|returning|heading|flying|leaving))"
    r"(?:\s+[\w'’-]+){0,3}\s+(?:on\s+)?\Z",
    re.I,
)
QUANTITY_BEFORE = re.compile(
    r"\b(?:about|around|some|nearly|almost|over|than|up\s+to|at\s+least|roughly|approximately|"
    r"estimated|another|only|just)[^\S\n]+\Z",
    re.I,
)
STOP = _words(
    "the a an and or but nor of in on at to for from by with as than then that this these those "
    "which who whom whose what when where while if so not no is was were are be been being has "
    "have had do does did will would shall should can could may might must it its they them their "
    "he him his she her we us our you your i me my there here also only just still even again "
    "already after before since until till during through about against between into onto upon "
    "over under up down out off per via amid among around across along toward towards last next "
    "ago onwards onward each every alone too"
)
# "In 2014 Russian troops seized Crimea": after these a date opens a clause and modifies nothing.
TEMPORAL = _words("in since until till by before after during through from between")
DETERMINERS = _words("the a an this that its his her their our")
ADJECTIVE_ENDINGS = ("al", "ary", "ic", "ive", "ous", "ern", "ish", "ian")
# "the movement of the 2000 personnel" (Hindustan Times): a count, not a year.
COUNTED = _words(
    "people persons troops soldiers servicemen personnel civilians men women children residents "
    "refugees migrants workers employees students voters casualties vehicles tanks aircraft "
    "planes jets missiles drones rockets shells pieces units tons tonnes barrels km kilometres "
    "kilometers miles metres meters feet acres hectares dollars euros pounds rubles roubles "
    "members protesters demonstrators prisoners hostages officers fighters militants rebels "
    "peacekeepers paratroopers"
)
# "a total of 1800", "rose by 1500": a figure without a thousands comma, not the year 1800.
COUNT_OF = re.compile(
    r"\b(?:(?:total|sum|maximum|minimum|average|population|crowd|fine|score|tally|estimate|peak|"
    r"number|budget|salary|cost|price)[^\S\n]+of"
    r"|(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|jumped|climbed|cut|"
    r"reduced|raised|up|down)(?:[^\S\n]+\w+){0,2}?[^\S\n]+(?:by|from))[^\S\n]+\Z",
    re.I,
)
DESIGNATORS = _words(
    "Resolution Flight Room Article Section No. No Number Route Page Chapter Russell Windows "
    "Vision Agenda"
)
CLOCK_AFTER = _words("GMT UTC ET EST EDT BST CET CEST MSK IST hours hrs")  # "1944 GMT: Vice..."
MONTH_CUES = _words("in since until till through during by from before after")
# "before May puts her deal to a fourth vote" (Daily Mail, 1 April 2019) is Theresa May: May
# takes only the cues a name can't follow.
MAY_CUES = _words("in until till through during")
MONTH_OF_CUES = _words("end beginning start middle rest")
WEEKDAY_NAMES = _words(
    "Super Black Good Bloody Ash Easter Palm Cyber Holy Maundy Shrove Giving Whit Low Remembrance "
    "Mothering Girl Man"
)
WEEKDAY_TITLES = _words("Times Telegraph Express Mirror Herald Post Mail People")
# "on 11/20": a month and day in digits is a date only after one of these (or in a list of them);
# alone it is as often a ratio or a score.
NUMERIC_CUES = _words(
    "on On by until till since from From for before after through dated Dated this next"
)
# A holiday without a year is a date only after one of these: "on Christmas", "over Easter".
HOLIDAY_CUES = _words("on at over since until till by before after during from")
# ... and not when it names a thing: "at Christmas markets", "before Easter Rising".
HOLIDAY_THINGS = _words(
    "tree trees market markets shopping card cards party parties gift gifts present presents "
    "dinner lunch decorations lights carol carols song songs egg eggs holiday holidays season "
    "break bonus message speech address truce offensive weekend sales sale special show "
    "event events celebration celebrations festival parade resolution resolutions honours "
    "honors rising uprising"
)
# "a Christmas Day shooting": a holiday after these modifies the noun that follows.
HOLIDAY_MODIFIED = _words("a an every each")
# "a birdie on the 18th", "on the 13th floor": ordinals that count things, not days.
NTH_THINGS = re.compile(
    r"\b(?:holes?|birdie|bogey|eagle|par|tee|green|fairway|floors?|laps?|minutes?|rounds?|"
    r"innings?|century|centuries|place|anniversary|amendment|division|brigade|army)\b",
    re.I,
)
