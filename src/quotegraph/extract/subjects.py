"""Who speaks a reporting verb: its subject, read through the parser's common misreadings (a dateline taken for a
second subject, a participle hung on a quotation's verb, a speaker stranded on the phrase before it, ...)."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.datelines import dateline_dash
from quotegraph.extract.impersonal import extraposed
from quotegraph.extract.mentions import bare_article
from quotegraph.extract.stranded import stranded_speaker
from quotegraph.extract.subject_names import (
    bare_description,
    holder_of_owned_title,
    name_after_dateline,
    name_after_object,
    name_after_title_read_as_verb,
    name_in_opening_participle,
    no_speaker,
    owner_of_relative_read_as_report,
    speaker_hung_as_apposition,
    subject_of_clitic,
    titled_conjunct,
)
from quotegraph.extract.verb_forms import (
    INHERIT_SUBJECT,
    RELATIVE_TAGS,
    SUBJECTS,
    appended_report,
    bare_participle_passive,
    is_finite,
    is_passive,
    perfect_read_as_passive,
    to_infinitive,
)

_QUOTING = {"quote", "cite"}  # the "quoting" verbs of ``via_verbs.tsv``, which this module reads without the language


def speaker_of(verb: Token, depth: int = 0, passive_subject: bool = True) -> tuple[Token | None, Token | None]:
    """The subject of a reporting verb, and the antecedent when the subject is a relative pronoun.

    A participle or coordinated verb without its own subject ("X said A, adding that B") takes its head's, and an
    infinitive after a predicate adjective ("X is likely to say ...") the copula's.
    With ``passive_subject=False`` the subject of a passive cue is not its speaker ("X was asked about ...",
    "X is expected to ..."): only an agent ("by Y") is.
    """
    if (misread := quoting_read_as_modifier(verb)) is not None:
        return misread[0], None
    if verb.lemma_.lower() in _QUOTING and any(_as_saying(c) for c in verb.children):
        # "X was quoted as saying", "the paper cited officials as saying": the one quoted speaks ("X said,
        # citing the polls" cites evidence and speaks for itself, and so does "X cited the polls as proof")
        quoted = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"} and dateline_dash(c) is None]
        if quoted:
            return quoted[0], None
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    if len(subjects) > 1:
        # Two subjects is a parse error, mostly a dateline taken for one ("PARIS (AFP) - The minister said"):
        # the subject nearest the verb is the speaker.
        nearest = [c for c in subjects if c.i < verb.i][-1:] or subjects[:1]
        named = [c for c in subjects if _name_subject(c) and c.i < nearest[0].i]
        if named and nearest[0].pos_ == "NOUN" and verb.doc[named[-1].i + 1].text == ",":
            # "Ban Ki-moon, the secretary general of the United Nations, vowed", "COGAT, the Israeli defense body
            # that oversees ..., said": an apposition
            nearest = named[-1:]
        elif name_after_object(subjects[0], nearest[0]):
            nearest = subjects[:1]  # "A spokesman for the website Facebook said": the name is the website's
        children = [c for c in children if c.dep_ not in SUBJECTS or c in nearest]
    for child in children:
        if child.dep_ == "nsubjpass" and not passive_subject and not perfect_read_as_passive(verb):
            continue
        if child.dep_ in SUBJECTS and bare_article(child):
            # "A reported 50,000 people filled the square": the participle's object is the real subject
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if objects:
                return objects[0], None
            continue
        if child.dep_ in SUBJECTS and child.tag_ == "VBG" and child.i < verb.i:
            opener_name = name_in_opening_participle(child, verb)
            if opener_name is not None:
                return opener_name, None
        if child.dep_ in SUBJECTS and (child.pos_ == "ADJ" or bare_description(child) or titled_conjunct(child)):
            # "American academic and professor X commented": the parser coordinated the description before a name
            # (its noun read as an adjective or as a bare noun) with the name; the name is who speaks
            names = [c for c in child.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            if names:
                return names[0], None
        if child.dep_ in SUBJECTS and (named_after := name_after_dateline(child)) is not None:
            return named_after, None
        if child.dep_ in SUBJECTS and (holder := holder_of_owned_title(child)) is not None:
            return holder, None
        if child.dep_ == "csubj" and (titled := name_after_title_read_as_verb(child, verb)) is not None:
            return titled, None
        # "Rio Grande do Sul Governor Eduardo Leite, speaking in a video, said": "do" read as a verb with the place
        # before it its subject and the name its object, the clause hung on the cue
        opening = child.dep_ == "ccomp" and child.i < verb.i and not subjects
        if opening and (titled := name_after_title_read_as_verb(child, verb)) is not None:
            return titled, None
        if opening and (owner := owner_of_relative_read_as_report(child)) is not None:
            return owner, None
        if child.dep_ in SUBJECTS and not no_speaker(child):
            if (own := subject_of_clitic(child)) is not None:
                return own, None
            if (child.tag_ in {"WP", "WDT"} or child.lower_ == "that") and verb.dep_ == "relcl":
                return child, _antecedent(verb.head)  # the tagger reads a relative "that" as a determiner as
                # often as not
            return child, None
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj, None
    if (hung := speaker_hung_as_apposition(verb)) is not None:
        return hung, None  # "A, Chief Executive Satya Nadella said", the name hung on A's last noun
    if depth < 3 and (clause_verb := _participle_after_relative(verb)) is not None:
        return speaker_of(clause_verb, depth + 1, passive_subject)
    if verb.dep_ == "acl" and _passive_set_off(verb):
        return None, None  # "Trump, asked about the talks by reporters, said A": asked, not asking
    if (
        verb.dep_ == "acl"
        and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}
        and (verb.tag_ in {"VBG", "VBD"} or _main_verb_read_as_participle(verb) or appended_report(verb) is not None)
    ):
        # "officials saying ...", and a finite verb the parser hung on its subject ("X, the nominee, tweeted: ...",
        # "A poll found last week that ...")
        if dateline_dash(verb.head) is not None:  # "CUPERTINO (Reuters) - Apple on Thursday forecast A, betting B"
            return name_after_dateline(verb.head), None
        return verb.head, None
    if not passive_subject and (bare_participle_passive(verb) or (is_passive(verb) and verb.dep_ in INHERIT_SUBJECT)):
        # "the budget had yet to be approved": a passive's subject, its own or its head's, is done to, not speaking
        return None, None
    if depth < 3 and (main := _main_verb_past_object(verb)) is not None:
        return speaker_of(main, depth + 1, passive_subject)
    if depth < 3 and (blamed := _object_blamed(verb)) is not None:
        return blamed, None
    if depth < 3 and verb.dep_ in INHERIT_SUBJECT and verb.head.i != verb.i:
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        if _set_before_that(verb, head):
            head = head.head
        if verb.dep_ != "conj" and _quoted_apart(verb, head):
            head = _unquoted_ancestor(verb, head) or _report_aside(verb, head) or head
        if verb.dep_ == "conj" and is_finite(verb) and to_infinitive(head):
            head = _finite_above(head) or head
        if extraposed(verb):
            return None, None
        return speaker_of(head, depth + 1, passive_subject)
    if depth < 3 and verb.dep_ == "parataxis" and verb.head.tag_ == "VBG" and verb.i > verb.head.i:
        # "X, noting the polls, said, "..."": the parser made the participle the clause's verb and hung the
        # finite one on it; the participle's subject is the one who speaks
        found = speaker_of(verb.head, depth + 1, passive_subject)
        if found[0] is not None:
            return found
    return stranded_speaker(verb), None


def participle_after_narration(participle: Token) -> Token | None:
    """``X rejected calls to resign after a court report implicated Y, telling parliament A``: the main clause's verb
    (with a subject of its own) for a participle set off after a subordinate clause (opened by a mark, with a
    subject of its own) that the parser hung it on; None for any other verb. Whose the participle is, the
    subordinate clause's subject or the main clause's, the caller decides (a report tells no one)."""
    doc = participle.doc
    head = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < head.i:
        return None
    if doc[participle.i - 1].text != "," or head.dep_ != "advcl" or head.head.i == head.i:
        return None
    if not any(c.dep_ == "mark" and c.i < head.i for c in head.children):
        return None
    if not any(c.dep_ in SUBJECTS for c in head.children):
        return None
    return head.head if any(c.dep_ in SUBJECTS for c in head.head.children) else None


def _name_subject(subject: Token) -> bool:
    """Whether a subject is a name: a person's, or a proper noun of an organisation or of no entity the recogniser
    found ("COGAT") that opens no dateline ("JERUSALEM (AP) -")."""
    if subject.ent_type_ == "PERSON":
        return True
    return subject.pos_ == "PROPN" and subject.ent_type_ in {"", "ORG"} and dateline_dash(subject) is None


def _passive_set_off(verb: Token) -> bool:
    """``Trump, asked about the talks, said A``: a past participle set off by commas after the subject of another
    verb (the tagger may read it as a finite verb) tells what was done to that subject; it has no object of its own
    nor a clause."""
    noun, doc = verb.head, verb.doc
    if verb.tag_ not in {"VBD", "VBN"} or noun.dep_ not in {"nsubj", "nsubjpass"} or noun.i >= verb.i:
        return False
    after = doc[verb.right_edge.i + 1 : verb.right_edge.i + 2]
    if verb.left_edge.i != verb.i or doc[verb.i - 1].text != "," or after.text != ",":
        return False
    return not any(c.dep_ in {"dobj", "ccomp", "nsubj", "xcomp"} for c in verb.children)


def _participle_after_relative(verb: Token) -> Token | None:
    """``The campaign seized on remarks Trump made about veterans, accusing him of A``: the parser hung the
    participle set off after a relative clause on the clause's noun, the object of a preposition, or on the clause
    itself where a thing is its subject ("despite a scandal that has engulfed his party, telling parliament A"); it
    is the verb's whose phrase that is, which speaks (the campaign accuses). None otherwise."""
    if verb.tag_ != "VBG" or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ == "acl":
        noun = verb.head
        relatives = [c for c in noun.children if c.dep_ == "relcl" and c.right_edge.i in {verb.i - 2, verb.i - 1}]
    elif verb.dep_ == "advcl" and verb.head.dep_ == "relcl" and _thing_relative(verb.head):
        noun, relatives = verb.head.head, [verb.head]
    else:
        return None
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    return prep.head if relatives and prep.dep_ == "prep" and prep.head.pos_ in {"VERB", "AUX"} else None


