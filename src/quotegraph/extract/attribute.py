"""Finding attributions in a parsed Doc: content, cue and speaker mention, by rules a reviewer can read.

Stages, in priority order (a later stage never takes a cue or content an earlier one claimed):

1. quotes with a cue beside them (``"A," he said`` / ``He said: "A"`` / ``"A," said X``);
2. source prepositions (``according to X, ...``) and opinion phrases (``in X's opinion, ...``);
3. reporting verbs with a clausal complement (``X said (that) ...``, inverted ``..., says X``, ``X considers ...``,
   speech after a colon or dash);
4. floating quotes: a quoted sentence with no cue takes the speaker of the nearest attributed quote in its
   paragraph (or the paragraph before), as in the Gender Gap Tracker's heuristics (Asr et al., 2021).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span, trim, typed_content
from quotegraph.extract.quotes import QuotedSpan

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_INHERIT_SUBJECT = {"advcl", "xcomp", "conj", "pcomp"}
_WINDOW = 8


def is_cue(token: Token, index: DocIndex) -> bool:
    """A reporting verb outside quotation marks."""
    return (
        token.pos_ in {"VERB", "AUX"}
        and token.lemma_.lower() in index.lang.cue_verbs
        and token.dep_ not in {"amod", "compound"}
        and not index.in_quote(token)
    )


def speaker_of(verb: Token, depth: int = 0) -> tuple[Token | None, Token | None]:
    """The subject of a reporting verb, and the antecedent when the subject is a relative pronoun.

    A participle or coordinated verb without its own subject ("X said A, adding that B") takes its head's.
    """
    if verb.lemma_.lower() in {"quote", "cite"}:
        quoted = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        if quoted:
            return quoted[0], None
    for child in verb.children:
        if child.dep_ in _SUBJECTS and not (
            child.lower_ == "there" or (child.lower_ == "it" and child.dep_ != "nsubj")
        ):
            if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                return child, verb.head
            return child, None
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj, None
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return verb.head, None
    if depth < 3 and verb.dep_ in _INHERIT_SUBJECT and verb.head.i != verb.i:
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        return speaker_of(head, depth + 1)
    return None, None


def find_candidates(index: DocIndex) -> list[Candidate]:
    """Run every stage over the Doc and return the attributions found, in text order."""
    used: set[int] = set()
    found: list[Candidate] = []
    found += _quote_adjacent(index, used)
    found += _source_phrases(index, used, found)
    found += _verb_cues(index, used, found)
    found += _floating_quotes(index, found)
    return sorted(found, key=lambda c: c.content)


def _new(
    index: DocIndex,
    content: tuple[int, int],
    rule: str,
    verb: Token | None,
    conf: float,
    speaker: Token | None = None,
) -> Candidate | None:
    start, end = trim(index.text, *content)
    if end - start < 2:
        return None
    qtype, span, fragments = typed_content(index, start, end)
    cand = Candidate(content=span, type=qtype, rule=rule, confidence=conf, fragments=fragments)
    if verb is not None:
        cand.cue = (verb.idx, verb.idx + len(verb.text))
        cand.cue_token = verb.i
        subject, antecedent = (speaker, None) if speaker is not None else speaker_of(verb)
        cand.speaker_token = subject.i if subject is not None else None
        cand.antecedent = antecedent.i if antecedent is not None else None
    return cand


def _cue_after(index: DocIndex, quote: QuotedSpan) -> tuple[Token, Token] | None:
    doc = index.doc
    window: list[Token] = []
    for tok in doc[index.token_at_or_after(quote.outer_end) :]:
        if tok.text in {".", "!", "?", "\n", "\n\n"} or "\n" in tok.text or index.in_quote(tok):
            break
        window.append(tok)
        if len(window) >= _WINDOW:
            break
    words = [t for t in window if not t.is_punct]
    if not window or (window[0].is_punct and window[0].text not in {",", "\u2014", "\u2013", "-"}) or not words:
        return None
    span_ids = {t.i for t in window}
    for tok in words[:5]:
        if is_cue(tok, index) and not _has_own_content_after(tok, quote):
            subjects = [c for c in tok.children if c.dep_ in _SUBJECTS and c.i in span_ids]
            subject = subjects[0] if subjects else speaker_of(tok)[0]
            if subject is not None and subject.i in span_ids:
                return tok, subject
    return None


def _cue_before(index: DocIndex, quote: QuotedSpan) -> Token | None:
    text = index.text
    before = text[: quote.open].rstrip()
    if not before or (before[-1] not in {":", ",", "\u2014", "\u2013"} and not before.endswith(("said", "says"))):
        return None
    para_start = text.rfind("\n", 0, quote.open) + 1
    first, last = index.token_at_or_after(para_start), index.token_at_or_after(quote.open)
    toks = [t for t in index.doc[first:last] if not index.in_quote(t)]
    if toks:
        sent_start = toks[-1].sent.start
        toks = [t for t in toks if t.i >= sent_start]
    for tok in reversed(toks):
        if is_cue(tok, index):
            subject, _ = speaker_of(tok)
            if subject is not None and not _has_clause_content(tok, quote):
                return tok
            return None
    return None


def _has_own_content_after(verb: Token, quote: QuotedSpan) -> bool:
    """True when a cue after a quote governs a complement of its own ("...." X said it was ...)."""
    return any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and c.idx >= quote.outer_end for c in verb.children)


def _has_clause_content(verb: Token, quote: QuotedSpan) -> bool:
    """True when the verb already has its own unquoted complement before the quote."""
    return any(c.dep_ == "ccomp" and c.idx < quote.open and c.i > verb.i for c in verb.children)


def _quote_adjacent(index: DocIndex, used: set[int]) -> list[Candidate]:
    found = []
    for quote in index.quotes:
        after = _cue_after(index, quote)
        verb, subject, rule = (*after, "quote_cue_after") if after else (None, None, "")
        if verb is None:
            verb, rule = _cue_before(index, quote), "quote_cue_before"
        if verb is None:
            continue
        prior = index.lang.cue_verbs[verb.lemma_.lower()].confidence
        cand = _new(index, (quote.start, quote.end), rule, verb, 0.95 * prior, subject)
        if cand is not None and cand.speaker_token is not None:
            used.add(verb.i)
            found.append(cand)
    return found


def _clause_without(root: Token, skip: Token) -> tuple[int, int] | None:
    skip_ids = {t.i for t in skip.subtree}
    sent = root.sent
    toks = [t for t in sent if t.i not in skip_ids and not t.is_space]
    if skip.i == sent.start or skip.left_edge.i == sent.start:
        toks = [t for t in toks if t.i > skip.right_edge.i]
    elif skip.right_edge.i >= sent.end - 2:
        toks = [t for t in toks if t.i < skip.left_edge.i]
    return token_span(toks)


def _source_phrases(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in index.doc:
        if index.in_quote(tok) or tok.i in used:
            continue
        match = _match_source_prep(tok, index) or _match_opinion(tok, index)
        if match is None:
            continue
        cue_start, cue_end, source, phrase_root = match
        content = _clause_without(phrase_root, phrase_root)
        if content is None or _claimed(found + out, content):
            continue
        cand = _new(index, content, "source_phrase", None, 0.85)
        if cand is None:
            continue
        cand.cue, cand.cue_token, cand.speaker_token = (cue_start, cue_end), tok.i, source.i
        _strip_appositive_name(index, cand)
        used.add(tok.i)
        out.append(cand)
    return out


def _strip_appositive_name(index: DocIndex, cand: Candidate) -> None:
    """``According to the report's author, Joe Kim, the data ...``: the name is the source, not content."""
    doc = index.doc
    first = next((t for t in doc if t.idx >= cand.content[0]), None)
    if first is None or first.pos_ != "PROPN":
        return
    name_end = first.i
    while name_end + 1 < len(doc) and doc[name_end + 1].pos_ == "PROPN":
        name_end += 1
    after = doc[name_end + 1] if name_end + 1 < len(doc) else None
    if after is None or after.text != "," or name_end + 2 >= len(doc):
        return
    start, end = trim(index.text, doc[name_end + 2].idx, cand.content[1])
    qtype, span, fragments = typed_content(index, start, end)
    cand.type, cand.content, cand.fragments = qtype, span, fragments
    cand.speaker_token = name_end


