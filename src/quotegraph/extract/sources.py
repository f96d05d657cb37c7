"""Source phrases: ``According to X, A``, ``A, as reported by X``, ``In X's opinion, A``.

The phrase names the source and the rest of its sentence is the content. The prepositions and opinion nouns are
language data (``source_prep``, ``opinion_noun`` in cue_phrases.tsv), as are the nouns that, run into a clause,
name a rule followed rather than a source (``not_a_source``: ``works according to plan``).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span, trim, typed_content
from quotegraph.extract.cues import claimed, cue_verb, is_cue, new_candidate
from quotegraph.extract.datelines import after_dateline
from quotegraph.extract.language import LanguageData

#: The rule of every attribution whose source a phrase names (here, and a finding's: ``findings.py``).
SOURCE_PHRASE_RULE = "source_phrase"
_NO_AUTHORS = {"GPE", "LOC", "FAC", "DATE", "TIME"}  # "a report from London", "data from last year"
_SET_OFF = {",", "-", "--", "—", "–", "("}  # marks that set a source phrase off from the clause before it


def _clause_without(phrase: Token, source: Token, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The content of a source phrase: the words after it when it opens its sentence, the words before it when it
    ends the sentence or closes its main clause (``_closes_clause``), otherwise the whole sentence around it; never
    the cue's words (``cue``, character offsets), which lie outside the phrase when the parser made "according" the
    sentence's verb; when the parser hung the clause in the source's apposition, the words after it
    (``_clause_hung_in_phrase``)."""
    cue_words = phrase.doc.char_span(cue[0], cue[1], alignment_mode="expand") or ()
    phrase_ids = {t.i for t in phrase.subtree} | {t.i for t in cue_words}
    sent = phrase.sent
    toks = [t for t in sent if t.i not in phrase_ids and not t.is_space]
    if all(t.is_punct for t in toks) and (clause_start := _clause_hung_in_phrase(source)) is not None:
        return token_span(t for t in sent if t.i >= clause_start and not t.is_space)
    if phrase.i == sent.start or phrase.left_edge.i == sent.start or _after_opening_phrase(phrase):
        toks = [t for t in toks if t.i > phrase.right_edge.i]
    elif _closes_clause(phrase) or all(
        t.is_punct or t.is_space for t in phrase.doc[phrase.right_edge.i + 1 : sent.end]
    ):
        toks = [t for t in toks if t.i < phrase.left_edge.i]
    return token_span(after_dateline(toks))  # "NEW YORK - A, according to a study"


def _after_opening_phrase(phrase: Token) -> bool:
    """``At the same time, according to Georgian sources, A``: a source phrase set off after the adverbial phrases
    that open its sentence (phrases of the main verb, no subject) opens the clause as one at its start does, where
    the clause's subject comes after it (not "At the heart of it, according to X, was B")."""
    doc, sent, left = phrase.doc, phrase.sent, phrase.left_edge.i
    before = [t for t in doc[sent.start : left] if not t.is_punct and not t.is_space]
    if not before or doc[left - 1].text != ",":
        return False
    heads = [t for t in before if t.head == t or not sent.start <= t.head.i < left]
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > phrase.i for c in sent.root.children)
    return subject and all(t.head == sent.root != t and t.dep_ in {"prep", "advmod", "npadvmod"} for t in heads)


def _clause_hung_in_phrase(source: Token) -> int | None:
    """``According to Dr. X, an epidemiologist at Y, misinformation had "undermined ..."``: the parser made
    "according" the sentence's root and hung the clause in the source's apposition. The clause starts after the
    comma that closes the apposition, the first comma after it followed by a subject; None without such a comma."""
    doc, sent = source.doc, source.sent
    apposed = [c for c in source.children if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","]
    if not apposed:
        return None
    for comma in (t for t in doc[apposed[0].i : sent.end] if t.text == ","):
        if any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in doc[comma.i + 1 : sent.end]):
            return comma.i + 1
    return None


