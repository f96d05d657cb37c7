"""Reporting verbs whose complement is the content (``X said (that) ...``, ``X denied it``, ``X called for ...``).

Clausal complements first (with a clause coordinated after them: ``X said A, but B``), then object complements
with what runs on after the object (read in ``objects.py`` and ``extents.py``; a later pass never takes content an
earlier one claimed). A
passive cue without an agent (``X is expected to ...``) has no known speaker. A bare "as" clause reports its main
clause (``As X noted, A`` / ``A, as X reported``). A verb of clauses takes an object only after a preposition
listed for it (``X pointed to ...``, ``X warned of ...``).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.candidates import Candidate, DocIndex
from quotegraph.extract.content import token_span
from quotegraph.extract.cues import claimed, claimed_outside, cue_entry, cue_preps, is_cue, new_candidate, speaks
from quotegraph.extract.datelines import after_dateline, dateline_dash
from quotegraph.extract.extents import (
    continues_report,
    coordinated,
    from_that,
    resumed,
    run_on,
    summing_up_verb,
    without_leading_time,
    without_summing_up,
)
from quotegraph.extract.headlines import in_headline, passive_in_headline, verb_read_as_noun
from quotegraph.extract.hung_clauses import (
    clause_in_phrase,
    clause_read_as_relative,
    clause_split_at_listener,
    free_relative_subject,
    interrupted_goes_on,
    name_given,
    past_object_and_comma,
    split_subject,
    subject_read_as_object,
    that_clause_in_time_clause,
    that_clause_on_participle,
    that_clause_read_as_adverbial,
    that_read_as_object,
)
from quotegraph.extract.impersonal import impersonal
from quotegraph.extract.inverted_reports import fronted_clause, fronted_clause_tail, report_after_its_clause
from quotegraph.extract.language import CueVerb
from quotegraph.extract.modifier_verbs import main_verb_read_as_modifier, modifier_verb_content
from quotegraph.extract.objects import object_content, passive_content, quoted_object, telling_to_act
from quotegraph.extract.occasion_endings import occasion_ending
from quotegraph.extract.relayed import (
    clause_inside_relay,
    clause_quoted_before,
    quotes_as_saying,
    relay_name,
    relay_read_as_modifier,
    relayed_content,
    report_hung_on_its_clause,
)
from quotegraph.extract.runon import reach
from quotegraph.extract.second_reports import (
    before_nested,
    before_second_report,
    holds_reports_whole,
    holds_root_report,
    reporter,
)
from quotegraph.extract.sources import cited_record
from quotegraph.extract.stranded import participle_read_as_clause
from quotegraph.extract.verb_forms import (
    RELATIVE_TAGS,
    SUBJECTS,
    bare_participle_passive,
    for_to_clause,
    is_passive,
)

_RELAYABLE = {"verb_clause", "verb_object", "verb_inverted"}  # rules whose content a source phrase after may relay
_CLAUSE_REACH = 3  # words from a verb whose content is a preposition's object to a clause it still reports


def verb_content(verb: Token, index: DocIndex) -> tuple[tuple[int, int] | None, str]:
    """The content a reporting verb governs, and the rule that found it."""
    entry = cue_entry(verb, index)
    if (carried := report_hung_on_its_clause(verb, index)) is not None:
        return token_span(after_dateline(carried)), "verb_inverted"  # "X said A, his spokesman told reporters"
    complements = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" or that_clause_read_as_adverbial(verb, c) or that_read_as_object(verb, c)
    ]
    complements += that_clause_on_participle(verb, index.lang) + clause_read_as_relative(verb, index)
    complements += that_clause_in_time_clause(verb, index) + subject_read_as_object(verb, entry)
    if verb.dep_ == "advcl":  # "reported, citing two people, that A": A is what was reported, not what was cited
        complements = [c for c in complements if c not in that_clause_on_participle(verb.head, index.lang)]
    complements = [c for c in complements if entry.content != "as" and not past_object_and_comma(verb, c, entry, index)]
    if entry.content == "prep":  # "appealed to X to act as the toll continued to rise": no clause of its own
        complements = [c for c in complements if _clause_right_after(verb, c)]
    if entry.content == "object" or _object_after_in_headline(verb, index):
        # "A; X seeks B": A is no clause of "seeks"; "ECB holds rates, Lagarde says inflation "in a good place"": a
        # headline's verbless words after the verb are what was said, the clause before it what happened
        complements = [c for c in complements if c.i > verb.i]
    # "A; X answered the call": a clause a semicolon closes is a sentence of its own, not what the verb after it reports
    complements = [c for c in complements if c.i > verb.i or verb.doc[c.right_edge.i + 1].text != ";"]
    if len(complements) > 1:
        complements = [c for c in complements if c.i > verb.i] or complements[-1:]
        # "said A, and its director, Y, told Z that B": a later clause of a reporting verb with its own subject is a
        # report of its own, which the parser hung beside A
        # not after a noun read as a clause ("no matter the setting"); an adjective heads a headline's verbless one
        # ("Kremlin says Putin open to Trump meeting, RIA reports")
        if complements[0].pos_ in {"VERB", "AUX", "ADJ"}:
            complements = complements[:1] + [c for c in complements[1:] if not _report_of_its_own(c, index)]
    complements = [clause_inside_relay(c, index.lang.reporting_verbs) if c.i > verb.i else c for c in complements]
    if complements and (split := clause_split_at_listener(verb, complements[0], entry, index)) is not None:
        complements = [split, *complements]  # "told station Caracol that he had gone out on the morning | he died"
    if complements:
        toks = [t for c in complements for t in c.subtree]
        toks += fronted_clause_tail(verb, toks, index)  # "A after tests found B, the regulator said"
        if free_relative_subject(verb, complements[0]):
            toks = [t for t in toks if t.i > verb.i]  # "launching what Netanyahu said would be a long operation"
        toks = split_subject(verb, complements[0], entry, index) + toks
        if complements[-1].i > verb.i:
            conjuncts = coordinated(verb, complements[-1].right_edge.i, index, continues_report)
            toks += [t for c in conjuncts for t in c.subtree]
            toks += run_on(verb, max(t.i for t in toks), index)
        elif resumed_part := resumed(verb, index):
            return token_span(after_dateline([*toks, *resumed_part])), "verb_parenthetical"
        toks = before_second_report(verb, toks, index)
        if relays := [c for t in toks if t.i > verb.i and (c := relay_read_as_modifier(t, index)) is not None]:
            toks = [t for t in toks if t.i < relays[0]]  # "A, the agency reported on Tuesday": the relay's words
        if complements[-1].i > verb.i and (record := cited_record(complements[-1], index)) is not None:
            toks = [t for t in toks if t.i < record.i and not (t.i == record.i - 1 and t.is_punct)]
        toks = from_that(after_dateline(toks), index)
        if complements[0].i > verb.i:
            toks = without_summing_up(without_leading_time(complements[0], toks), index)
            if (ending := occasion_ending(toks, index.lang)) is not None:  # "A, in a speech at the Sorbonne"
                toks = [t for t in toks if t.i < ending.i - 1]
        return token_span(toks), "verb_clause"
    if main_verb_read_as_modifier(verb, entry):
        return modifier_verb_content(verb), "verb_object"
    questions = [c for c in verb.rights if _introduced_by_listed_word(c, entry, index)]
    if questions:  # "asked the students if they were ready": the question, not the one asked
        return token_span(questions[0].subtree), "verb_clause"
    clause = clause_in_phrase(verb, entry, index)
    if clause is not None:
        return token_span(before_second_report(verb, list(clause.subtree), index)), "verb_clause"
    if entry.content in {"object", "both"} and (name := name_given(verb)):  # not "what he sees as A": a view
        return token_span(name), "verb_named"  # the name given, which runs on to nothing after it
    head = verb.head
    # "X said U.S. forces would defend Taiwan": a clause a reporting verb reports is its content, not a parenthetical
    # around it (the parser, hanging the subject elsewhere, had left "said" without one)
    reported = verb.dep_ == "ccomp" and verb.i > head.i and is_cue(head, index) and speaks(head, index)
    if verb.dep_ in {"parataxis", "ccomp"} and head.pos_ in {"VERB", "AUX"} and not reported:
        if head.left_edge.i < verb.left_edge.i and interrupted_goes_on(verb, head, index):
            return token_span(after_dateline(list(head.subtree))), "verb_parenthetical"
        if head.dep_ == "ROOT" and verb.i > head.i:
            return token_span(after_dateline([t for t in verb.sent if t.i < verb.left_edge.i])), "verb_inverted"
    if verb.dep_ == "parataxis" and verb.i > head.i and dateline_dash(head) is not None:
        # "JERUSALEM (Reuters) - Talks stalled on Monday, officials said": the parser made the dateline the root
        return token_span(after_dateline([t for t in verb.sent if t.i < verb.left_edge.i])), "verb_inverted"
    if (comma := fronted_clause(verb, index) or report_after_its_clause(verb, entry, index)) is not None:
        return token_span(after_dateline([t for t in verb.sent if t.i < comma])), "verb_inverted"
    if (fronted := clause_quoted_before(verb, index)) is not None:  # "A, X was quoted as saying by Y"
        return token_span(after_dateline(fronted)), "verb_inverted"
    if (comma := relay_read_as_modifier(verb, index)) is not None:  # "X said A, the agency reported on Tuesday"
        return token_span(after_dateline([t for t in verb.sent if t.i < comma])), "verb_inverted"
    if _as_clause(verb, entry, index):
        if verb.i < head.i:
            return token_span(t for t in head.subtree if t.i > verb.right_edge.i), "verb_as"
        return token_span(t for t in head.subtree if t.i < verb.left_edge.i), "verb_as"
    after = verb.doc[verb.i + 1 : verb.i + 2]
    if len(after) and after[0].text in {":", "\u2014", "\u2013"}:
        return token_span(verb.doc[verb.i + 2 : verb.sent.end]), "verb_colon"
    # a passive verb of regarding reports only with an "as" ("was seen by many as weak"; "which was seen by Reuters")
    regarded = entry.content != "as" or any(
        t.dep_ == "prep" and t.lower_ == "as" and t.i > verb.i for t in verb.subtree
    )
    if entry.content in {"object", "both", "as"} and is_passive(verb) and regarded:
        span, rule = passive_content(verb, entry)
        if span is not None:
            return span, rule
    if (
        entry.content in {"object", "both", "prep"}
        or cue_preps(verb, entry, index)
        or _seen_as(verb, entry)
        or telling_to_act(verb, entry)
    ):
        return object_content(verb, entry, index), "verb_object"
    if entry.lemma in index.lang.outcry_verbs and (quoted := quoted_object(verb, index)) is not None:
        return quoted, "verb_quoted"  # 'residents shouted "murderers" at the royals'
    return None, ""


def _report_of_its_own(clause: Token, index: DocIndex) -> bool:
    """Whether a clause is headed by a reporting verb with a subject of its own ("its director, Y, told Z"), not a
    relative pronoun ("provisions in the tax code that address how losses are deducted": a relative clause) nor a
    passive's ("no one will be refused": no one reports)."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    reports = is_cue(clause, index) or quotes_as_saying(clause, index)  # "A, TASS quoted him as saying"
    return reports and bool(subjects) and all(c.tag_ not in RELATIVE_TAGS for c in subjects)


