"""Who relayed a statement: the intermediary between the speaker and the article ("The Guardian quoted X, who said",
"X was quoted by Y", "X, quoted by Y, said", "X told state TV, in remarks carried by TASS", "X said A, according to
Y", "X said A. His comments were carried by Y"). The verbs of relaying and how they name the intermediary are
language data (``via_verbs.tsv``)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.cited_sources import relaying_medium
from quotegraph.extract.datelines import dateline_dash
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import bare_article, entity_of, evidence_of, mention_tokens, named_appositions
from quotegraph.extract.relayed import quotes_as_saying, relay_read_as_noun, relaying_source
from quotegraph.extract.roles import title_word
from quotegraph.extract.sources import source_prep_end
from quotegraph.extract.subjects import quoting_read_as_modifier
from quotegraph.model import Evidence


def intermediaries(cand: Candidate, candidates: list[Candidate], index: DocIndex) -> list[Evidence]:
    """The intermediary of ``cand`` (the first found of a relaying verb, a source phrase around the report and one
    hung on its cue), unless its words name the speaker: no one relays her own words; a description by the name its
    own report resolved it to."""
    if cand.cue_token is None:
        return []
    cue = index.doc[cand.cue_token]
    via = (
        _citing_medium(cand, index)
        or _find_via(cand, cue, index)
        or _relayed_by(cand, candidates, index)
        or _source_phrase_on(cand, cue, index)
        or _given_through(cue, index)
        or _carried_after(cand, cue, index)
        or _reported_beside(cand, cue, index)
    )
    return [_resolved(v, candidates, index) for v in via if not _same_name(v.value, cand.name)]


def _resolved(via: Evidence, candidates: list[Candidate], index: DocIndex) -> Evidence:
    """An intermediary described ("the news agency") by the name its own report's speaker was resolved to ("told
    Bloomberg News that A, the news agency reported" relays through Bloomberg News)."""
    if via.span is None:
        return via
    for other in candidates:
        head = index.doc[other.speaker_token] if other.speaker_token is not None else None
        if head is None or head.pos_ == "PROPN" or not via.span.start <= head.idx < via.span.end:
            continue
        if other.name and other.kind in {"person", "organisation"}:
            return Evidence(other.name, via.span, via.confidence)
    head = index.doc[index.token_at_or_after(via.span.end) - 1]
    if (name := _named_with_noun(head, index)) is not None:
        return Evidence(name, via.span, via.confidence)
    return via


def _named_with_noun(noun: Token, index: DocIndex) -> str | None:
    """``an interview with the newspaper Izvestia ... The newspaper quoted X``: a definite description takes up the
    name written right after the same noun before it, in its paragraph or the one before; None without one."""
    if noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.children):
        return None
    para = index.paragraph_of(noun.idx)
    for tok in reversed(index.doc[: noun.i]):
        if index.paragraph_of(tok.idx) < para - 1:
            return None
        after = tok.nbor(1)
        if tok.lemma_ == noun.lemma_ and tok.dep_ == "compound" and after.pos_ == "PROPN" and after.ent_type_ == "ORG":
            ent = entity_of(after)
            return ent.text if ent is not None else after.text
    return None


