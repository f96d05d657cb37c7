"""The role written next to a speaker's name: the title before it ("Foreign Minister X", "Sen. X", "WHO chief X"),
a description in apposition after it ("X, a teacher") or the title it is apposed to ("The airline's chief executive,
X, resigned")."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.dashes import glued_hyphen, spaced_dash
from quotegraph.extract.datelines import after_dateline, in_dateline
from quotegraph.extract.descriptions import in_clause
from quotegraph.extract.language import LanguageData
from quotegraph.extract.mentions import entity_of, evidence_of, name_tokens, name_word_shaped
from quotegraph.extract.name_context import hung_apart
from quotegraph.extract.name_edges import is_title
from quotegraph.model import Evidence


def title_before(token: Token, lang: LanguageData) -> Evidence | None:
    """The title written before a name ("Foreign Minister X", "WHO chief X"), or None."""
    names = name_tokens(token, lang)
    head = names[-1]
    offices = 0
    while offices < len(names) - 1 and names[offices].lower_ in lang.offices:
        offices += 1  # "Sen. Ted Cruz": the name's words hold the abbreviated office, as they hold "Mr."
    before = _premodifiers(head, names[0], lang) + names[:offices] or _apposed_to_dateline(names[0])
    before = _with_glued_prefix(before)  # "co-author X": the tokenizer split it
    before = _with_particled_place(before, lang)
    if before and any(is_title(t, lang) or t.lower_ in lang.offices for t in before):
        return evidence_of(before, 0.85)  # "Foreign Minister X", "Sen. X"
    if (read_as_verb := _title_governing(head, names[0], lang)) is not None:
        return evidence_of(read_as_verb, 0.75)
    if (split_off := _title_split_off(head, names[0], lang)) is not None:
        return evidence_of(split_off, 0.7)
    return None


def role_of(token: Token, lang: LanguageData) -> Evidence | None:
    """The role or title written next to a name: pre-modifiers ("Foreign Minister X") or an apposition. The title
    before comes first, even an abbreviated rank ("Gen. X, chairman of the Joint Chiefs of Staff" is "Gen."): a later
    "the general" finds its holder by it."""
    if (title := title_before(token, lang)) is not None:
        return title
    names = name_tokens(token, lang)
    head = names[-1]
    # on any word of the name: "Park Sung-soon, an analyst", whose "Sung" the parser made the head
    # not one set after a name joined to this one: "between Republican X and Democrat Y (all times EDT)"
    joined = min((c.i for n in names for c in n.children if c.dep_ == "conj" and c.i > head.i), default=len(token.doc))
    appositions = sorted(
        (c for n in names for c in n.children if c.dep_ == "appos" and head.i < c.i < joined), key=lambda c: c.i
    )
    for k, child in enumerate(appositions):
        between = token.doc[head.i + 1 : child.left_edge.i]
        if not any(t.is_punct for t in between):
            continue  # "Tesla shareholders approve Musk pay package": a headline's noun run on, no apposition
        if hung_apart(head, child):
            continue  # "Gore was in New York ..., the liberal television network": past the name's own verb
        toks = [t for t in child.subtree if not in_clause(t, child)]
        named = [c.left_edge.i for c in child.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
        toks = [t for t in toks if t.i < min(named, default=len(t.doc))]  # "X, Meta's president, and Y, its ..."
        # "the foreign minister of France, a permanent member of the Security Council": France's, not the role's
        inner = {t.i for a in child.subtree if _set_off_apposition(a) and a.i != child.i for t in a.subtree}
        toks = [t for t in toks if t.i not in inner]
        # "co-ordinator": a hyphenated word the tokenizer split in three; "head of Africa strategy at Standard
        # Chartered": a phrase the parser broke after a name, no comma between
        for glued in appositions[k + 1 :]:
            spaced = bool(toks) and toks[-1].whitespace_ and toks[-1].pos_ not in {"NOUN", "PROPN"}  # "herself, a"
            if not toks or glued.left_edge.i != toks[-1].i + 1 or spaced:
                break
            toks += [t for t in glued.subtree if not in_clause(t, glued)]
        while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc"):
            toks.pop()
        if toks and toks[0].tag_ in {"WP", "WP$", "WDT"}:
            continue  # "Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed": a clause, not a role
        if toks and (any(is_title(t, lang) for t in toks) or (entity_of(child) is None and _has_noun(toks))):
            return evidence_of(toks, 0.8)  # not an age ("Ann Lee, 68,") nor "the first to declare"
    return None


def office_in_relative(token: Token, lang: LanguageData) -> Evidence | None:
    """The office a relative clause on a name says its holder holds now, where no title is written beside the name
    (``role_of``, ``description_before``): ``X, who heads NOAA's National Weather Service,`` is head of it (an office
    verb, ``office_verb`` in titles.tsv), ``X, who is the company's chief executive,`` holds the title; not one held
    before ("who led the bank from 2011", "who is a former warlord") nor denied ("who does not")."""
    names = name_tokens(token, lang)
    clauses = [c for n in names for c in n.children if c.dep_ == "relcl" and c.i > names[-1].i]
    for verb in clauses:
        opens_with_who = any(c.dep_ == "nsubj" and c.lower_ == "who" and c.i < verb.i for c in verb.children)
        if not opens_with_who or verb.tag_ != "VBZ" or any(c.dep_ == "neg" for c in verb.children):
            continue
        title = lang.office_verbs.get(verb.lemma_.lower())
        for obj in (c for c in verb.rights if c.dep_ in {"dobj", "attr"}):
            toks = [t for t in obj.subtree if not in_clause(t, obj)]
            while toks and toks[-1].is_punct:
                toks.pop()
            past = any(t.lower_ in lang.past_office_words for t in toks)
            if obj.dep_ == "attr" and verb.lemma_ == "be" and any(is_title(t, lang) for t in toks) and not past:
                return evidence_of(toks, 0.75)  # "who is the company's chief executive"
            if obj.dep_ == "dobj" and title is not None and toks:
                held = evidence_of([verb, *toks], 0.7)
                return Evidence(f"{title} of {evidence_of(toks, 0.7).value}", held.span, held.confidence)
    return None


def _set_off_apposition(word: Token) -> bool:
    """A description set off by a comma before it ("France, a permanent member of the Security Council"; "Loke
    Minerals, one of the companies hoping to bid"; not a place, "the University of Arkansas, Fayetteville")."""
    set_off = word.left_edge.i > 0 and word.doc[word.left_edge.i - 1].text == ","
    partitive = word.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
    return word.dep_ == "appos" and (word.pos_ == "NOUN" or partitive) and set_off


def description_before(token: Token, lang: LanguageData) -> Evidence | None:
    """``The airline's chief executive, Maria Costa, resigned on Monday``: the title a name is apposed to, written
    before it, is the role, whether or not the sentence reports (a later "Costa said" keeps it), where no mention of
    the name has a title before it or an apposition after it (``role_of``). Only a title of one person's (not
    "several hundred guests, ...", a misparse), and no kin a pronoun owns ("his wife, Mary")."""
    names = name_tokens(token, lang)
    head, description = names[-1], names[-1].head
    if (hyphened := _hyphened_title_set_off(names, lang)) is not None:
        return evidence_of(hyphened, 0.7)
    if head.dep_ != "appos":
        description = _set_off_after_noun(names)
    if description.i >= names[0].i or description.tag_ != "NN" or entity_of(description):
        return None
    if not (is_title(description, lang) or description.lower_ in lang.gender_words.get("title", {})):
        return None
    owned = any(c.dep_ == "poss" and c.lower_ in lang.pronouns for c in description.children)
    if owned and not is_title(description, lang):
        return None  # "his wife, Mary": kin may be anyone's; an office ("his finance minister") serves the one
        # "his" takes up (``holders.served_role``)
    first = min(names[0].i, head.left_edge.i)  # "chief medical officer, Professor Chris Whitty": past the title
    toks = after_dateline([t for t in description.subtree if t.i < first and not in_clause(t, description)])
    toks = _with_glued_prefix(toks)  # "co-leader": the tokenizer split it
    while toks and toks[0].tag_ == "WP$":
        toks = toks[1:]  # "the party, whose leader, Ozgur Ozel,": the relative clause's "whose" is no role's
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    if not toks or toks[-1].i != description.i:
        return None  # the name does not follow its description
    return evidence_of(toks, 0.75)


def _set_off_after_noun(names: list[Token]) -> Token:
    """``According to the regional governor, Maksym Kozytskyi, no one was killed``: the parser hung the name set
    off by commas on neither the noun before it nor anything apposed; the noun right before the first comma, or the
    name's last word where the name is not so set off."""
    doc = names[0].doc
    first, last = names[0].i, names[-1].i
    if first < 2 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return names[-1]
    noun = doc[first - 2]
    listed = names[-1].dep_ == "conj" or noun.dep_ == "conj" or noun.head.i == names[-1].i  # "the mayor, Lee, and"
    return names[-1] if listed else noun


def _hyphened_title_set_off(names: list[Token], lang: LanguageData) -> list[Token] | None:
    """``The ANC's secretary-general, Fikile Mbalula, condemned``: the parser read a hyphened title's last word as an
    adjective on the name set off after it; the title and the words it governs before the comma, or None."""
    doc, first = names[0].doc, names[0].i
    if first < 4 or doc[first - 1].text != "," or not glued_hyphen(doc[first - 3]):
        return None
    last = doc[first - 2]
    if last.head.i != names[-1].i or last.dep_ != "amod" or doc[first - 4 : first - 1].text.lower() not in lang.titles:
        return None
    if any(c.dep_ == "poss" and c.lower_ in lang.pronouns for c in last.children):
        return None  # "his director-general" says whose, not what office
    toks = after_dateline([t for t in last.subtree if t.i < first - 1 and not in_clause(t, last)])
    while toks and toks[0].is_punct:
        toks = toks[1:]
    return toks or None


def _with_particled_place(toks: list[Token], lang: LanguageData) -> list[Token]:
    """``Rio Grande do Sul Governor X``: a place whose name holds a particle ("do", "de") the parser read as a verb
    or left out, so the title's words began after it; the words of the place before the particle join them."""
    if not toks or not name_word_shaped(toks[0]) or toks[0].i < 2:
        return toks
    doc = toks[0].doc
    particle = doc[toks[0].i - 1]
    if particle.text not in lang.name_particles:  # in lower case, as a place's particle is written
        return toks
    start = particle.i
    while start > particle.sent.start and name_word_shaped(doc[start - 1]) and not in_dateline(doc[start - 1]):
        start -= 1
    return [*doc[start : toks[0].i], *toks] if start < particle.i else toks


def _with_glued_prefix(toks: list[Token]) -> list[Token]:
    """Words with the prefix the tokenizer split off the first by a hyphen ("co-leader", "co-author")."""
    while toks and toks[0].i >= 2 and glued_hyphen(toks[0].doc[toks[0].i - 1]):
        toks = [*toks[0].doc[toks[0].i - 2 : toks[0].i], *toks]
    return toks


def _apposed_to_dateline(first: Token) -> list[Token]:
    """``LONDON - Former health secretary Matt Hancock told``: the title right before a name that the parser apposed to
    the dateline's place, without the dateline."""
    title = first.doc[first.i - 1] if first.i > 0 else None
    if title is None or title.dep_ != "appos" or not in_dateline(title.head):
        return []
    return [t for t in title.subtree if t.i < first.i and not t.is_punct and not in_dateline(t)]


def _title_governing(head: Token, first: Token, lang: LanguageData) -> list[Token] | None:
    """``WHO chief Tedros Adhanom Ghebreyesus``: the parser read the title right before a name as a verb with the
    name its object (or the name as the title's relative clause: "detained opposition leader Tundu Lissu on
    Wednesday"); the title and the words it governs before the name are the role."""
    title = head.head
    if head.dep_ not in {"dobj", "attr", "relcl"} or title.i != first.i - 1 or not is_title(title, lang):
        return None
    start = min(t.i for t in title.subtree)
    return list(head.doc[start : first.i])


def _title_split_off(head: Token, first: Token, lang: LanguageData) -> list[Token] | None:
    """``Sudan's army chief Abdel Fattah al-Burhan said``: the parser broke the name in pieces and hung the title
    right before it apart from them, neither governing the other; the title and the words it governs before the
    name are the role, with the organisation before it that the parser read as the title's verb ("IAEA chief"); so
    are a title's own words that end right before the name ("U.S. senior adviser for Africa Massad Boulos")."""
    title = _title_ending_before(first, head, lang)
    if title is None:
        return None
    if title in head.subtree or head in title.subtree:
        return None
    toks = [t for t in title.subtree if t.i < first.i]
    owner = title.head
    if owner.i == title.i - 1 and owner.ent_type_ in {"ORG", "GPE", "NORP"} and owner.pos_ in {"VERB", "AUX"}:
        toks = [owner, *toks]  # "IAEA chief Rafael Grossi told": the parser read the agency as a verb
    while toks and (toks[0].is_punct or toks[0].dep_ == "det"):
        toks = toks[1:]
    return toks or None


_IN_TITLES = {".", "-", "'s", "\u2019s"}  # marks a title's own words may hold: "U.S.", "co-founder", "Apple's"


def _title_ending_before(first: Token, head: Token, lang: LanguageData) -> Token | None:
    """The title right before a name's first word, or the title whose phrase ends there ("adviser for Africa"),
    which the parser hung where it hung the name's head (``head``)."""
    if first.i == 0:
        return None
    word = first.doc[first.i - 1]
    for title in (word, *word.ancestors):
        if title.right_edge.i != first.i - 1:
            return None
        if title.pos_ in {"NOUN", "PROPN"} and is_title(title, lang):
            if title == word:
                return title
            words = first.doc[title.left_edge.i : first.i]
            # one run of words: no comma, dash or line break sets the name off ("A former candidate -- John McCain"),
            # and the title stands where the name does, beside it on one word ("ran as a candidate in the new bloc
            # Mr. Manafort helped form": the name is another clause's)
            set_off = any(t.is_space or (t.is_punct and t.text not in _IN_TITLES) for t in words)
            beside = title.head == head.head and title.dep_ == head.dep_
            return title if beside and not set_off else None
    return None


def _has_noun(tokens: list[Token]) -> bool:
    return any(t.pos_ == "NOUN" for t in tokens)


def _premodifiers(head: Token, first: Token, lang: LanguageData) -> list[Token]:
    subtree = {t.i for t in head.subtree}
    # a title's own object belongs to it: "Secretary of Defense Ann Lee", "Head of the Agency Ann Lee"
    titled = {
        t.i
        for c in head.children
        if c.i < first.i and c.dep_ in {"compound", "nmod"}
        for t in c.subtree
        if t.i < first.i
    }
    doc = head.doc
    start = first.i
    while start > 0:
        prev = doc[start - 1]
        # or a compound hung on a word of the name or of the run: "Manchester United manager Erik ten Hag", whose
        # "ten" the parser read as a number
        hung = prev.dep_ == "compound" and start <= prev.head.i <= head.i
        # "Energy and Mines Minister X": a conjunction joining two words of the title
        joined = prev.dep_ == "cc" and prev.head.i < prev.i and start <= prev.head.head.i <= head.i
        # or the title right before the name, which the parser joined to the title's first word as its conjunct
        joined = joined or (prev.dep_ == "conj" and prev.i == first.i - 1 and is_title(prev, lang))
        if (prev.i not in subtree and not hung) or (
            prev.dep_ not in {"compound", "amod", "nmod", "punct"} and prev.i not in titled and not joined
        ):
            break
        if prev.dep_ == "punct" and (prev.text not in {"-", "\u2013"} or spaced_dash(prev)):
            break  # a spaced dash ends a dateline: "WASHINGTON - President Joe Biden"
        if prev.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in prev.children):
            break  # "The paper quoted leader Xi": a verb with its own subject, read as the title's adjective
        start -= 1
    toks = list(doc[start : first.i])
    # "the U.S. Ambassador X": the role is "U.S. ..."; "the Conservatives, whose Treasury spokesman X": "Treasury ..."
    while toks and (toks[0].is_punct or toks[0].dep_ == "det" or toks[0].tag_ == "WP$"):
        toks = toks[1:]
    return toks