def _object_after_in_headline(verb: Token, index: DocIndex) -> bool:
    """Whether a headline's verb has an object after it, words said in a headline's verbless way."""
    if verb.lemma_.lower() in index.lang.object_listener_verbs:
        return False  # "Russia will win, Putin tells army chiefs": the object listens
    return in_headline(index, verb.idx) and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def _clause_right_after(verb: Token, clause: Token) -> bool:
    """A clause with a subject or "that" of its own that opens right after the verb or its object ("reflected that A",
    "pressing his attack that A"), not one the parser hung on it from further on ("appealing to the alt-right - which
    Clinton denounced - that Beck fears")."""
    opens = 0 < clause.left_edge.i - verb.i <= _CLAUSE_REACH
    return opens and any(c.dep_ in SUBJECTS or (c.dep_ == "mark" and c.lower_ == "that") for c in clause.children)


def _as_clause(verb: Token, entry: CueVerb, index: DocIndex) -> bool:
    """``As X noted, A`` / ``A, as X reported``: a bare "as" clause whose main clause is the content.

    A verb with an object or clause of its own (``as she explained the plan``) or a verb of talking or deciding
    (``as he spoke``, ``as voters decide``) makes a clause of time, not a source.
    """
    return (
        verb.dep_ == "advcl"
        and entry.cls in {"speech", "writing", "evidence"}
        and entry.content != "prep"
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
        and not cue_preps(verb, entry, index)
    )


