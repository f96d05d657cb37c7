"""Who the subject of a reporting verb is (a hand-built parse, no model)."""

from __future__ import annotations

from parse_helpers import VOCAB, parse
from spacy.tokens import Doc

from quotegraph.extract.impersonal import impersonal
from quotegraph.extract.subjects import speaker_of
from quotegraph.extract.verb_forms import bare_participle_passive, is_passive

# "Ruth Ames — a critic — said the plan failed." with the second dash misparsed as the subject of "said".
WORDS = ["Ruth", "Ames", "—", "a", "critic", "—", "said", "the", "plan", "failed", "."]
SPACES = [True, True, True, True, True, True, True, True, True, False, False]
DEPS = ["compound", "npadvmod", "punct", "det", "appos", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"]
POS = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "VERB", "PUNCT"]
TAGS = ["NNP", "NNP", ":", "DT", "NN", ":", "VBD", "DT", "NN", "VBD", "."]


def _doc(heads: list[int]) -> Doc:
    return Doc(VOCAB, words=WORDS, spaces=SPACES, heads=heads, deps=DEPS, pos=POS, tags=TAGS)


def test_a_dash_taken_for_the_subject_is_no_speaker() -> None:
    doc = _doc([1, 6, 1, 4, 1, 6, 6, 8, 9, 6, 6])
    subject, antecedent = speaker_of(doc[6])
    assert subject is None or subject.text != "—"
    assert antecedent is None


def test_a_word_subject_is_the_speaker() -> None:
    deps = [*DEPS]
    deps[1], deps[5] = "nsubj", "punct"
    doc = Doc(VOCAB, words=WORDS, spaces=SPACES, heads=[1, 6, 1, 4, 1, 6, 6, 8, 9, 6, 6], deps=deps, pos=POS, tags=TAGS)
    subject, _ = speaker_of(doc[6])
    assert subject is not None and subject.text == "Ames"


def test_a_participle_hung_on_a_verb_inside_a_quotation_takes_the_subject_outside_it() -> None:
    # Lee said, adding a question, "do you think so?": the parser hung "adding" on "think" inside the quotation
    words = ["Lee", "said", ",", "adding", "a", "question", ",", '"', "do", "you", "think", "so", "?", '"']
    heads = [1, 1, 1, 10, 5, 3, 10, 10, 10, 10, 1, 10, 10, 10]
    deps = ["nsubj", "ROOT", "punct", "advcl", "det", "dobj", "punct", "punct", "aux", "nsubj", "ccomp"]
    deps += ["advmod", "punct", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "AUX", "PRON", "VERB", "ADV"]
    pos += ["PUNCT", "PUNCT"]
    tags = ["NNP", "VBD", ",", "VBG", "DT", "NN", ",", "``", "VBP", "PRP", "VB", "RB", ".", "''"]
    spaces = [True, False, True, True, True, False, True, False, True, True, True, False, False, False]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    subject, _ = speaker_of(doc[3])
    assert subject is not None and subject.text == "Lee"  # not "you", who is inside the quotation
    quoted_subject, _ = speaker_of(doc[10])
    assert quoted_subject is not None and quoted_subject.i == 9  # the quoted verb keeps its own subject


