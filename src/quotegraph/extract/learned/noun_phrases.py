"""Noun phrases read without a parse (fast mode): the words a relative pronoun source stands for ("31 Latinos who
said"), and the rest of a source the tagger cut short at its determiner ("the" of "the regional body")."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import DocIndex
from quotegraph.extract.learned.apposed_names import AGE, NAME_REACH, POSSESSIVES, is_description, is_name, name_before

_ANTECEDENT_REACH = 4  # words before the head: "the former deputy mayor"
_COMPLETION_REACH = 4  # words after a determiner: "the Saudi Interior Ministry"
# Prepositions that join a place or body to the noun a relative pronoun stands for ("critics of the plan, who",
# "officials in Kyiv, who"): "of" before any phrase, the others before a name only.
JOINERS = frozenset({"of", "in", "from", "at"})
_LEADING_PREPOSITIONS = JOINERS | {"to", "with", "on", "by", "for", "during"}  # "In a statement to | the Bild"
_DESCRIPTION_REACH = 8  # words from a description's comma to its joiner: "the principal deputy director of"
_NO_HEADS = frozenset({"here", "there", "now", "then", "today"})  # "demonstrators here, who": no noun


def relative_antecedent(index: DocIndex, source: tuple[int, int]) -> tuple[int, int] | None:
    """The words a relative pronoun source stands for, or None for any other source.

    With no parse to go by: the word right before the pronoun (past a comma) heads it, and the phrase runs back to a
    determiner or number a few words earlier ("31 Latinos who", "the former mayor, who"), else over the capitalised
    words before a capitalised head ("President Barack Obama, who"), and on over an "of" before it ("the mayor of
    Paris, who", "critics of the plan, who"). A verb-like word on the way ("the report cited officials who") stops
    the walk, and so does any punctuation: a pronoun that opens its sentence has no antecedent.
    """
    pronoun = index.lang.pronouns.get(index.text[source[0] : source[1]].strip(" ,").lower())
    if pronoun is None or pronoun.kind != "relative":
        return None
    at = index.token_at_or_after(source[0]) - 1
    if at >= 0 and index.doc[at].text == ",":
        at -= 1
    if at < 0 or not (index.doc[at].is_alpha or index.doc[at].like_num) or index.doc[at].lower_ in _NO_HEADS:
        return None
    head = index.doc[at]
    return phrase_ending(index, head).idx, head.idx + len(head.text)


def phrase_ending(index: DocIndex, head: Token) -> Token:
    """The first word of the noun phrase ``head`` ends (``_phrase_start``), on over an "of" or a preposition before a
    name ("critics of the plan", "The city of Phoenix", "officials in Kyiv")."""
    first = _phrase_start(index, head)
    joiner = index.doc[first.i - 1].lower_ if first.i >= 2 else ""
    if joiner in JOINERS and index.doc[first.i - 2].is_alpha and (joiner == "of" or first.is_title):
        first = _phrase_start(index, index.doc[first.i - 2])  # "critics of the plan, who": the critics
    return first


def _phrase_start(index: DocIndex, head: Token) -> Token:
    """The first word of the noun phrase that ``head`` ends: back to a determiner or number within reach, else over
    the capitalised words before a capitalised head, else the head alone."""
    before = list(reversed(index.doc[max(head.i - _ANTECEDENT_REACH, 0) : head.i]))
    for token in before:
        if token.lower_ in index.lang.determiners or token.like_num:
            return token
        if token.lower_ == "of" or not _inside_noun_phrase(index, token):
            break
    first = head
    for token in before if head.is_title else ():
        if not token.is_title:
            break
        first = token
    return first


def _inside_noun_phrase(index: DocIndex, token: Token) -> bool:
    """Whether a word may stand between a determiner and a noun: not punctuation, a function word (but those of
    ``noun_phrase_words``: "former", "last", ...) or a word that reads as a finite verb ("cited", "says")."""
    if token.is_punct or (token.is_stop and token.lower_ not in index.lang.noun_phrase_words):
        return False
    return not (token.is_lower and (token.lower_.endswith("ed") or index.lang.finite_cue_verb(token.text)))


def completed_source(index: DocIndex, source: tuple[int, int], stops: list[int]) -> tuple[int, int]:
    """A source that ends with a determiner ("the", "his", "The" before a line end) runs on over the words after it
    that may stand in a noun phrase, up to four, stopping at punctuation, a function word, a verb-like word and any
    of ``stops`` (where the tagger's cues and contents start) and at a capital after a word in lower case: "The"
    of "The statement said" reads "The statement". A source that is only an age set off after a name ("Lee, 54,
    told") is that name. A source of two words or more that ends with a function word the tagger ran into ("one
    resident, who", "Gen. Mark Milley on") ends before it; one cut before a title word ("the prime | minister") or
    inside a name ("Mayor Karen | Bass") runs on over it (``_name_or_title_run_on``); one inside a relative clause set
    off by commas ("X, who toured the areas in | wellington boots |, said") is the clause's antecedent. Any other
    source stays."""
    words = index.text[source[0] : source[1]].split()
    if len(words) == 1 and AGE.fullmatch(words[0].strip(",")):
        return _aged(index, source) or source
    if not words:
        return source
    if words[-1].lower() not in index.lang.determiners:
        source = _out_of_relative_clause(index, source, stops)
        source = _possessor_run_back(index, _name_run_back(index, _without_relative_clause(index, source)))
        source = _description_run_back(index, _after_leading_phrase(index, source))
        source = _without_trailing_word(index, _without_trailing_day(index, _without_trailing_age(index, source)))
        return _name_or_title_run_on(index, source, stops)
    at = index.token_at_or_after(source[1])
    end = source[1]
    for token in index.doc[at : at + _COMPLETION_REACH]:
        if token.is_space or "\n" in index.text[end : token.idx] or token.idx in stops:
            break
        if not _inside_noun_phrase(index, token):
            break
        if token.lower_ in index.lang.determiners or token.lower_ == "of":
            break
        if token.is_title and token.i > at and index.doc[token.i - 1].is_lower:  # "a speech Mrs. Clinton gave"
            break
        end = token.idx + len(token.text)
    return source[0], end


def _aged(index: DocIndex, age: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase an age is set off after ("Ann Lee, 54,", "the mayor, 54,"), or None."""
    at = index.token_at_or_after(age[0]) - 1
    if at < 1 or index.doc[at].text != "," or not index.doc[at - 1].is_alpha:
        return None
    head = index.doc[at - 1]
    return _phrase_start(index, head).idx, head.idx + len(head.text)


def _name_run_back(index: DocIndex, source: tuple[int, int]) -> tuple[int, int]:
    """A source the tagger began after a name's particle runs back over it and the capitalised words before it
    ("Silva" -> "Luiz Inacio Lula da Silva", "Gaal" -> "Louis van Gaal"), up to four words."""
    at = index.token_at_or_after(source[0])
    if at < 2 or index.doc[at - 1].text not in index.lang.name_particles or not index.doc[at - 2].is_title:
        return source
    return _capitals_before(index, at - 2, at), source[1]


def _possessor_run_back(index: DocIndex, source: tuple[int, int]) -> tuple[int, int]:
    """A source the tagger began at a possessive ending runs back over the capitalised words it ends ("'s foreign
    ministry spokesman" -> "Qatar's foreign ministry spokesman"), up to four words."""
    at = index.token_at_or_after(source[0])
    if at < 1 or at >= len(index.doc) or index.doc[at].lower_ not in POSSESSIVES or not index.doc[at - 1].is_title:
        return source
    return _capitals_before(index, at - 1, at), source[1]


def _description_run_back(index: DocIndex, source: tuple[int, int]) -> tuple[int, int]:
    """A source the tagger began after the joiner of a description set off after a name runs back over the
    description to its comma, so that ``apposed_name`` finds the name: "Nirav Shah, the principal deputy director
    of | the Centers for Disease Control and Prevention, said"."""
    doc = index.doc
    at = index.token_at_or_after(source[0])
    if 0 < at < len(doc) and doc[at - 1].lower_ in index.lang.determiners:
        at -= 1  # "of the | Centers for Disease Control"
    if at < 2 or at >= len(doc) or doc[at - 1].lower_ not in JOINERS:
        return source
    start = at - 1
    while start > 0 and at - start <= _DESCRIPTION_REACH and doc[start - 1].text != ",":
        if doc[start - 1].is_punct or doc[start - 1].is_space:
            return source
        start -= 1
    if start == 0 or doc[start - 1].text != ",":
        return source
    described = list(doc[start : at - 1])
    if not described or not is_description(index, described) or name_before(index, start) is None:
        return source
    return doc[start].idx, source[1]


def _after_leading_phrase(index: DocIndex, source: tuple[int, int]) -> tuple[int, int]:
    """A source the tagger began inside a phrase that opens its sentence, set off by a comma, starts after it: "In
    a statement to | the Bild newspaper, the former finance minister | said" -> "the former finance minister", "In an
    interview with | Reuters, the spokesman" -> "the spokesman"; not a name after "of", which joins it to what it
    describes ("In the words of | Smith, the chairman")."""
    doc = index.doc
    first, last = index.token_at_or_after(source[0]), index.token_at_or_after(source[1])
    commas = [t.i for t in doc[first:last] if t.text == ","]
    if len(commas) != 1 or first < 1 or doc[first - 1].lower_ not in _LEADING_PREPOSITIONS:
        return source
    if not _opens_sentence_with_preposition(index, first):
        return source  # "comes from | Kevin McKinley, a financial adviser": the phrase opens no sentence
    before, after = list(doc[first : commas[0]]), [t for t in doc[commas[0] + 1 : last] if t.text != ","]
    if not after or is_name(index, after) or not is_description(index, after):
        return source
    if doc[first - 1].lower_ == "of" and is_name(index, before):
        return source
    return after[0].idx, source[1]


def _opens_sentence_with_preposition(index: DocIndex, at: int) -> bool:
    """Whether the words before token ``at`` back to the sentence's start, with no comma, open with a preposition
    ("In a statement to |")."""
    doc = index.doc
    start = at
    while start > 0 and at - start < _DESCRIPTION_REACH:
        before = doc[start - 1]
        if before.text in {".", "!", "?"} or "\n" in before.text + before.whitespace_ or before.text == ",":
            break
        start -= 1
    opens = start == 0 or doc[start - 1].text != ","
    return opens and start < at and doc[start].lower_ in _LEADING_PREPOSITIONS and doc[start].is_title


def _capitals_before(index: DocIndex, first: int, at: int) -> int:
    """Where a run of capitalised words that ends at token ``first`` starts, at most ``NAME_REACH`` - 1 words
    before ``at`` (the token the source began at)."""
    while first > 0 and at - first < NAME_REACH and index.doc[first - 1].is_title:
        first -= 1
    return index.doc[first].idx


def _without_trailing_age(index: DocIndex, source: tuple[int, int]) -> tuple[int, int]:
    """A source the tagger ran over the age set off after a name ends before it, and before what follows the age:
    "Maria Lopez, 54" and "Anna Berger, 54, standing" -> the name."""
    first, last = index.token_at_or_after(source[0]), index.token_at_or_after(source[1])
    doc = index.doc
    for at in range(first + 2, min(last, len(doc))):
        if not AGE.fullmatch(doc[at].text) or doc[at - 1].text != ",":
            continue
        if at + 1 < last and doc[at + 1].text != ",":
            continue  # "Smith, 45 minutes later": no age set off
        name = list(doc[first : at - 1])
        if is_name(index, name):
            return source[0], name[-1].idx + len(name[-1].text)
    return source


def _out_of_relative_clause(index: DocIndex, source: tuple[int, int], stops: list[int]) -> tuple[int, int]:
    """The antecedent of the relative clause set off by commas that a source lies inside and ends, right before a
    cue (one of ``stops``), with a word between the clause's pronoun and the source ("Chancellor Olaf Scholz, who
    toured the flooded areas in | wellington boots |, said" -> "Chancellor Olaf Scholz"), else the source: the clause
    describes the one who speaks (not "the airport, which | Mr. Trump |, and others, have likened to")."""
    first, last = index.token_at_or_after(source[0]), index.token_at_or_after(source[1])
    doc = index.doc
    comma = last - 1 if doc[last - 1].text == "," else last
    after = comma + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    if comma >= len(doc) or doc[comma].text != "," or after >= len(doc) or doc[after].idx not in stops:
        return source
    for token in reversed(doc[max(0, first - _DESCRIPTION_REACH) : first - 1]):
        if token.is_punct:
            return source
        pronoun = index.lang.pronouns.get(token.lower_)
        if pronoun is not None and pronoun.kind == "relative" and token.i > 0 and doc[token.i - 1].text == ",":
            return relative_antecedent(index, (token.idx, token.idx + len(token.text))) or source
    return source


def _without_relative_clause(index: DocIndex, source: tuple[int, int]) -> tuple[int, int]:
    """A source the tagger ran over a relative clause set off by a comma ends before it: "Two officials, who spoke
    on condition of anonymity" -> "Two officials"."""
    first, last = index.token_at_or_after(source[0]), index.token_at_or_after(source[1])
    for token in index.doc[first + 1 : last]:
        pronoun = index.lang.pronouns.get(token.lower_)
        before = index.doc[token.i - 1]
        if pronoun is not None and pronoun.kind == "relative" and before.text == "," and token.i - 1 > first:
            end = index.doc[token.i - 2]
            return source[0], end.idx + len(end.text)
    return source


def _without_trailing_word(index: DocIndex, source: tuple[int, int]) -> tuple[int, int]:
    """A source of two words or more without the relative pronoun or the preposition or conjunction
    (``dangling_words``) that ends it, and the punctuation before that word: "one resident, who" -> "one
    resident", "Gen. Mark Milley on" -> "Gen. Mark Milley"; any other last word stays ("Not everyone")."""
    first, last = index.token_at_or_after(source[0]), index.token_at_or_after(source[1]) - 1
    if last <= first or last >= len(index.doc):
        return source
    word = index.doc[last]
    pronoun = index.lang.pronouns.get(word.lower_)
    relative = pronoun is not None and pronoun.kind == "relative" and word.lower_ != "whom"  # "most of whom"
    if not (word.is_lower and (relative or word.lower_ in index.lang.dangling_words)):
        return source
    end = last
    while end > first and index.doc[end - 1].is_punct:
        end -= 1
    before = index.doc[end - 1]
    return source[0], before.idx + len(before.text)


def _without_trailing_day(index: DocIndex, source: tuple[int, int]) -> tuple[int, int]:
    """A source of two words or more without the day the tagger ran it into: "Christian Lindner on Wednesday" ->
    "Christian Lindner on" (the preposition goes with ``_without_trailing_word``), "Ann Lee yesterday" -> "Ann Lee";
    a name of a day or month after no preposition stays ("Theresa May")."""
    first, last = index.token_at_or_after(source[0]), index.token_at_or_after(source[1]) - 1
    if last <= first or last >= len(index.doc):
        return source
    lang, word, before = index.lang, index.doc[last].lower_, index.doc[last - 1]
    dated = word in lang.calendar_names and before.is_lower and before.lower_ in lang.dangling_words
    if not (dated or (index.doc[last].is_lower and word in lang.relative_date_words)):  # not "USA Today"
        return source
    return source[0], before.idx + len(before.text)


def _name_or_title_run_on(index: DocIndex, source: tuple[int, int], stops: list[int]) -> tuple[int, int]:
    """A source cut before a title word runs on over it ("the prime" -> "the prime minister"), and one that ends
    with a capitalised word runs on over the capitalised words right after it, not names of days or months ("Mayor
    Karen" -> "Mayor Karen Bass"), up to two words, never into a cue or content (``stops``) or past punctuation."""
    at = index.token_at_or_after(source[1])
    if at == 0 or at >= len(index.doc):
        return source
    capitalised = index.doc[at - 1].is_title
    end = source[1]
    for token in index.doc[at : at + 2]:
        if token.idx in stops or index.text[end : token.idx] != " ":
            break
        title = token.is_lower and token.lower_ in index.lang.titles
        name = capitalised and token.is_title and token.lower_ not in index.lang.calendar_names
        if not (title or (name and not token.is_stop)):
            break
        end = token.idx + len(token.text)
    return source[0], end