def _find_via(cand: Candidate, cue: Token, index: DocIndex) -> list[Evidence]:
    """The intermediary that relayed the statement by a verb of relaying around its cue: "The Guardian quoted X, who
    said", "X was quoted by Y", "X, quoted by Y, said"."""
    doc = index.doc
    holder = doc[cand.antecedent] if cand.antecedent is not None else None
    verbs = [holder.head] if holder is not None else []
    lang = index.lang
    quoted = any(c.dep_ == "nsubjpass" or (c.lower_ == "as" and c.n_rights) for c in cue.children)
    if quoted and cue.lemma_.lower() in lang.quoting_verbs:
        verbs.append(cue)  # "X was quoted by Y", "Y quoted X as saying": the cue itself relays
    if (misread := quoting_read_as_modifier(cue)) is not None:
        verbs.append(misread[1])  # "Y quoted leader X as saying", "quoted" read as X's adjective
    verbs += _reporting_ancestors(cue)
    if cand.speaker_token is not None:  # "The official, quoted by Reuters, said"
        verbs += [c for c in doc[cand.speaker_token].children if c.dep_ == "acl"]
    verbs = [v for v in verbs if v.lemma_.lower() in lang.relaying_verbs]
    # "X told state TV, in remarks carried by TASS, that A"
    verbs += [v for v in _relaying_phrase(cue) if v.lemma_.lower() in lang.via_verbs]
    for verb in verbs:
        for child in _named_first(verb.children):
            if child.dep_ == "nsubj" and dateline_dash(child) is not None:
                continue  # "CAIRO (Reuters) - Egypt's Al-Qahera TV quoted": the dateline read as a second subject
            if child.dep_ == "nsubj" and bare_article(child):
                break  # "A reported 50,000 people, who are demanding": the article is no one (the verb modifies)
            if child.dep_ == "nsubj" and child.i != cand.speaker_token and (holder is None or child.i != holder.i):
                # not the speaker's own verb: "Citing two people, Bloomberg reported" relays nothing of Bloomberg's
                return [evidence_of(_relay_words(child, index.lang), 0.85), *_cited(verb, index)]
        for pobj in _agents(verb):
            if pobj.i != cand.speaker_token:
                return [evidence_of(_relay_words(pobj, index.lang), 0.85)]
    return []


def _citing_medium(cand: Candidate, index: DocIndex) -> list[Evidence]:
    """The medium that cited the speaker for its report ("KCNA, citing a spokesman, said A": ``cited_sources``)."""
    medium = relaying_medium(cand, index)
    return [evidence_of(_relay_words(medium, index.lang), 0.85)] if medium is not None else []


def _reporting_ancestors(cue: Token) -> list[Token]:
    """The two words above a cue that may report it ("RIA reported that X said A"), up to a clause of when or why
    hung on one ("CCTV reported, as data showed B": the data's showing is the writer's, not CCTV's report) or a
    clause coordinated with one, with a subject of its own ("Spanish media reported A, but the club denied that")."""
    out: list[Token] = []
    word = cue
    while len(out) < 2 and word.head.i != word.i and word.dep_ != "advcl":
        if word.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.children):
            break
        word = word.head
        out.append(word)
    return out


def _given_through(cue: Token, index: DocIndex) -> list[Evidence]:
    """The person a report was given through (``relaying_prep``): "Trump said through a spokesman that A", "through
    his lawyer"; a person named or described by a title, not a medium ("through a statement")."""
    lang = index.lang
    preps = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in lang.relaying_preps]
    for pobj in (o for p in preps for o in p.children if o.dep_ == "pobj"):
        if pobj.ent_type_ == "PERSON" or title_word(pobj, lang):
            return [evidence_of(_relay_words(pobj, lang), 0.8)]
    return []