def _introduced_by_listed_word(clause: Token, entry: CueVerb, index: DocIndex) -> bool:
    """A clause opened by a word listed for the verb as its "verb_prep" (``ask if``, ``wonder whether``)."""
    if clause.dep_ != "advcl" or for_to_clause(clause):
        return False
    return any(c.dep_ == "mark" and (entry.lemma, c.lower_) in index.lang.verb_preps for c in clause.children)


def _seen_as(verb: Token, entry: CueVerb) -> bool:
    """``X sees Y as Z``: a verb of regarding reports its object only with an "as" phrase (not ``X saw the film``)."""
    return entry.content == "as" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights)


def verb_cues(index: DocIndex, used: set[int], found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for objects_pass in (False, True):
        out += _verb_pass(index, used, found + out, objects_pass)
    return out


def _verb_pass(index: DocIndex, used: set[int], found: list[Candidate], objects_pass: bool) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in index.doc:
        if tok.i in used or not is_cue(tok, index) or _topic_frame(tok, index) or _attitude_infinitive(tok, index):
            continue
        if _self_naming(tok) or summing_up_verb(tok, index):
            continue
        if participle_read_as_clause(tok) or passive_in_headline(tok, index) or verb_read_as_noun(tok, index):
            continue  # "Sunak, asked about the poll, said": Sunak was asked; the asker is no one named
        content, rule = verb_content(tok, index)
        late = rule in {"verb_object", "verb_judged", "verb_named"}  # object-like content: after every clause
        if content is None or late != objects_pass or (late and _asks_addressee(tok)):
            continue
        shortened = (claimed_outside if objects_pass else claimed)(found + out, content)
        nested_in_phrase = False
        if shortened:
            shorter = before_nested(index, found + out, tok, content) if rule == "verb_clause" else None
            # "X said A, according to Y", "X called the ban "B," according to Y": X's report, which Y relays
            relayed = (
                relayed_content(index, found + out, tok, content, phrase_after=rule == "verb_object")
                if rule in _RELAYABLE
                else None
            )
            if shorter is not None:
                content = shorter
            elif relayed is not None:
                content = relayed
                nested_in_phrase = True
            elif rule == "verb_inverted" and holds_root_report(index, found + out, tok, content):
                pass  # "The IMF now expects A, its chief economist said": both are reports
            elif rule == "verb_inverted" and relay_read_as_modifier(tok, index) is not None:
                pass  # "X said A, the agency reported on Tuesday": the agency's report holds X's
            elif rule != "verb_clause" or not holds_reports_whole(index, found + out, tok, content):
                continue
        elif (
            rule == "verb_clause" and (cut := relayed_content(index, found + out, tok, content)) and cut[1] < content[1]
        ):
            # "X said A, according to the agency Y": the parser hung the phrase in A, so A ran over it and overlaps
            # the phrase's report too little to count as claimed
            content, nested_in_phrase = cut, True
        entry = cue_entry(tok, index)
        # a verb read as its subject's modifier, or a second report hung in a first one's clause, names its
        # speaker elsewhere than in its own subject; otherwise new_candidate takes the verb's subject
        read_as_modifier = main_verb_read_as_modifier(tok, entry) or relay_read_as_modifier(tok, index) is not None
        speaker, antecedent = (tok.head, None) if read_as_modifier else reporter(tok, index) or (None, None)
        if read_as_modifier and (name := relay_name(tok)) is not None:
            speaker = name  # "A, the state news agency TASS reported": TASS
        conf = (0.6 if rule == "verb_object" else 0.8) * entry.confidence
        cand = new_candidate(index, content, rule, tok, conf, speaker)
        if cand is not None:
            cand.relayed = nested_in_phrase
        if cand is not None and speaker is not None and antecedent is not None:
            cand.antecedent = antecedent.i
        if (
            cand is not None
            and cand.speaker_token is None
            and (is_passive(tok) or bare_participle_passive(tok) or impersonal(tok))
        ):
            cand = _unattributed(index, tok, cand)
            if cand is not None:
                used.add(tok.i)
                out.append(cand)
            continue
        if cand is None or cand.speaker_token is None:
            continue
        speaker = index.doc[cand.speaker_token]
        if rule not in {"verb_parenthetical", "verb_judged"} and cand.content[0] <= speaker.idx < cand.content[1]:
            continue
        if not shortened and (rule == "verb_object" or (rule == "verb_clause" and cand.content[0] > tok.idx)):
            cand.reach = reach(tok, cand.content[1], index)  # a clause cut before a nested report ends there
        used.add(tok.i)
        out.append(cand)
    return out


def _asks_addressee(verb: Token) -> bool:
    """``Do you support the mayor?`` / ``What do you think of the plan?``: a question put to "you" (the reader or
    the one interviewed) asks for a stance; nobody has stated one. Only object contents are dropped: a clause
    asked about (``Do you think that A?``) is often the interviewer's own claim, which PolNeAR marks (on PolNeAR
    train, 2 of 14 such object reports matched a gold quote)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects or "2" not in subjects[0].morph.get("Person", []):
        return False
    inverted = any(c.dep_ == "aux" and c.i < subjects[0].i for c in verb.children)
    words = [t for t in verb.sent if not t.is_space]  # a sentence that ends its paragraph ends in a line break
    return inverted and words[-1].text == "?"


def _topic_frame(verb: Token, index: DocIndex) -> bool:
    """``Talking about the budget, X said ...``: a participle naming the topic of what follows reports nothing.

    A participle after its clause (``X said, referring to Y``) does report: Y is what X spoke of.
    """
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and cue_entry(verb, index).content == "prep"
    )


def _self_naming(verb: Token) -> bool:
    """``A group calling itself ShinyHunters``: a participle on a noun that names the noun by its own word for
    itself describes it; it reports nothing (PolNeAR train marks no such name, but does mark "those describing
    themselves as very conservative", a view of themselves)."""
    reflexive = any(c.dep_ == "dobj" and "Yes" in c.morph.get("Reflex", []) for c in verb.children)
    return verb.dep_ == "acl" and reflexive and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _attitude_infinitive(verb: Token, index: DocIndex) -> bool:
    """``X is willing to offer ...``: an infinitive after an attitude adjective is the adjective's content, and the
    adjective its cue (attitudes.py), not a report of its own."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in index.lang.attitude_adjectives


def _unattributed(index: DocIndex, verb: Token, cand: Candidate) -> Candidate | None:
    """A passive cue with no agent (``X is expected to win``, ``it was announced that ...``) or an impersonal one
    (``it is worth noting that ...``): no known speaker.

    An infinitive complement reports the whole clause, subject included, as PolNeAR annotates it. A verb whose
    passive subject receives its object (``recipient_verb``: ``X was offered a job``, ``X was denied visas``)
    reports nothing when that object is kept.
    """
    if verb.lemma_.lower() in index.lang.recipient_verbs and any(c.dep_ == "dobj" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]
    infinitive = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    result: Candidate | None = cand
    if subjects and infinitive:
        span = token_span([*subjects[0].subtree, verb, *infinitive[-1].subtree])
        result = new_candidate(index, span, "verb_passive", verb, cand.confidence) if span else None
    elif cand.content[0] <= verb.idx < cand.content[1] and cand.rule != "verb_judged":
        result = None
    if result is not None:
        result.rule, result.speaker_token = "verb_passive", None
    return result