def _closes_clause(phrase: Token) -> bool:
    """``A won 758 delegates, according to a tally, but B``: a phrase set off after the main clause it hangs on
    ends that clause's content; what follows (an aside, a clause of contrast) is not the source's. Before ``and``
    or ``or`` the next clause is the source's too (``A, according to X, and B``)."""
    doc, sent = phrase.doc, phrase.sent
    left, right = phrase.left_edge.i, phrase.right_edge.i
    # set off before, or run on from the clause but set off from a clause of contrast after it ("A according to a
    # count by X, but B")
    contrast = right + 2 < len(doc) and doc[right + 1].text == "," and _contrasting(doc[right + 2])
    if phrase.head != sent.root or phrase.head.i > left or left < 2 or not (doc[left - 1].text in _SET_OFF or contrast):
        return False
    if doc[left - 2].pos_ in {"ADP", "DET", "CCONJ", "SCONJ"}:
        return False  # "his motives for, in his view, dropping A": the phrase interrupts a phrase, not a clause
    if any(t.head.i > right for t in doc[sent.start : left] if not t.is_punct):
        return False  # "whose book, according to X, draws A": the phrase stands between a subject and its verb
    if right + 1 < len(doc) and doc[right + 1].text == ")":
        return False  # "(93 percent were white, according to exit polls)": an aside of its own
    following = [t for t in doc[right + 1 : sent.end] if not t.is_punct and not t.is_space]
    return bool(following) and following[0].lower_ not in {"and", "or"}


def _contrasting(word: Token) -> bool:
    """A conjunction opening a clause of contrast ("but", "yet"), not one that joins more of the same ("and")."""
    return word.pos_ == "CCONJ" and word.lower_ not in {"and", "or", "nor"}


def source_phrases(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """Attributions whose source is named by a phrase, the rest of the sentence being the content (after the quote
    stage, before the verbs)."""
    out: list[Candidate] = []
    for tok in index.doc:
        if index.in_quote(tok) or tok.i in used:
            continue
        match = _match_source_prep(tok, index) or _match_opinion(tok, index)
        if match is None:
            continue
        cue_start, cue_end, source, phrase_root = match
        if records_report(phrase_root, source, index):
            continue
        content = _clause_without(phrase_root, source, (cue_start, cue_end))
        if content is None or claimed(found + out, content):
            continue
        cand = new_candidate(index, content, SOURCE_PHRASE_RULE, None, 0.85)
        if cand is None:
            continue
        cand.cue, cand.cue_token, cand.speaker_token = (cue_start, cue_end), tok.i, source.i
        if cue_end <= cand.content[0]:  # not "Lee, 59, was flown to Seoul, according to his party"
            _strip_appositive_name(index, cand)
        used.add(tok.i)
        out.append(cand)
    return out


def records_report(phrase: Token, source: Token, index: DocIndex) -> bool:
    """``NetLab said A, according to a statement sent to Reuters``: a phrase naming a record of the speaker's own
    words (``own_record_noun``) hung after a verb of speech or writing with a subject of its own says where that
    report was made; it relays no one's words of its own. One before the verb ("According to a transcript, she
    insisted"), one on a verb of belief or perception ("Americans would see their taxes go up, according to a
    statement") and one naming anyone else's record ("X said A, according to the report", "Farley's account")
    name the source, as PolNeAR marks them."""
    verb = phrase.head
    if verb.dep_ == "ccomp" and verb.head.i < verb.i and _set_off(phrase) and not is_cue(verb, index):
        verb = verb.head  # "The ministry said exports fell, according to a statement": hung in the clause reported
    if verb.i >= phrase.i or source.lemma_.lower() not in index.lang.own_record_nouns or not is_cue(verb, index):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in source.children):
        return False  # "according to a letter from the committee's chairman": someone else's record of the words
    entry = cue_verb(verb, index.lang)
    speech = entry is not None and entry.cls in {"speech", "writing"}
    return speech and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def cited_record(clause: Token, index: DocIndex) -> Token | None:
    """The first word of a phrase at the end of a reported clause that cites the report's record
    (``records_report``): "said exports fell, *according to a statement*"; None when there is none."""
    for child in clause.rights:
        match = _match_source_prep(child, index)
        if match is not None and records_report(match[3], match[2], index):
            return child
    return None