def title_word(token: Token, lang: LanguageData) -> bool:
    """A title as written or as its lemma ("officials" -> "official")."""
    return token.lower_ in lang.titles or token.lemma_.lower() in lang.titles


def role_holds(role: str, title: Token, lang: LanguageData, last: bool = False) -> bool:
    """Whether a role holds a description's title, written out, or as an abbreviated office with the names that
    qualify the description ("Vermont Sen." holds "the Vermont senator" and "the senator", "Republican Sen." not
    "the Vermont senator"); the office alone ("Sen.") holds any for the person mentioned ``last`` before it ("Sen.
    Marco Rubio ... The Florida senator"), not for one further back (Rand Paul's "Sen." held "the Vermont senator"
    after Bernie Sanders was named, on PolNeAR train)."""
    role, lemma = role.lower(), title.lemma_.lower()
    if other_nationality(role, title):
        return False  # "Hungarian Prime Minister X ... the former Estonian prime minister": not X
    written_out = lang.office_titles.get(lemma)  # "Thai PM" for a "Prime Minister"
    if lemma in role or (written_out is not None and written_out in role):
        return True
    named = named_qualifiers(title)
    if _initials_held(role, lemma, lang):
        return all(word in role for word in named)  # "the Boeing CEO" holds "Boeing Chief Executive"
    if named and generic_title(title, lang):
        return all(word in role for word in named)  # "the Boeing boss" holds "Boeing Chief Executive"
    words = role.split()
    if not any(lang.office_titles.get(word) == lemma for word in words):
        return False
    return (last and len(words) == 1) or all(word in role for word in named)


