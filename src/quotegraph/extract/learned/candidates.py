"""Turning the tagger's linked spans into the rule engine's ``Candidate`` records, anchored in the parse.

The cue and source spans are tied to their head tokens in the spaCy parse, so the rules' resolution (canonical
name, role) and context reading (venue, via, date) run on learned attributions exactly as on their own. When the
cue is a verb with a subject in the parse, that subject is the speaker: linking picks the source mention by
distance alone, and the parse knows better who did the saying (speaker accuracy of learned attributions on PolNeAR
dev +0.7 points, end-to-end F1 +0.6). A noun cue's holder ("his" in "his comment about ...") is the speaker the
same way, as the rules' statement nouns read it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import typed_content
from quotegraph.extract.cues import verb_speaker
from quotegraph.extract.datelines import past_dateline
from quotegraph.extract.impersonal import extraposed
from quotegraph.extract.learned.linking import Char, Linked
from quotegraph.extract.nouns import agent_object, holder
from quotegraph.extract.stranded import participle_read_as_clause
from quotegraph.extract.verb_forms import RELATIVE_TAGS, SUBJECTS

_WHEN = {"DATE", "TIME"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_GOVERNORS = {"VERB", "NOUN"}
_TARGET_PREPS = {"with", "under"}  # "met with criticism", "came under fire"


def head_token(doc: Doc, span: Char) -> Token | None:
    """The syntactic head of the tokens covering a character span."""
    piece = doc.char_span(span[0], span[1], alignment_mode="expand")
    if piece is None or not len(piece):
        return None
    return piece.root


def mention_head(doc: Doc, span: Char) -> Token | None:
    """The noun that heads a source mention: the span's root, or when that is no noun or pronoun, the last noun
    or pronoun among the other words whose head lies outside the span.

    A mention the parse hangs on a word outside it ("the U.S. intelligence community consensus", "activists like
    X, among others") has several such words; spaCy's root is the first of them, often the article or a
    preposition, which would then name the speaker ("the", "among"). With no noun among them, an adjective that
    stands for one is the head ("the 42-year-old" the parser made a modifier of the object after it).
    """
    piece = doc.char_span(span[0], span[1], alignment_mode="expand")
    if piece is None or not len(piece):
        return None
    if piece.root.pos_ in _NOMINAL:
        return piece.root
    tops = [t for t in piece if t.head.i == t.i or not piece.start <= t.head.i < piece.end]
    nominal = [t for t in tops if t.pos_ in _NOMINAL] or [t for t in tops if t.pos_ == "ADJ"]
    return nominal[-1] if nominal else piece.root


def has_verb(index: DocIndex, span: Char) -> bool:
    """True when a verb lies in the span, or when the Doc has no part-of-speech tags to tell."""
    doc = index.doc
    if not doc.has_annotation("POS"):
        return True
    piece = doc.char_span(span[0], span[1], alignment_mode="expand")
    return piece is None or any(t.pos_ in {"VERB", "AUX"} for t in piece)


def quote_type(index: DocIndex, content: Char, own: list[Char]) -> str:
    """``direct`` when every word of the content lies inside quotation marks (the attribution's own cue and
    source excepted), ``indirect`` when no quotation mark is involved, else ``mixed``."""
    quotes = index.quotes_within(*content)
    if not quotes:
        return "indirect"
    inside = [(q.start, q.end) for q in quotes] + own
    text = index.text
    for pos in range(content[0], content[1]):
        if text[pos].isalnum() and not any(s <= pos < e for s, e in inside):
            return "mixed"
    return "direct"


def _asked_set_off(index: DocIndex, cue: Token) -> bool:
    """Whether a cue is a verb of asking set off after its subject as a participle, however the parser read it
    ("Sunak, asked whether A, said B"; not "Trump, said Sunshine, who ...", whose subject follows)."""
    after = any(c.dep_ in SUBJECTS and c.i > cue.i for c in cue.children)
    return cue.lemma_.lower() in index.lang.asking_verbs and not after and participle_read_as_clause(cue)


def to_candidate(index: DocIndex, linked: Linked) -> Candidate:
    """Build the working record of one learned attribution (resolution fills in the rest).

    Args:
        index: The Doc's shared lookups.
        linked: Content, cue and source spans of one attribution.

    Returns:
        A candidate with content, type, cue and the speaker's head token; ``rule`` is ``"learned"``.
    """
    doc = index.doc
    own = [s for s in (linked.cue, linked.source) if s is not None]
    content = _in_own_paragraph(index, linked.content, own)
    cand = Candidate(
        content=content,
        type=quote_type(index, content, own),
        rule="learned",
        confidence=round(linked.score, 3),
    )
    cue_span = _without_time(doc, linked.cue) if linked.cue is not None else _governor(doc, content)
    cue = head_token(doc, cue_span) if cue_span is not None else None
    if cue_span is not None:
        cand.cue, cand.cue_token = cue_span, cue.i if cue is not None else None
    target = _targeted_noun(index, cue)
    if _extraposed_content(doc, content):
        pass  # "it is clear [that A]": the "it" stands for the content, which is the writer's (as the rules read it)
    elif cue is not None and _asked_set_off(index, cue):
        pass  # "Sunak, asked whether A, said B": Sunak was asked, by no one named (as the rules read it)
    elif target is not None:  # "X faced criticism": X is no speaker, nor is the source mention the tagger saw there
        speaker = _target_holder(index, target)
        if speaker is not None and _names_someone_outside(speaker, content):
            cand.speaker_token = speaker.i
    elif (subject := _cue_subject(index, cue, content) or _cue_holder(index, cue, content)) is not None:
        cand.speaker_token, cand.antecedent = subject
    elif linked.source is not None:
        speaker = mention_head(doc, linked.source)
        if speaker is not None:
            cand.speaker_token = speaker.i
            if speaker.tag_ in RELATIVE_TAGS and speaker.head.dep_ == "relcl":
                cand.antecedent = speaker.head.head.i
    inner = [s for s in own if content[0] < s[0] and s[1] < content[1]]
    if inner:
        cand.fragments = _fragments(index, content, inner)
    return cand


def _extraposed_content(doc: Doc, content: Char) -> bool:
    """Whether a content is the clause an "it" subject of a copula stands for ("it is apparent [that A]", "it's
    obvious [that A]"): no one's words but the writer's, whatever the tagger linked as the source."""
    piece = doc.char_span(content[0], content[1], alignment_mode="expand")
    return piece is not None and len(piece) > 0 and extraposed(piece.root)


def _governor(doc: Doc, content: Char) -> Char | None:
    """The word a content without a tagged cue hangs on in the parse, when it is a verb or noun outside the
    content: ``found`` in "X found [that …]", ``query`` in "to query veterans about [the impact]"."""
    piece = doc.char_span(content[0], content[1], alignment_mode="expand")
    if piece is None or not len(piece):
        return None
    head = piece.root.head
    while head.dep_ in {"prep", "agent"} and head.head.i != head.i:
        head = head.head
    if piece.start <= head.i < piece.end or head.pos_ not in _GOVERNORS or head.sent != piece.root.sent:
        return None
    return head.idx, head.idx + len(head.text)


def _without_time(doc: Doc, span: Char) -> Char:
    """A cue span without the time expression the tagger ran it into: ``said on Tuesday`` -> ``said``.

    A cue is the act of saying; when it was said is the statement date, read from the parse elsewhere.
    """
    piece = doc.char_span(span[0], span[1], alignment_mode="expand")
    if piece is None or not len(piece):
        return span
    toks = list(piece)
    while len(toks) > 1 and (toks[-1].ent_type_ in _WHEN or toks[-1].is_punct or _time_preposition(toks[-1])):
        toks.pop()
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _time_preposition(token: Token) -> bool:
    """A preposition whose objects are all time expressions (the "on" of "on Tuesday")."""
    children = list(token.children)
    return token.dep_ == "prep" and bool(children) and all(c.ent_type_ in _WHEN for c in children)


def _cue_subject(index: DocIndex, cue: Token | None, content: Char) -> tuple[int, int | None] | None:
    """The token index of a verb cue's speaker as the rules read it (``verb_speaker``: the subject, or the one a
    recording is of, a letter's sender, ...; a passive subject too, as the tagger's cues are mostly verbs it saw
    said) and of its antecedent, for a relative pronoun; None when that speaker lies inside the content itself or
    names no one: a word that is no noun or pronoun (a possessive "'s" the parse made the subject), or a relative
    pronoun the parse left without its noun. The source the tagger linked is the speaker then."""
    if cue is None or cue.pos_ not in {"VERB", "AUX"}:
        return None
    subject, antecedent = verb_speaker(cue, index, passive_subject=True)
    if subject is None or not _names_someone_outside(subject, content):
        return None
    if subject.tag_ in RELATIVE_TAGS and antecedent is None:
        return None
    return subject.i, antecedent.i if antecedent is not None else None


def _targeted_noun(index: DocIndex, cue: Token | None) -> Token | None:
    """The statement noun of a cue whose subject is its target ("faced criticism", "came under fire"): the cue
    itself when it is that noun, or the object of the cue when it is the verb."""
    if cue is None:
        return None
    if cue.pos_ == "NOUN":
        verb = _taking_verb(cue)
        if (cue.dep_ == "dobj" or verb is not cue.head) and verb.lemma_.lower() in index.lang.target_verbs:
            return cue
        return None
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in index.lang.target_verbs:
        return None
    for child in cue.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            return child
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            return next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return None


def _target_holder(index: DocIndex, noun: Token) -> Token | None:
    """Whose a targeted statement noun is: its own holder, else the "from" or "by" object of the verb that takes
    it, where the parse often hangs it ("drew criticism *from unions*")."""
    found = holder(noun, index)
    return found if found is not None else agent_object(_taking_verb(noun))


def _taking_verb(noun: Token) -> Token:
    """The word a noun is the object of: its head, or the head of its "with" / "under" ("came under fire")."""
    return noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in _TARGET_PREPS else noun.head


def _names_someone_outside(token: Token, content: Char) -> bool:
    """A noun or pronoun outside the content (not a possessive "'s" or other word the parse made a subject)."""
    return not content[0] <= token.idx < content[1] and token.pos_ in _NOMINAL


def _cue_holder(index: DocIndex, cue: Token | None, content: Char) -> tuple[int, int | None] | None:
    """Whose statement a noun cue is (its possessor, "by" / "from" object, or the subject of a verb of voicing
    it), as the rules' statement nouns read it: the "his" of "his comment about [...]", not the source mention
    nearest to the cue, which the linking would take."""
    if cue is None or cue.pos_ != "NOUN":
        return None
    speaker = holder(cue, index)
    if speaker is None or not _names_someone_outside(speaker, content):
        return None
    return speaker.i, None


def _narration_end(index: DocIndex, after: int, end: int) -> int:
    """Where the attribution that interrupts a quote ends: at the next quotation's opening when only the rest of the
    attribution stands before it, ended by a comma, colon or full stop (``"A," she told reporters. "B."``: the
    addressee is no part of the quote); else right after the cue or source."""
    following = [q for q in index.quotes_within(after, end) if after <= q.open < end]
    if not following:
        return after
    between = index.text[after : following[0].open].rstrip()
    if between[-1:] in {",", ":", "."} and not any(c in index.lang.quote_marks.unambiguous for c in between):
        return following[0].open
    return after


def _fragments(index: DocIndex, content: Char, holes: list[Char]) -> list[Char]:
    """The pieces of an interrupted quote: the content minus its own cue and source, trimmed; a piece that is a
    whole quotation is all of it, its closing comma or full stop included, as the rules' direct quotes are."""
    text, pieces, start = index.text, [], content[0]
    hole_start, hole_end = min(h[0] for h in holes), max(h[1] for h in holes)
    hole_end = _narration_end(index, hole_end, content[1])
    for s, e in ((start, hole_start), (hole_end, content[1])):
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e > s:
            kind, quoted = typed_content(index, s, e)
            pieces.append(quoted if kind == "direct" else (s, e))
    return pieces if len(pieces) > 1 else []


def _in_own_paragraph(index: DocIndex, content: Char, own: list[Char]) -> Char:
    """An unquoted content the tagger ran over a paragraph break stays in the paragraph of its cue and source: one
    run back into the headline and the next paragraph's dateline ("Two killed as storm hits Brazil // PORTO ALEGRE,
    Brazil - At least two people were killed ..., officials said") starts in the cue's paragraph, past the dateline;
    one run on from a headline into the next paragraph's dateline ends with the headline. Not past a colon that ends
    its paragraph: the next spells out what it announced. A content opening a paragraph with its dateline starts past
    it."""
    text, marks = index.text, index.lang.quote_marks.unambiguous
    before = min((s[0] for s in own), default=content[1])
    cut = text.rfind("\n", content[0], min(before, content[1])) if before > content[0] else -1
    if cut >= 0 and not _spells_out(text, cut) and not any(mark in text[content[0] : cut] for mark in marks):
        start = cut + 1
        while start < content[1] and text[start].isspace():
            start += 1
        if start < content[1]:
            content = past_dateline(index, (start, content[1]))
    after = max((s[1] for s in own), default=content[1])
    cut = text.find("\n", max(after, content[0]), content[1])
    if cut >= 0 and not _spells_out(text, cut) and not any(mark in text[cut : content[1]] for mark in marks):
        end = cut
        while end > content[0] and text[end - 1].isspace():
            end -= 1
        if end > content[0]:
            content = (content[0], end)
    return past_dateline(index, content)  # "NEW YORK - A, according to a study"


def _spells_out(text: str, newline: int) -> bool:
    """Whether a paragraph ends with a colon, the next spelling it out ("the following tasks: // Sell her ...")."""
    return text[:newline].rstrip().endswith(":")