def _thing_relative(clause: Token) -> bool:
    """Whether a relative clause's subject is its relative word for a thing ("that", "which"), not "who"."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in clause.children)


def _object_blamed(verb: Token) -> Token | None:
    """``The court removed Srettha from office for appointing a minister``, ``praised him for saying A``: the one a
    gerund after "for" tells of is the object its verb acted on (the first of two: "gave Carson two Pinocchios for
    dismissing A"), not that verb's subject."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    objects = sorted(
        (c for c in prep.head.children if c.dep_ in {"dobj", "dative"} and c.i < prep.i), key=lambda c: c.i
    )
    relative = bool(objects) and (
        objects[0].tag_ in RELATIVE_TAGS or objects[0].lower_ == "that"
    )  # "that critics blame"
    return objects[0] if objects and not relative else None


def _main_verb_read_as_participle(verb: Token) -> bool:
    """``A poll found last week that A``: a past tense the tagger read as a participle modifying the noun before it,
    which left the sentence with a noun for its root; a clause complement shows it reports."""
    return (
        verb.tag_ == "VBN"
        and verb.head.dep_ == "ROOT"
        and verb.head.i < verb.i
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not any(c.dep_ in {"auxpass", "agent"} for c in verb.children)
    )


def _finite_above(verb: Token) -> Token | None:
    """The nearest finite verb above ``verb``: what a finite verb the parser coordinated with an infinitive is
    really coordinated with (``X called for the crowd to march and chanted ...``: X chanted, not the crowd)."""
    word = verb
    for _ in range(4):  # a parse path, not the sentence: a few steps up are enough
        if word.head.i == word.i:
            return None
        word = word.head
        if is_finite(word):
            return word
    return None


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause is about: not a day or time it was hung on ("updated his page on Tuesday, which
    read ..." is about the page), but the object of the verb that time phrase modifies."""
    if noun.ent_type_ not in {"DATE", "TIME"} or noun.dep_ != "pobj" or noun.head.head.pos_ != "VERB":
        return noun
    verb = noun.head.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
    return objects[-1] if objects else noun


def _main_verb_past_object(participle: Token) -> Token | None:
    """``X rejected the idea that Y would be a drag, *saying* A``: a participle set off by a comma after an object's
    clause, which the parser hung on that clause's verb, is the main verb's (the one whose object the clause
    describes); None for any other participle."""
    head = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or head.i > participle.i:
        return None
    if participle.doc[participle.left_edge.i - 1].text != ",":
        return None
    noun = head.head
    if head.dep_ not in {"acl", "relcl", "ccomp"} or noun.dep_ != "dobj" or noun.head.i == noun.i:
        return None
    return noun.head


def _set_before_that(participle: Token, clause: Token) -> bool:
    """``X reported, citing two sources, that A``: a participle the parser hung on a reported clause but that comes
    before its "that" lies outside it, and is the reporter's."""
    if participle.dep_ != "advcl" or clause.dep_ not in {"ccomp", "advcl"} or clause.head.i == clause.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i > participle.i for c in clause.children)


def _quoted_apart(first: Token, second: Token) -> bool:
    """Whether a quotation opens or closes between two words: an odd count of quotation marks lies between them."""
    low, high = sorted((first.i, second.i))
    return sum(t.is_quote for t in first.doc[low + 1 : high]) % 2 == 1


def _unquoted_ancestor(verb: Token, head: Token) -> Token | None:
    """A participle outside a quotation that the parser hung on a verb inside it shares the subject of the first
    word above that verb which no quotation mark separates from it (``X said, suggesting a few questions, including,
    "do you think ..."``: "suggesting" hung on "think", whose subject "you" is no speaker of it; ``X told Y that Z
    "did A," adding ...``: X adds). None when there is none (the quotation is the sentence's root). A conjunct
    ("Z "did A," and told Y ...") keeps the subject of the verb it is coordinated with."""
    word = head
    for _ in range(8):  # a parse path, not the sentence: a few steps up are enough
        if word.head.i == word.i:
            return None
        word = word.head
        if not _quoted_apart(verb, word):
            return word
    return None


def _report_aside(verb: Token, head: Token) -> Token | None:
    """``Acknowledging the task, he said, "I will do ..."``: when the quotation is the sentence's root, a
    participle hung on it shares the subject of the reporting verb hung on it beside the participle, outside the
    quotation (as parataxis)."""
    word = head
    for _ in range(8):  # a parse path, not the sentence: a few steps up are enough
        for child in word.children:
            if child.dep_ == "parataxis" and child.pos_ == "VERB" and not _quoted_apart(verb, child):
                return child
        if word.head.i == word.i:
            return None
        word = word.head
    return None


def quoting_read_as_modifier(saying: Token) -> tuple[Token, Token] | None:
    """``The paper quoted leader Xi as saying A``: the parser read "quoted" as an adjective on the noun it quotes
    (a bare title, "leader", invites it) and hung "as saying" on that noun. Returns the noun (the one quoted, who
    speaks) and the quoting verb (whose subject relays), or None."""
    if saying.dep_ != "pcomp" or saying.head.lower_ != "as" or saying.head.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    quoted = saying.head.head
    for tok in quoted.subtree:
        if tok.i >= quoted.i:
            break
        quoting = tok.dep_ == "amod" and tok.tag_ in {"VBD", "VBN"} and tok.lemma_.lower() in _QUOTING
        if quoting and any(c.dep_ == "nsubj" for c in tok.children):
            return quoted, tok
    return None


def _as_saying(child: Token) -> bool:
    """An "as" phrase around a verb (``as saying``), not around a noun (``as proof``)."""
    return child.lower_ == "as" and any(g.pos_ in {"VERB", "AUX"} for g in child.children)