def _initials_held(role: str, lemma: str, lang: LanguageData) -> bool:
    """Whether a role (lower case) writes out a title written as its initials, or writes as its initials a title
    written out ("Boeing Chief Executive" holds "the CEO"; "Boeing CEO" holds "the chief executive")."""
    written_out = lang.title_initials.get(lemma)
    if written_out is not None:
        return written_out in role
    words = role.split()
    return any(lang.title_initials.get(word, "").split()[-1:] == [lemma] for word in words)


def other_nationality(role: str, title: Token) -> bool:
    """Whether a description names a nationality or party (a NORP word qualifying its title) and the role (lower
    case) names another one the text names, not the description's."""
    own = {c.lower_ for c in title.children if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ == "NORP"}
    if not own:
        return False
    words = set(role.split())
    others = {e.text.lower() for e in title.doc.ents if e.label_ == "NORP"} - own
    # not a word of a name the role holds: "the head of the European Union's military committee" is not European
    names = [e.text.lower() for e in title.doc.ents if e.label_ in {"ORG", "GPE", "LOC", "FAC"}]
    named = {w for w in others & words if any(w in n.split() and n in role for n in names)}
    return not own & words and bool(others & words - named)


def named_qualifiers(title: Token) -> list[str]:
    """The names that qualify a title, lower-cased ("Vermont" in "the Vermont senator", "Boeing" in "the Boeing
    boss")."""
    return [c.lower_ for c in title.children if c.dep_ in {"compound", "amod", "nmod"} and c.pos_ == "PROPN"]


def generic_title(title: Token, lang: LanguageData) -> bool:
    """Whether a title may describe the holder of any office ("the official", "the spokesman"; titles.tsv)."""
    return title.lemma_.lower() in lang.generic_titles or title.lower_ in lang.generic_titles