def _carried_after(cand: Candidate, cue: Token, index: DocIndex) -> list[Evidence]:
    """``X said A. His comments were carried by the RIA news agency``: the next sentence of the paragraph, the
    speaker's words passed on by a relaying verb, names who relayed the reports of the sentence before."""
    doc, sent = cue.doc, cue.sent
    if sent.end >= len(doc) or index.paragraph_of(doc[sent.end].idx) != index.paragraph_of(cue.idx):
        return []
    verb = doc[sent.end].sent.root
    if verb.lemma_.lower() not in index.lang.via_verbs:
        return []
    words = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not words or index.lang.venue_nouns.get(words[0].lemma_.lower()) != "statement":
        return []  # "His comments", "The remarks"; not "The talks were reported by"
    owners = [c for c in words[0].children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if owners and not _same_name(owners[0].text, cand.name):
        return []  # another's remarks
    agents = _agents(verb)
    return [evidence_of(_relay_words(agents[0], index.lang), 0.75)] if agents else []


def _relaying_phrase(cue: Token) -> list[Token]:
    """The participles on the nouns of a cue's phrases (``carried`` of "told state TV, in remarks carried by TASS")."""
    nouns = [o for p in cue.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [a for o in nouns for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]


def _agents(verb: Token) -> list[Token]:
    """The objects of a verb's "by" (``X was quoted by Y``), and of the "by" the parser hung on "as saying" after it
    (``X was quoted as saying by Y``)."""
    found = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    said = _as_saying(verb)
    by = [c for g in said for c in g.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"]
    return found + [p for c in by for p in c.children if p.dep_ == "pobj"]


def _as_saying(verb: Token) -> list[Token]:
    """The verbs of a verb's "as" phrases ("saying" of "quoted him as saying")."""
    return [g for c in verb.children if c.lower_ == "as" for g in c.children if g.dep_ == "pcomp"]


def _named_first(children: Iterable[Token]) -> list[Token]:
    """A verb's children, a proper-noun subject first: the parser can make a name and the description before it two
    subjects ("the state news agency RIA reported"), and the name is the intermediary's."""
    ordered = list(children)
    return sorted(ordered, key=lambda t: not (t.dep_ == "nsubj" and t.pos_ == "PROPN"))


def _reported_beside(cand: Candidate, cue: Token, index: DocIndex) -> list[Evidence]:
    """``X told reporters the accusations were "unfounded," the Interfax news agency reported``: the parser hung the
    relaying clause after the content on the cue, as a second complement or with the content its own; its subject
    relayed the report. So did the words before a headline's relay read as a noun ("Iran says A, state media
    report")."""
    for clause in cue.children:
        relays = clause.lemma_.lower() in index.lang.relaying_verbs
        if clause.dep_ == "conj" and relays and clause.idx >= cand.content[1] and relay_read_as_noun(clause, index):
            named = [t for t in clause.subtree if t.i < clause.i and not t.is_punct]
            if any(t.pos_ in {"NOUN", "PROPN"} for t in named):  # "Iran says A, state media report"
                return [evidence_of(named, 0.7)]
        if clause.dep_ != "ccomp" or clause.idx < cand.content[1] or not relays:
            continue
        own = [c for c in clause.children if c.dep_ in {"ccomp", "dobj", "xcomp"} and c.idx >= cand.content[1]]
        if own and not _quoted_back(clause, own, index):
            continue  # a report of its own; not the content the parser hung on it ("A, the agency reported")
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        if subjects:
            return [evidence_of(mention_tokens(subjects[0], index.lang), 0.75)]
    return []


def _quoted_back(relay: Token, objects: list[Token], index: DocIndex) -> bool:
    """``X said A, TASS quoted him as saying``: a relay quoting the speaker, by a pronoun, "as saying" nothing more
    carries the report before it."""
    saying = _as_saying(relay)
    return (
        quotes_as_saying(relay, index)
        and all(o.dep_ == "dobj" and o.pos_ == "PRON" for o in objects)
        and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for g in saying for c in g.children)
    )


def _relayed_by(cand: Candidate, candidates: list[Candidate], index: DocIndex) -> list[Evidence]:
    """The source of a source phrase whose content holds the report ("X said A, according to Interfax")."""
    outer = relaying_source(cand, candidates, index)
    if outer is None or outer.speaker_token is None:
        return []
    if _own_record(index.doc[outer.speaker_token], cand, index):
        return []  # "according to her account, she insisted": the speaker's own record, no one relaying
    source = index.doc[outer.speaker_token]
    relay = evidence_of(_relay_words(_carrier(source, index) or source, index.lang), 0.8)
    cue = outer.cue_token
    cited = _cited(index.doc[cue], index) if outer.rule == "verb_clause" and cue is not None else []
    return [relay, *cited]


def _own_record(noun: Token, cand: Candidate, index: DocIndex) -> bool:
    """Whether a source phrase's noun is a record (``venues.tsv``) of the speaker's own: its possessor a pronoun or
    the speaker's name ("her account", "Mariano's memoir"), not another's ("a statement from the White House"); or a
    part or copy of one, the record the phrase right after it names ("a copy of his speech seen by Reuters")."""
    for record in _record_nouns(noun):
        if record.lemma_.lower() not in index.lang.venue_nouns:
            continue
        owners = [c for c in record.children if c.dep_ == "poss"]
        if any(o.pos_ == "PRON" or _same_name(o.text, cand.name) for o in owners):
            return True
    return False


def _record_nouns(noun: Token) -> list[Token]:
    """A source phrase's noun and the noun of the phrase right after it, which a part or copy names ("a copy of his
    speech", "excerpts from the transcript")."""
    after = [p for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 for p in c.children if p.dep_ == "pobj"]
    return [noun, *after[:1]]


def _cited(verb: Token, index: DocIndex) -> list[Evidence]:
    """Whom a relaying verb's speaker cites ("RIA, citing The Guardian, reported that X said A", the participle on
    the verb or on the clause it reports): the next intermediary in, after the reporter, as the chain runs outermost
    first."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    participles = [c for node in (verb, *clauses) for c in node.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    quoting = [p for p in participles if p.lemma_.lower() in index.lang.quoting_verbs]
    cited = [o for p in quoting for o in p.children if o.dep_ == "dobj"]
    return [evidence_of(_relay_words(c, index.lang), 0.75) for c in cited[:1]]


def _same_name(via: str, speaker: str | None) -> bool:
    """Whether an intermediary's words name the speaker ("Lage" for Carlos Lage, whom the parser hung after
    "according to"), word for word: "Xinhua" does not name Xi."""
    if not speaker:
        return False
    via_words, speaker_words = set(via.lower().split()), set(speaker.lower().split())
    return via_words <= speaker_words or speaker_words <= via_words


def _source_phrase_on(cand: Candidate, verb: Token, index: DocIndex) -> list[Evidence]:
    """A source phrase hung on the cue itself relays the report: ""A," Johnson told the BBC, according to the
    broadcaster" (the quote stage took the quotation first, so no phrase of its own was found); so does one the
    parser hung on the reported clause after its content. A record the phrase names relays nothing ("according to
    a transcript", "a copy of his speech") unless someone carried it ("according to a readout carried by Xinhua")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    phrases += [c for clause in clauses for c in clause.children if c.dep_ == "prep" and c.idx >= cand.content[1]]
    for child in phrases:
        last = source_prep_end(child, index.lang)
        for pobj in (c for c in last.children if c.dep_ == "pobj") if last is not None else ():
            if any(noun.lemma_.lower() in index.lang.venue_nouns for noun in _record_nouns(pobj)):
                carrier = _carrier(pobj, index)
                return [evidence_of(_relay_words(carrier, index.lang), 0.7)] if carrier else []
            return [evidence_of(_relay_words(pobj, index.lang), 0.75)]
    return []


def _carrier(record: Token, index: DocIndex) -> Token | None:
    """Who carried a record, by a relaying participle's "by" ("a readout carried by the official Xinhua news
    agency": Xinhua relays what the readout records), or None."""
    carriers = [
        agent
        for participle in record.children
        if participle.dep_ == "acl" and participle.lemma_.lower() in index.lang.via_verbs
        for agent in _agents(participle)
    ]
    return carriers[0] if carriers else None


def _relay_words(token: Token, lang: LanguageData) -> list[Token]:
    """The words that name an intermediary: its name (``_by_name``), with the words before a medium's common name
    ("quoted by state TV", "carried by Russian state television")."""
    name = _by_name(token)
    words = mention_tokens(name, lang)
    if words != [name] or lang.addressee_words.get(name.lemma_.lower()) != "medium":
        return words
    start = min((c.left_edge.i for c in name.lefts if c.dep_ in {"compound", "amod"}), default=name.i)
    return list(name.doc[start : name.i + 1])


def _by_name(token: Token) -> Token:
    """The name set beside a description in apposition, else the token: "the state-owned daily, *The Herald*"; or
    right after it, which the parser may hang elsewhere ("quoted as saying by the official news agency *IRNA*")."""
    if token.pos_ == "PROPN":
        return token
    named = named_appositions(token)
    if named:
        return named[0]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    entity = entity_of(after) if after is not None and after.ent_iob_ == "B" else None
    return entity.root if entity is not None and entity.label_ == "ORG" else token