def _reported(last: str, dep: str, tag: str) -> Doc:
    """Lee said that Kim "left early," LAST the police. -- with LAST hung on "left", inside the quotation."""
    words = ["Lee", "said", "that", "Kim", '"', "left", "early", ",", '"', last, "the", "police", "."]
    heads = [1, 1, 5, 5, 5, 1, 5, 5, 5, 5, 11, 9, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "punct", "ccomp", "advmod", "punct", "punct", dep, "det", "dobj"]
    deps += ["punct"]
    pos = ["PROPN", "VERB", "SCONJ", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT", "PUNCT", "VERB", "DET", "NOUN"]
    pos += ["PUNCT"]
    tags = ["NNP", "VBD", "IN", "NNP", "``", "VBD", "RB", ",", "''", tag, "DT", "NN", "."]
    spaces = [True, True, True, True, False, True, False, False, True, True, True, False, False]
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_participle_after_a_quotation_adds_to_the_report_not_to_the_quoted_clause() -> None:
    subject, _ = speaker_of(_reported("warning", "advcl", "VBG")[9])
    assert subject is not None and subject.text == "Lee"  # Lee said ..., warning the police: not Kim


def test_a_conjunct_after_a_quotation_keeps_the_subject_of_its_quoted_verb() -> None:
    subject, _ = speaker_of(_reported("told", "conj", "VBD")[9])
    assert subject is not None and subject.text == "Kim"  # Kim "left early," and told the police


def test_an_opening_participle_taken_for_the_subject_hands_over_to_the_name_after_its_comma() -> None:
    # Writing in a post, Ann Lee dubbed it a feud. -- "Writing" misparsed as the subject, "Lee" hung on it
    doc = parse(
        [
            ("Writing", 7, "nsubj", "VERB", "VBG"),
            ("in", 0, "prep", "ADP", "IN"),
            ("a", 3, "det", "DET", "DT"),
            ("post", 1, "pobj", "NOUN", "NN"),
            (",", 0, "punct", "PUNCT", ","),
            ("Ann", 6, "compound", "PROPN", "NNP"),
            ("Lee", 0, "npadvmod", "PROPN", "NNP"),
            ("dubbed", 7, "ROOT", "VERB", "VBD"),
            ("it", 7, "dobj", "PRON", "PRP"),
            ("a", 10, "det", "DET", "DT"),
            ("feud", 7, "oprd", "NOUN", "NN"),
            (".", 7, "punct", "PUNCT", "."),
        ]
    )
    subject, _ = speaker_of(doc[7])
    assert subject is not None and subject.text == "Lee"


def _academic_and_activist(first: str, pos: str, tag: str) -> Doc:
    # FIRST academic and activist Jane Roe commented. -- the description coordinated with the name after it
    return parse(
        [
            (first, 1, "amod" if first == "American" else "det", "ADJ" if first == "American" else "DET", "JJ"),
            ("academic", 6, "nsubj", pos, tag),
            ("and", 1, "cc", "CCONJ", "CC"),
            ("activist", 5, "compound", "NOUN", "NN"),
            ("Jane", 5, "compound", "PROPN", "NNP"),
            ("Roe", 1, "conj", "PROPN", "NNP"),
            ("commented", 6, "ROOT", "VERB", "VBD"),
            (".", 6, "punct", "PUNCT", "."),
        ]
    )


def test_a_name_coordinated_with_a_description_read_as_an_adjective_is_the_speaker() -> None:
    subject, _ = speaker_of(_academic_and_activist("American", "ADJ", "JJ")[6])
    assert subject is not None and subject.text == "Roe"


def test_a_name_coordinated_with_a_bare_description_is_the_speaker() -> None:
    subject, _ = speaker_of(_academic_and_activist("American", "NOUN", "NN")[6])
    assert subject is not None and subject.text == "Roe"


def test_a_description_with_a_determiner_coordinated_with_a_name_is_a_speaker_of_its_own() -> None:
    # "The academic and activist Jane Roe commented": two people
    subject, _ = speaker_of(_academic_and_activist("The", "NOUN", "NN")[6])
    assert subject is not None and subject.text == "academic"


def _called_for_the_crowd(last: str, tag: str) -> Doc:
    """Haddad called for the crowd to march and LAST. -- LAST coordinated with the infinitive "march"."""
    return parse(
        [
            ("Haddad", 1, "nsubj", "PROPN", "NNP"),
            ("called", 1, "ROOT", "VERB", "VBD"),
            ("for", 6, "mark", "SCONJ", "IN"),
            ("the", 4, "det", "DET", "DT"),
            ("crowd", 6, "nsubj", "NOUN", "NN"),
            ("to", 6, "aux", "PART", "TO"),
            ("march", 1, "advcl", "VERB", "VB"),
            ("and", 6, "cc", "CCONJ", "CC"),
            (last, 6, "conj", "VERB", tag),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def test_a_finite_verb_coordinated_with_an_infinitive_shares_the_subject_of_the_finite_verb_above() -> None:
    subject, _ = speaker_of(_called_for_the_crowd("chanted", "VBD")[8])
    assert subject is not None and subject.text == "Haddad"  # she chanted; the crowd was to march


def test_an_infinitive_coordinated_with_an_infinitive_keeps_its_subject() -> None:
    subject, _ = speaker_of(_called_for_the_crowd("chant", "VB")[8])
    assert subject is not None and subject.text == "crowd"  # the crowd was to march and (to) chant


def test_a_participle_hung_on_a_quotation_at_the_root_takes_the_subject_of_the_reporting_verb_beside_it() -> None:
    # Acknowledging the task, she said, "I will do it." -- the quotation's verb is the root
    doc = parse(
        [
            ("Acknowledging", 11, "advcl", "VERB", "VBG"),
            ("the", 2, "det", "DET", "DT"),
            ("task", 0, "dobj", "NOUN", "NN"),
            (",", 5, "punct", "PUNCT", ","),
            ("she", 5, "nsubj", "PRON", "PRP"),
            ("said", 11, "parataxis", "VERB", "VBD"),
            (",", 5, "punct", "PUNCT", ","),
            ('"', 11, "punct", "PUNCT", "``"),
            ("I", 11, "nsubj", "PRON", "PRP"),
            ("will", 11, "aux", "AUX", "MD"),
            ("really", 11, "advmod", "ADV", "RB"),
            ("do", 11, "ROOT", "VERB", "VB"),
            ("it", 11, "dobj", "PRON", "PRP"),
            (".", 11, "punct", "PUNCT", "."),
            ('"', 11, "punct", "PUNCT", "''"),
        ]
    )
    subject, _ = speaker_of(doc[0])
    assert subject is not None and subject.text == "she"  # not "I", who speaks inside the quotation


def _opening_said(first: str, mark: str, noun: str) -> Doc:
    """``FIRST MARK The NOUN, said Europe must act.`` with FIRST as the subject and the noun phrase its apposition."""
    return parse(
        [
            (first, 5, "nsubj", "PROPN", "NNP"),
            (mark, 0, "punct", "PUNCT", ":" if mark != "," else ","),
            ("The", 3, "det", "DET", "DT"),
            (noun, 0, "appos", "NOUN", "NN"),
            (",", 5, "punct", "PUNCT", ","),
            ("said", 5, "ROOT", "VERB", "VBD"),
            ("Europe", 8, "nsubj", "PROPN", "NNP"),
            ("must", 8, "aux", "AUX", "MD"),
            ("act", 5, "ccomp", "VERB", "VB"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )


def test_a_dateline_taken_for_the_subject_hands_over_to_the_apposition_after_its_dash() -> None:
    subject, _ = speaker_of(_opening_said("PARIS", "--", "president")[5])
    assert subject is not None and subject.text == "president"


def test_a_dateline_taken_for_the_subject_hands_over_to_the_name_coordinated_after_its_dash() -> None:
    # "ROME -- Lee and Ames said Europe must act.": the parser coordinated the first who speaks with the dateline
    doc = parse(
        [
            ("ROME", 5, "nsubj", "PROPN", "NNP"),
            ("--", 0, "punct", "PUNCT", ":"),
            ("Lee", 0, "conj", "PROPN", "NNP"),
            ("and", 2, "cc", "CCONJ", "CC"),
            ("Ames", 2, "conj", "PROPN", "NNP"),
            ("said", 5, "ROOT", "VERB", "VBD"),
            ("Europe", 8, "nsubj", "PROPN", "NNP"),
            ("must", 8, "aux", "AUX", "MD"),
            ("act", 5, "ccomp", "VERB", "VB"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    subject, _ = speaker_of(doc[5])
    assert subject is not None and subject.text == "Lee"


def test_a_participle_hung_on_a_dateline_is_the_apposition_after_its_dash_s() -> None:
    # "ROME -- Acme, betting that prices rise.": the parser hung the participle on the dateline, not on Acme
    doc = parse(
        [
            ("ROME", 0, "ROOT", "PROPN", "NNP"),
            ("--", 0, "punct", "PUNCT", ":"),
            ("Acme", 0, "appos", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            ("betting", 0, "acl", "VERB", "VBG"),
            ("that", 7, "mark", "SCONJ", "IN"),
            ("prices", 7, "nsubj", "NOUN", "NNS"),
            ("rise", 4, "ccomp", "VERB", "VBP"),
            (".", 0, "punct", "PUNCT", "."),
        ]
    )
    subject, _ = speaker_of(doc[4])
    assert subject is not None and subject.text == "Acme"
    # with no one named after the dash, the dateline is still no speaker
    lone = parse(
        [
            ("ROME", 0, "ROOT", "PROPN", "NNP"),
            ("--", 0, "punct", "PUNCT", ":"),
            *[
                ("betting", 0, "acl", "VERB", "VBG"),
                ("that", 5, "mark", "SCONJ", "IN"),
                ("prices", 5, "nsubj", "NOUN", "NNS"),
                ("rise", 2, "ccomp", "VERB", "VBP"),
                (".", 0, "punct", "PUNCT", "."),
            ],
        ]
    )
    assert speaker_of(lone[2])[0] is None


def test_a_capitalised_subject_without_a_dash_is_no_dateline() -> None:
    # "NASA, the agency, said ...": an apposition after a comma leaves the name the speaker
    subject, _ = speaker_of(_opening_said("NASA", ",", "agency")[5])
    assert subject is not None and subject.text == "NASA"


def _predicate_with_infinitive(subject: str, adjective: str, infinitive_on: int) -> Doc:
    # "<subject> is <adjective> to imagine that Lee resigned.", the infinitive hung on the copula (1) or on the
    # adjective (2)
    rows = [
        (subject, 1, "nsubj", "PRON", "PRP"),
        ("is", 1, "ROOT", "AUX", "VBZ"),
        (adjective, 1, "acomp", "ADJ", "JJ"),
        ("to", 4, "aux", "PART", "TO"),
        ("imagine", infinitive_on, "xcomp", "VERB", "VB"),
        ("that", 7, "mark", "SCONJ", "IN"),
        ("Lee", 7, "nsubj", "PROPN", "NNP"),
        ("resigned", 4, "ccomp", "VERB", "VBD"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    doc[1].lemma_ = "be"
    return doc


def test_an_infinitive_on_the_copula_of_an_impersonal_it_has_no_speaker() -> None:
    # "It is hard to imagine that ...": the parser hangs an extraposed infinitive on the copula
    doc = _predicate_with_infinitive("It", "hard", 1)
    assert impersonal(doc[4])
    assert speaker_of(doc[4]) == (None, None)


def test_an_infinitive_on_the_adjective_is_the_subject_s_own_doing() -> None:
    # "It is likely to imagine ...": "it" names something (the parser hangs a raising infinitive on the adjective)
    doc = _predicate_with_infinitive("It", "likely", 2)
    assert not impersonal(doc[4])
    subject, _ = speaker_of(doc[4])
    assert subject is not None and subject.text == "It"


def test_an_infinitive_in_the_predicate_of_a_person_is_theirs() -> None:
    doc = _predicate_with_infinitive("She", "hard", 1)
    assert not impersonal(doc[4])
    subject, _ = speaker_of(doc[4])
    assert subject is not None and subject.text == "She"


def test_a_speaker_stranded_before_a_comma_and_the_verb_s_auxiliary_is_found() -> None:
    # "In addition to Ross, two members, Lee and Hale, have said it failed." with the speaker hung on "Ross"
    doc = parse(
        [
            ("In", 13, "prep", "ADP", "IN"),
            ("addition", 0, "pobj", "NOUN", "NN"),
            ("to", 1, "prep", "ADP", "IN"),
            ("Ross", 2, "pobj", "PROPN", "NNP"),
            (",", 3, "punct", "PUNCT", ","),
            ("two", 6, "nummod", "NUM", "CD"),
            ("members", 3, "appos", "NOUN", "NNS"),
            (",", 6, "punct", "PUNCT", ","),
            ("Lee", 6, "conj", "PROPN", "NNP"),
            ("and", 8, "cc", "CCONJ", "CC"),
            ("Hale", 8, "conj", "PROPN", "NNP"),
            (",", 3, "punct", "PUNCT", ","),
            ("have", 13, "aux", "AUX", "VBP"),
            ("said", 13, "ROOT", "VERB", "VBN"),
            ("it", 15, "nsubj", "PRON", "PRP"),
            ("failed", 13, "ccomp", "VERB", "VBD"),
            (".", 13, "punct", "PUNCT", "."),
        ]
    )
    subject, _ = speaker_of(doc[13])
    assert subject is not None and subject.text == "members"


def _s_said(subject: str, tag: str) -> Doc:
    """``SUBJECT's said he runs.`` with "'s" read as the passive "is"."""
    return parse(
        [
            (subject, 2, "nsubjpass", "PRON", "PRP"),
            ("'s", 2, "auxpass", "AUX", "VBZ"),
            ("said", 2, "ROOT", "VERB", tag),
            ("he", 4, "nsubj", "PRON", "PRP"),
            ("runs", 2, "ccomp", "VERB", "VBZ"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_a_perfect_whose_s_the_parser_read_as_is_keeps_its_subject() -> None:
    # "He's said he runs.": "has said", not "is said"
    doc = _s_said("He", "VBN")
    assert not is_passive(doc[2])
    subject, _ = speaker_of(doc[2], passive_subject=False)
    assert subject is not None and subject.i == 0


def test_an_it_s_said_clause_stays_passive() -> None:
    # "It's said he runs.": "it" stands for the clause; nobody named says it
    doc = _s_said("It", "VBN")
    assert is_passive(doc[2])
    assert speaker_of(doc[2], passive_subject=False) == (None, None)


def test_a_passive_infinitive_does_not_take_its_head_s_subject_as_speaker() -> None:
    # "The budget had yet to be approved.": the budget is approved, it approves nothing
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("budget", 2, "nsubj", "NOUN", "NN"),
            ("had", 2, "ROOT", "VERB", "VBD"),
            ("yet", 2, "advmod", "ADV", "RB"),
            ("to", 6, "aux", "PART", "TO"),
            ("be", 6, "auxpass", "AUX", "VB"),
            ("approved", 2, "xcomp", "VERB", "VBN"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert speaker_of(doc[6], passive_subject=False) == (None, None)
    subject, _ = speaker_of(doc[6], passive_subject=True)  # the tagger's cues read a passive subject
    assert subject is not None and subject.text == "budget"


def _asked(first_tag: str) -> Doc:
    """Asked whether it rained, Lee said no. -- with "Asked" tagged FIRST_TAG."""
    return parse(
        [
            ("Asked", 6, "advcl", "VERB", first_tag),
            ("whether", 3, "mark", "SCONJ", "IN"),
            ("it", 3, "nsubj", "PRON", "PRP"),
            ("rained", 0, "ccomp", "VERB", "VBD"),
            (",", 6, "punct", "PUNCT", ","),
            ("Lee", 6, "nsubj", "PROPN", "NNP"),
            ("said", 6, "ROOT", "VERB", "VBD"),
            ("no", 6, "intj", "INTJ", "UH"),
            (".", 6, "punct", "PUNCT", "."),
        ]
    )


def test_an_opening_participle_read_as_a_past_tense_is_still_asked_by_someone_unnamed() -> None:
    for tag in ("VBN", "VBD"):
        doc = _asked(tag)
        assert bare_participle_passive(doc[0]), tag
        assert speaker_of(doc[0], passive_subject=False) == (None, None), tag