def _match_source_prep(tok: Token, index: DocIndex) -> tuple[int, int, Token, Token] | None:
    doc = index.doc
    for words in index.lang.source_preps:
        if tok.lower_ != words[0] or tok.i + len(words) > len(doc):
            continue
        if [t.lower_ for t in doc[tok.i : tok.i + len(words)]] != list(words):
            continue
        last = doc[tok.i + len(words) - 1]
        objects = [c for c in last.children if c.dep_ == "pobj"]
        if not objects:
            continue
        root = tok if tok.dep_ == "prep" else last
        while root.head.dep_ == "prep" and root.head.i >= tok.i - 1 and root.head.i != root.i:
            root = root.head
        return tok.idx, last.idx + len(last.text), objects[0], root
    return None


def _match_opinion(tok: Token, index: DocIndex) -> tuple[int, int, Token, Token] | None:
    if tok.lower_ not in index.lang.opinion_nouns or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if not owners:
        return None
    prep = tok.head
    return prep.idx, tok.idx + len(tok.text), owners[0], prep


def _claimed(found: list[Candidate], span: tuple[int, int]) -> bool:
    start, end = span
    for cand in found:
        c_start, c_end = cand.content
        overlap = min(end, c_end) - max(start, c_start)
        if overlap > 0.5 * min(end - start, c_end - c_start):
            return True
    return False