def _strip_appositive_name(index: DocIndex, cand: Candidate) -> None:
    """``According to the report's author, Joe Kim, the data ...``: the name is the source, not content."""
    doc = index.doc
    at = index.token_at_or_after(cand.content[0])
    first = doc[at] if at < len(doc) else None
    if first is None or first.pos_ != "PROPN":
        return
    name_end = first.i
    while name_end + 1 < len(doc) and doc[name_end + 1].pos_ == "PROPN":
        name_end += 1
    after = doc[name_end + 1] if name_end + 1 < len(doc) else None
    if after is None or after.text != "," or name_end + 2 >= len(doc) or doc[name_end + 2].idx >= cand.content[1]:
        return  # no name set off before the content, or a content that is only a name ("Street, according to X")
    if any(c.dep_ == "appos" and c.i > name_end and c.lower_ in index.lang.titles for c in doc[name_end].children):
        return  # "According to the Herald, John Burrows, the panel's chairman, said A": a name with a role of its
        # own is the subject of the report the phrase relays, not the source's name
    start, end = trim(index.text, doc[name_end + 2].idx, cand.content[1])
    cand.type, cand.content = typed_content(index, start, end)
    cand.speaker_token = name_end


def source_prep_end(tok: Token, lang: LanguageData) -> Token | None:
    """The last word of the source preposition (``source_prep``) that starts at ``tok`` ("to" of "according to"), or
    None when none does."""
    doc = tok.doc
    for words in lang.source_preps:
        if [t.lower_ for t in doc[tok.i : tok.i + len(words)]] == list(words):
            return doc[tok.i + len(words) - 1]
    return None


def _match_source_prep(tok: Token, index: DocIndex) -> tuple[int, int, Token, Token] | None:
    last = source_prep_end(tok, index.lang)
    if last is None:
        return None
    objects = [c for c in last.children if c.dep_ == "pobj"]
    if not objects or (objects[0].lemma_.lower() in index.lang.not_sources and not _set_off(tok)):
        return None
    root = tok if tok.dep_ == "prep" else last
    while root.head.dep_ == "prep" and root.head.i >= tok.i - 1 and root.head.i != root.i:
        root = root.head
    return tok.idx, last.idx + len(last.text), _issuer(objects[0], index), root


def _set_off(tok: Token) -> bool:
    """A phrase that opens its sentence or follows a punctuation mark (``According to the schedule, X``, ``A, according
    to the plan``), as a source phrase is; one run into its clause (``works according to plan``) names a manner."""
    return tok.is_sent_start or tok.i == 0 or tok.nbor(-1).is_punct


def _issuer(noun: Token, index: DocIndex) -> Token:
    """``according to the fears expressed by a senior official``, ``a complaint filed by X``, ``a count by X``: the
    one who voiced or issued what the phrase names speaks through it (a verb of making or voicing,
    ``statement_verb``, or a preposition naming an author, ``author_prep``, not a place or a time: "a report from
    London"); otherwise the phrase's own noun is the source."""
    for participle in noun.children:
        voiced = participle.lemma_.lower() in index.lang.statement_verbs
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and voiced:
            agents = [g for c in participle.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents and agents[0].pos_ in {"NOUN", "PROPN"}:
                return agents[0]
        if participle.dep_ == "prep" and participle.lower_ in index.lang.author_preps:
            authors = [g for g in participle.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
            if authors and authors[0].ent_type_ not in _NO_AUTHORS:
                return authors[0]  # "a count by The Associated Press", "data from the FBI"
    return noun


def _match_opinion(tok: Token, index: DocIndex) -> tuple[int, int, Token, Token] | None:
    if tok.lower_ not in index.lang.opinion_nouns or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if not owners:
        return None
    prep = tok.head
    if prep.head.i != prep.i and is_cue(prep.head, index):
        return None  # "X said in its latest assessment that A": where the verb's report was made, not a source
    return prep.idx, tok.idx + len(tok.text), owners[0], prep
