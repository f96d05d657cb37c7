"""Where the speaker's name lies when the parser misread a reporting verb's subject: a dateline taken for the
subject, a title read as a verb, a contraction split in two, an organisation's title owned by its first word, a
description run into the name after it; and subjects that cannot be who spoke."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.datelines import dateline_dash, in_dateline, paragraph_opener
from quotegraph.extract.verb_forms import SUBJECTS

_CLITICS = {"'s", "'d", "'ve", "'ll", "'re", "'m"}


def titled_conjunct(noun: Token) -> bool:
    """``the company's vice chair and president Brad Smith said``: a common noun coordinated with a person's name
    that a title in lower case opens, the second of two titles run into the name."""
    names = [c for c in noun.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.text.islower() for name in names for c in name.children
    )


def bare_description(noun: Token) -> bool:
    """A singular common noun with no determiner or possessor, which cannot be a subject on its own: a description
    run into the name after it ("academic and professor X")."""
    return noun.tag_ == "NN" and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def name_in_opening_participle(participle: Token, verb: Token) -> Token | None:
    """``Writing in a blog post, X of The Globe dubbed ...``: the parser made the opening participle the verb's
    subject and hung the speaker on it; the speaker is the noun after the participle's comma whose phrase runs up
    to the verb."""
    doc = verb.doc
    for child in participle.children:
        if (
            child.i > participle.i
            and child.pos_ in {"PROPN", "NOUN"}
            and child.right_edge.i == verb.i - 1
            and doc[child.left_edge.i - 1].text == ","
        ):
            return child
    return None


def name_after_object(first: Token, second: Token) -> bool:
    """Whether ``second``, read as a second subject, is a name right after the common noun that ends the phrase of
    ``first``: an apposition the parser misread ("a spokesman for the website *Facebook*")."""
    end = first.right_edge
    return (
        first.i < second.i
        and first.pos_ == "NOUN"
        and end.i != first.i
        and end.pos_ == "NOUN"
        and second.left_edge.i == end.i + 1
        and second.pos_ == "PROPN"
    )


def subject_of_clitic(subject: Token) -> Token | None:
    """The pronoun or name of a contraction the parser split into subject and subject ("he’s said": with a curly
    apostrophe the tagger reads "’s" as a noun whose subject is "he")."""
    if subject.lower_.replace("\u2019", "'") not in _CLITICS:
        return None
    own = [c for c in subject.children if c.dep_ in SUBJECTS and c.i == subject.i - 1]
    return own[0] if own else None


def no_speaker(subject: Token) -> bool:
    """A subject that cannot be who spoke: "there", a non-referring "it", or a stray mark (a dash) the parser
    took for a subject. A mark with a number on it is a quantity ("47% say ..."), which speaks for a share of those
    polled."""
    stray_mark = subject.is_punct and not any(c.dep_ == "nummod" for c in subject.children)
    return stray_mark or subject.lower_ == "there" or (subject.lower_ == "it" and subject.dep_ != "nsubj")


def name_after_dateline(subject: Token) -> Token | None:
    """``PARIS -- The French president said ...`` / ``RANGOON, Burma - X's allies predicted ...``: the parser made
    the dateline (or the agency in it: "WASHINGTON (AP) - Fed Chair Jerome Powell said") the subject and hung the
    one who speaks on it as an apposition after its dash, or coordinated it with the first of two who speak
    ("WASHINGTON (AP) - President Joe Biden and Emmanuel Macron said"). A dateline opens its sentence with a word
    in capitals and ends at a dash a few words on."""
    dash = dateline_dash(subject)
    if dash is None and in_dateline(subject):
        opener = paragraph_opener(subject)
        dash = dateline_dash(opener) if opener is not None else None
    if dash is None:
        return None
    after = [c for c in subject.children if c.dep_ in {"appos", "conj"} and c.i > dash and c.pos_ in {"NOUN", "PROPN"}]
    return after[0] if after else None


def holder_of_owned_title(subject: Token) -> Token | None:
    """``The Confederation of British Industry's chief economist, Louise Hellem, said``: the parser made the
    organisation's first word the subject and its "of" the head of the title the organisation owns, and hung the
    name in apposition on the title or on the subject; the person named speaks."""
    if subject.pos_ != "PROPN":
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep"):
        for title in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if not any(c.dep_ == "poss" for c in title.children):
                continue
            names = [c for c in [*title.children, *subject.children] if c.dep_ == "appos" and c.i > title.i]
            return next((c for c in names if c.ent_type_ == "PERSON"), None)
    return None


def owner_of_relative_read_as_report(clause: Token) -> Token | None:
    """``Chancellor Karl Nehammer, whose People's Party came second, said A``: the parser read the relative clause's
    verb as a clause the cue reports, with the name its subject and the relative's noun apposed to it; the name
    speaks."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if not subjects:
        return None
    apposed = [c for c in subjects[0].children if c.dep_ == "appos" and c.i > subjects[0].i]
    owned = any(t.tag_ == "WP$" for a in apposed for t in a.subtree)
    return subjects[0] if owned else None


def name_after_title_read_as_verb(clause: Token, verb: Token) -> Token | None:
    """``WHO chief Tedros Adhanom Ghebreyesus said ...``: the parser read the title before a name as a verb ("chief"
    with "WHO" its subject and the name its object) and that clause as the subject; the named person speaks."""
    objects = [c for c in clause.children if c.dep_ in {"dobj", "attr"} and c.i < verb.i]
    if not objects or objects[0].ent_type_ != "PERSON" or objects[0].pos_ != "PROPN":
        return None
    name = objects[0]
    if clause.i != min(t.i for t in name.subtree) - 1:
        return None  # "Praising Smith, the board said": a clause's object, not a name right after a title
    return name


def speaker_hung_as_apposition(verb: Token) -> Token | None:
    """``Microsoft will invest $17.5 billion in India, Chief Executive Satya Nadella said on Tuesday``: the parser
    coordinated the report with the clause it reports and hung its subject, a name set off by a comma right before
    it, on that clause's last noun as an apposition; the name speaks. None for a verb with a subject of its own."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.head.i > name.i:
        return None
    start = name.left_edge.i
    return name if start > 0 and verb.doc[start - 1].text == "," else None