def _verb_content(verb: Token, index: DocIndex) -> tuple[tuple[int, int] | None, str]:
    """The content a reporting verb governs, and the rule that found it."""
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(complements) > 1:
        complements = [c for c in complements if c.i > verb.i] or complements[-1:]
    if complements:
        toks = [t for c in complements for t in c.subtree]
        marks = sorted((t for t in toks if t.dep_ == "mark" and t.lower_ == "that"), key=lambda t: t.i)
        if marks and toks[0].i < marks[0].i <= toks[0].i + 4:
            toks = [t for t in toks if t.i >= marks[0].i]
        return token_span(toks), "verb_clause"
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for clause in (t for t in prep.subtree if t.dep_ in {"relcl", "acl"} and t.i > verb.i):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return token_span(clause.subtree), "verb_clause"
    head = verb.head
    if verb.dep_ in {"parataxis", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
        if head.left_edge.i < verb.left_edge.i and head.right_edge.i > verb.right_edge.i:
            return token_span(head.subtree), "verb_parenthetical"
        if head.dep_ == "ROOT" and verb.i > head.i:
            return token_span(t for t in verb.sent if t.i < verb.left_edge.i), "verb_inverted"
    after = verb.doc[verb.i + 1 : verb.i + 2]
    if len(after) and after[0].text in {":", "\u2014", "\u2013"}:
        return token_span(verb.doc[verb.i + 2 : verb.sent.end]), "verb_colon"
    if index.lang.cue_verbs[verb.lemma_.lower()].content in {"object", "both"}:
        return _object_content(verb, index), "verb_object"
    return None, ""


def _object_content(verb: Token, index: DocIndex) -> tuple[int, int] | None:
    children = list(verb.rights)
    objects = [c for c in children if c.dep_ in {"dobj", "xcomp", "oprd"}]
    if not any(c.dep_ == "dobj" for c in objects):
        objects = [c for c in objects if c.dep_ == "xcomp"]
    for child in children:
        if child.dep_ == "prep" and (verb.lemma_.lower(), child.lower_) in index.lang.verb_preps:
            objects.append(child)
    if not objects:
        return None
    toks = [t for c in objects for t in c.subtree]
    if any(c.dep_ == "prep" for c in objects):
        toks = [t for t in toks if not (t.dep_ == "prep" and t.head.i == verb.i)]
    return token_span(toks)


def _verb_cues(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for objects_pass in (False, True):
        out += _verb_pass(index, used, found + out, objects_pass)
    out += _clause_predicates(index, used, found + out)
    return out


def _human_subject(token: Token, index: DocIndex) -> bool:
    """A subject that can hold a view: a named person or organisation, a personal pronoun, a source noun."""
    if token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or token.pos_ == "PROPN":
        return True
    pronoun = index.lang.pronouns.get(token.lower_)
    if pronoun is not None and pronoun.kind in {"personal", "plural", "first"}:
        return True
    lemma = token.lemma_.lower()
    return lemma in index.lang.titles or lemma in index.lang.source_nouns


def _clause_predicates(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    """Any other predicate with a human subject and a clausal complement ("she was sure that ...", "decided")."""
    out: list[Candidate] = []
    for tok in index.doc:
        if tok.i in used or tok.pos_ not in {"VERB", "AUX", "ADJ"} or index.in_quote(tok):
            continue
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        predicate = tok.head if tok.dep_ == "acomp" else tok
        subject, antecedent = speaker_of(predicate)
        if not clauses or subject is None or not _human_subject(subject, index):
            continue
        content = token_span(t for c in clauses for t in c.subtree)
        if content is None or _claimed(found + out, content):
            continue
        cand = _new(index, content, "clause_predicate", tok, 0.4, subject)
        if cand is not None and not (cand.content[0] <= subject.idx < cand.content[1]):
            cand.antecedent = antecedent.i if antecedent is not None else None
            used.add(tok.i)
            out.append(cand)
    return out


def _verb_pass(index: DocIndex, used: set[int], found: list[Candidate], objects_pass: bool) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in index.doc:
        if tok.i in used or not is_cue(tok, index):
            continue
        content, rule = _verb_content(tok, index)
        if content is None or (rule == "verb_object") != objects_pass or _claimed(found + out, content):
            continue
        prior = index.lang.cue_verbs[tok.lemma_.lower()].confidence
        cand = _new(index, content, rule, tok, (0.6 if rule == "verb_object" else 0.8) * prior)
        if cand is None or cand.speaker_token is None:
            continue
        speaker = index.doc[cand.speaker_token]
        if rule != "verb_parenthetical" and cand.content[0] <= speaker.idx < cand.content[1]:
            continue
        used.add(tok.i)
        out.append(cand)
    return out


def _looks_like_speech(index: DocIndex, quote: QuotedSpan) -> bool:
    words = index.text[quote.start : quote.end].split()
    return len(words) >= 4 and words[0][:1].isupper()


def _floating_quotes(index: DocIndex, found: list[Candidate]) -> list[Candidate]:
    out = []
    for quote in index.quotes:
        if _claimed(found, (quote.start, quote.end)) or not _looks_like_speech(index, quote):
            continue
        source = _nearest_quote_attribution(index, found, quote)
        if source is None:
            continue
        cand = Candidate(
            content=(quote.start, quote.end),
            type="direct",
            rule="floating_quote",
            confidence=0.8 * source.confidence,
            cue=source.cue,
            cue_token=source.cue_token,
            speaker_token=source.speaker_token,
            antecedent=source.antecedent,
            inherited_from=source,
        )
        out.append(cand)
    return out


def _nearest_quote_attribution(index: DocIndex, found: list[Candidate], quote: QuotedSpan) -> Candidate | None:
    para = index.paragraph_of(quote.open)
    quoted = [c for c in found if c.type in {"direct", "mixed"} and c.speaker_token is not None]
    if not quote.closed:
        later = [c for c in quoted if c.content[0] >= quote.end and index.paragraph_of(c.content[0]) == para + 1]
        if later:
            return min(later, key=lambda c: c.content[0])
    before = [c for c in quoted if c.content[1] <= quote.open and index.paragraph_of(c.content[0]) == para]
    if before:
        return max(before, key=lambda c: c.content[1])
    after = [c for c in quoted if c.content[0] >= quote.end and index.paragraph_of(c.content[0]) == para]
    if after:
        return min(after, key=lambda c: c.content[0])
    previous = [c for c in found if c.speaker_token is not None and index.paragraph_of(c.content[0]) == para - 1]
    if previous and _quote_fills_paragraph(index, quote):
        return max(previous, key=lambda c: c.content[1])
    return None


def _quote_fills_paragraph(index: DocIndex, quote: QuotedSpan) -> bool:
    text = index.text
    start = text.rfind("\n", 0, quote.open) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end < 0 else end
    return (quote.end - quote.start) >= 0.8 * len(text[start:end].strip())
