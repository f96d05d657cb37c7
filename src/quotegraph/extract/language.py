"""Loading a language folder under ``extract/lang/<code>/`` into one validated ``LanguageData`` record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from quotegraph.errors import UnsupportedLanguageError
from quotegraph.extract.quote_marks import QuoteMarks, load_quote_marks

#: Regular endings taken off a written form to find its cue verb: finite forms only (a headline's "Slams"),
#: and any form (a verb the tagger lemmatised wrongly: "hopes" -> "hop").
_FINITE_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""))
_ANY_ENDINGS = (("ing", ""), ("ing", "e"), ("ed", ""), ("d", ""), ("es", ""), ("s", ""))
_TSV_FILES = (
    "cue_verbs",
    "cue_phrases",
    "titles",
    "source_nouns",
    "pronouns",
    "venues",
    "via_verbs",
    "addressee_words",
    "listener_verbs",
    "dates",
    "gender_words",
    "name_particles",
    "epithets",
)


@dataclass(frozen=True)
class CueVerb:
    """A reporting verb: its class, prior confidence and whether it takes a clause or an object as content."""

    lemma: str
    cls: str
    confidence: float
    content: str


@dataclass(frozen=True)
class Pronoun:
    """A pronoun that can stand for a speaker."""

    word: str
    kind: str
    gender: str


@dataclass(frozen=True)
class LanguageData:
    """Everything extraction knows about one language, read from its data files."""

    code: str
    cue_verbs: dict[str, CueVerb]
    source_preps: tuple[tuple[str, ...], ...]
    not_sources: frozenset[str]
    verb_preps: frozenset[tuple[str, str]]
    opinion_nouns: frozenset[str]
    finding_nouns: frozenset[str]
    finding_preps: frozenset[str]
    statement_nouns: frozenset[str]
    noun_preps: frozenset[tuple[str, str]]
    stance_objects: frozenset[tuple[str, str]]
    statement_verbs: frozenset[str]
    #: prepositions after a source phrase's record naming its author ("a count by X", "data from X")
    author_preps: frozenset[str]
    attitude_adjectives: frozenset[str]
    raising_verbs: frozenset[str]
    qualifiers: frozenset[str]
    narration_marks: frozenset[str]
    group_nouns: frozenset[str]
    answer_words: frozenset[str]
    addressee_verbs: frozenset[str]
    recipient_verbs: frozenset[str]
    target_verbs: frozenset[str]
    elaborations: frozenset[str]
    verb_phrases: dict[str, tuple[tuple[str, ...], ...]]
    label_stopwords: frozenset[str]
    title_openers: frozenset[str]
    title_followers: frozenset[str]
    name_openers: frozenset[str]
    reaction_nouns: frozenset[str]
    control_verbs: frozenset[str]
    barring_verbs: frozenset[str]
    hortatives: frozenset[tuple[str, str]]
    #: a cue verb's word and the word after it that make a noun ("think tank"), no verb
    compound_nouns: frozenset[tuple[str, str]]
    phrasal_verbs: frozenset[tuple[str, str]]  #: a cue verb's lemma and a particle that make no report ("call off")
    supposing_verbs: frozenset[str]
    determiners: frozenset[str]
    noun_phrase_words: frozenset[str]
    withholding_verbs: frozenset[str]
    asking_verbs: frozenset[str]
    #: verbs of crying out whose quoted object is the words cried ('shouted "murderers"')
    outcry_verbs: frozenset[str]
    withheld_names: tuple[str, ...]
    dangling_words: frozenset[str]
    unnamed_markers: frozenset[str]
    withheld_purposes: frozenset[str]
    audience_verbs: frozenset[str]
    audience_nouns: frozenset[str]
    source_adjectives: frozenset[str]
    telling_forms: frozenset[str]
    speech_forms: frozenset[str]
    contrast_marks: frozenset[str]
    tail_words: frozenset[str]
    #: prepositions whose object relays a report for its speaker ("said through a spokesman")
    relaying_preps: frozenset[str]
    #: words marking an occasion as another than the one before ("later told", "another tweet")
    another_occasion: frozenset[str]
    #: words that may stand between a subject and its verb ("just", "long", "has"), read over in fast mode
    subject_gap_words: frozenset[str]
    #: words that make a cue passive with a participle after them ("was granted"), and the endings that make that
    #: word after them no participle ("is demanding")
    passive_auxiliaries: frozenset[str]
    progressive_endings: frozenset[str]
    #: words that after "the" stand for the first ("the former") or last ("the latter") of the parties named before
    former_words: frozenset[str]
    latter_words: frozenset[str]
    #: lemmas of participles whose "to" after a document names its addressee ("a letter sent to party members")
    address_participles: frozenset[str]
    #: lemmas of verbs of appearing whose participle beside a cue names the venue ("appearing on CNN")
    appearance_verbs: frozenset[str]
    #: nouns that name a business or a corporate word in its name ("company", "planemaker", "inc"), nouns that name
    #: any organisation ("group"), and words that make such a description another party ("parent", "rival")
    company_nouns: frozenset[str]
    any_organisation_nouns: frozenset[str]
    court_nouns: frozenset[str]
    court_words: frozenset[str]
    other_party_words: frozenset[str]
    #: business nouns whose compound names what the business makes, not the business ("the iPhone maker")
    product_nouns: frozenset[str]
    past_office_words: frozenset[str]
    #: words of an office to be held ("elect" of "president-elect", "incoming")
    coming_office_words: frozenset[str]
    kin_group_nouns: frozenset[str]
    corporate_words: frozenset[str]
    remark_verbs: frozenset[str]
    remark_nouns: frozenset[str]
    refusal_verbs: frozenset[str]
    #: records of a speaker's own words ("statement", "transcript"), cited after a report as where it was made
    own_record_nouns: frozenset[str]
    #: occasion nouns whose "to" names a place travelled to, no listener ("a visit to the town of X")
    travel_occasions: frozenset[str]
    #: words whose full stop the tokenizer would keep on them as on an initial ("X." of "wrote on X.")
    split_stops: frozenset[str]
    infinitive_verbs: frozenset[str]
    price_moves: frozenset[str]
    programme_nouns: frozenset[str]
    quote_verbs: dict[str, tuple[tuple[str, ...], float]]
    titles: frozenset[str]
    honorifics: frozenset[str]
    offices: frozenset[str]
    #: an abbreviated office and the title it stands for ("sen." -> "senator")
    office_titles: dict[str, str]
    #: a title written as its initials and the words they stand for ("ceo" -> "chief executive")
    title_initials: dict[str, str]
    #: a verb of holding an office and the title of who holds it ("head" -> "head", "chair" -> "chair")
    office_verbs: dict[str, str]
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    generic_titles: frozenset[str]
    source_nouns: dict[str, str]
    label_nouns: frozenset[str]
    pronouns: dict[str, Pronoun]
    venue_nouns: dict[str, str]
    via_verbs: dict[str, str]
    #: the verbs whose subject or agent relays a report (``via_verbs`` patterns active and quoting), and of those the
    #: ones that quote their object "as saying" it (quoting); the participle pattern is read only after a cue's phrase
    relaying_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    #: the relaying verbs and the verbs of speech with a clause, whose report may follow the clause it carries,
    #: which the parser then hangs on the cue before it ("X said A, his spokesman told reporters")
    reporting_verbs: frozenset[str]
    addressee_words: dict[str, str]
    object_listener_verbs: frozenset[str]
    to_listener_verbs: frozenset[str]
    on_listener_verbs: frozenset[str]
    unknown_date_words: frozenset[str]
    calendar_names: frozenset[str]
    relative_date_words: frozenset[str]
    #: words that place a statement before a dated event ("ahead of Saturday's match"): not the statement's date
    before_event_words: frozenset[str]
    #: words that date a statement before the article's day ("said last week", "two days ago")
    past_words: frozenset[str]
    quote_marks: QuoteMarks
    #: gender ("m" or "f") by kind ("given_name", "honorific", "title") and word: {"honorific": {"mrs.": "f"}}
    gender_words: dict[str, dict[str, str]] = field(default_factory=dict)
    #: nouns that describe a person by affiliation, origin, age or standing ("democrat", "spaniard", "year-old"),
    #: with the gender they tell ("m", "f", or "" for none)
    epithets: dict[str, str] = field(default_factory=dict)

    def finite_cue_verb(self, form: str) -> CueVerb | None:
        """The cue verb a finite form inflects ("slams" -> slam, "questioned" -> question), or None.

        For words the tagger did not read as verbs (a headline's capitals), so only "-s" and "-ed" forms count.
        """
        return self._cue_verb_by_ending(form.lower(), _FINITE_ENDINGS)

    def inflected_cue_verb(self, form: str) -> CueVerb | None:
        """The cue verb a regularly inflected form belongs to ("hopes" -> hope, "hoping" -> hope), or None."""
        return self._cue_verb_by_ending(form.lower(), _ANY_ENDINGS)

    def _cue_verb_by_ending(self, form: str, endings: tuple[tuple[str, str], ...]) -> CueVerb | None:
        for suffix, restore in endings:
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                entry = self.cue_verbs.get(form[: -len(suffix)] + restore)
                if entry is not None:
                    return entry
        return None


def _rows(code: str, name: str) -> list[dict[str, str]]:
    path = resources.files("quotegraph.extract.lang").joinpath(code, f"{name}.tsv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{code}/{name}.tsv: row {number} has {len(cells)} cells, expected {len(header)}")
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def _verb_phrases(rows: Iterable[list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``take aim at`` -> ``{"take": (("aim", "at"),)}``: the words after the verb, keyed by the verb's lemma."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for words in rows:
        phrases.setdefault(words[0], []).append(tuple(words[1:]))
    return {verb: tuple(rest) for verb, rest in phrases.items()}


def _quote_verbs(rows: Iterable[dict[str, str]]) -> dict[str, tuple[tuple[str, ...], float]]:
    """Quote verbs by lemma: the words that must hang on the verb, and the prior confidence."""
    out: dict[str, tuple[tuple[str, ...], float]] = {}
    for row in rows:
        lemma, *needed = row["words"].split()
        out[lemma] = (tuple(needed), float(row["confidence"]))
    return out


def _gender_words(rows: Iterable[dict[str, str]]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        if row["gender"] not in {"m", "f"}:
            raise ValueError(f"gender_words.tsv: gender of {row['word']!r} must be m or f, not {row['gender']!r}")
        out.setdefault(row["kind"], {})[row["word"]] = row["gender"]
    return out


def available_languages() -> list[str]:
    """Return the codes of the languages that have a data folder."""
    root = resources.files("quotegraph.extract.lang")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


@cache
def load_language(code: str) -> LanguageData:
    """Read and validate the data files of one language.

    Args:
        code: An ISO 639-1 language code such as ``"en"``.

    Returns:
        The language's data, cached per process.

    Raises:
        UnsupportedLanguageError: If there is no data folder for ``code``.
    """
    if code not in available_languages():
        supported = ", ".join(available_languages())
        raise UnsupportedLanguageError(f"language not supported: {code!r} (supported: {supported})")
    tables = {name: _rows(code, name) for name in _TSV_FILES}
    phrases = tables["cue_phrases"]

    def words(kind: str) -> frozenset[str]:
        """The phrases of one word kind in cue_phrases.tsv."""
        return frozenset(r["words"] for r in phrases if r["kind"] == kind)

    def pairs(kind: str) -> frozenset[tuple[str, str]]:
        """The two-word phrases of one kind in cue_phrases.tsv, as (word, preposition) pairs."""
        return frozenset((r["words"].split()[0], r["words"].split()[1]) for r in phrases if r["kind"] == kind)

    relaying = frozenset(r["lemma"] for r in tables["via_verbs"] if r["pattern"] in {"active", "quoting"})
    speech = (r for r in tables["cue_verbs"] if r["class"] == "speech" and r["content"] in {"clause", "both"})
    return LanguageData(
        code=code,
        cue_verbs={
            r["lemma"]: CueVerb(r["lemma"], r["class"], float(r["confidence"]), r["content"])
            for r in tables["cue_verbs"]
        },
        source_preps=tuple(tuple(r["words"].split()) for r in phrases if r["kind"] == "source_prep"),
        not_sources=words("not_a_source"),
        verb_preps=pairs("verb_prep"),
        opinion_nouns=words("opinion_noun"),
        finding_nouns=words("finding_noun"),
        finding_preps=words("finding_prep"),
        statement_nouns=words("statement_noun"),
        noun_preps=pairs("noun_prep"),
        stance_objects=pairs("stance_object"),
        statement_verbs=words("statement_verb"),
        author_preps=words("author_prep"),
        attitude_adjectives=words("attitude_adjective"),
        raising_verbs=words("raising_verb"),
        qualifiers=words("qualifier"),
        narration_marks=words("narration_mark"),
        group_nouns=words("group_noun"),
        answer_words=words("answer_word"),
        addressee_verbs=words("addressee_verb"),
        recipient_verbs=words("recipient_verb"),
        target_verbs=words("target_verb"),
        elaborations=words("elaboration"),
        verb_phrases=_verb_phrases(r["words"].split() for r in phrases if r["kind"] == "verb_phrase"),
        label_stopwords=words("not_a_label"),
        title_openers=words("title_opener"),
        title_followers=words("title_follower"),
        name_openers=words("name_opener"),
        reaction_nouns=words("reaction_noun"),
        control_verbs=words("control_verb"),
        barring_verbs=words("barring_verb"),
        hortatives=pairs("hortative"),
        compound_nouns=pairs("compound_noun"),
        phrasal_verbs=pairs("phrasal_verb"),
        supposing_verbs=words("supposing_verb"),
        determiners=words("determiner"),
        noun_phrase_words=words("noun_phrase_word"),
        withholding_verbs=words("withholding_verb"),
        asking_verbs=words("asking_verb"),
        outcry_verbs=words("outcry_verb"),
        withheld_names=tuple(sorted(words("withheld_name"))),
        dangling_words=words("dangling_word"),
        unnamed_markers=words("unnamed_marker"),
        withheld_purposes=words("withheld_purpose"),
        audience_verbs=words("audience_verb"),
        audience_nouns=words("audience_noun"),
        source_adjectives=words("source_adjective"),
        telling_forms=words("telling_form"),
        speech_forms=words("speech_form"),
        contrast_marks=words("contrast_mark"),
        tail_words=words("tail_word"),
        relaying_preps=words("relaying_prep"),
        another_occasion=words("another_occasion"),
        subject_gap_words=words("subject_gap_word"),
        passive_auxiliaries=words("passive_auxiliary"),
        progressive_endings=words("progressive_ending"),
        former_words=words("former_word"),
        latter_words=words("latter_word"),
        address_participles=words("address_participle"),
        appearance_verbs=words("appearance_verb"),
        company_nouns=words("company_noun"),
        any_organisation_nouns=words("any_organisation_noun"),
        court_nouns=words("court_noun"),
        court_words=words("court_word"),
        other_party_words=words("other_party_word"),
        product_nouns=words("product_noun"),
        past_office_words=words("past_office_word"),
        coming_office_words=words("coming_office_word"),
        kin_group_nouns=words("kin_group_noun"),
        corporate_words=words("corporate_word"),
        remark_verbs=words("remark_verb"),
        remark_nouns=words("remark_noun"),
        refusal_verbs=words("refusal_verb"),
        own_record_nouns=words("own_record_noun"),
        travel_occasions=words("travel_occasion"),
        split_stops=words("split_stop"),
        infinitive_verbs=words("infinitive_verb"),
        price_moves=words("price_move"),
        programme_nouns=words("programme_noun"),
        quote_verbs=_quote_verbs(r for r in phrases if r["kind"] == "quote_verb"),
        titles=frozenset(r["word"] for r in tables["titles"] if r["kind"] == "title"),
        honorifics=frozenset(r["word"] for r in tables["titles"] if r["kind"] in {"honorific", "office"}),
        offices=frozenset(r["word"] for r in tables["titles"] if r["kind"] == "office"),
        office_titles={r["word"]: r["stands_for"] for r in tables["titles"] if r["kind"] == "office"},
        title_initials={
            r["word"]: r["stands_for"] for r in tables["titles"] if r["kind"] == "title" and r["stands_for"] != "-"
        },
        office_verbs={r["word"]: r["stands_for"] for r in tables["titles"] if r["kind"] == "office_verb"},
        name_particles=frozenset(r["word"] for r in tables["name_particles"] if r["kind"] == "particle"),
        name_suffixes=frozenset(r["word"] for r in tables["name_particles"] if r["kind"] == "suffix"),
        generic_titles=frozenset(r["word"] for r in tables["titles"] if r["generic"] == "yes"),
        source_nouns={r["noun"]: r["kind"] for r in tables["source_nouns"]},
        label_nouns=frozenset(r["noun"] for r in tables["source_nouns"] if r["label"] == "yes"),
        pronouns={r["pronoun"]: Pronoun(r["pronoun"], r["kind"], r["gender"]) for r in tables["pronouns"]},
        venue_nouns={r["noun"]: r["kind"] for r in tables["venues"]},
        via_verbs={r["lemma"]: r["pattern"] for r in tables["via_verbs"]},
        relaying_verbs=relaying,
        reporting_verbs=relaying | frozenset(r["lemma"] for r in speech),
        quoting_verbs=frozenset(r["lemma"] for r in tables["via_verbs"] if r["pattern"] == "quoting"),
        addressee_words={r["noun"]: r["kind"] for r in tables["addressee_words"]},
        object_listener_verbs=frozenset(r["lemma"] for r in tables["listener_verbs"] if r["marks"] == "object"),
        to_listener_verbs=frozenset(r["lemma"] for r in tables["listener_verbs"] if r["marks"] == "to"),
        on_listener_verbs=frozenset(r["lemma"] for r in tables["listener_verbs"] if r["marks"] == "on"),
        unknown_date_words=frozenset(r["word"] for r in tables["dates"] if r["resolution"] == "unknown"),
        calendar_names=frozenset(r["word"] for r in tables["dates"] if r["resolution"] == "named"),
        relative_date_words=frozenset(r["word"] for r in tables["dates"] if r["resolution"] == "relative"),
        before_event_words=frozenset(r["word"] for r in tables["dates"] if r["resolution"] == "before_event"),
        past_words=frozenset(r["word"] for r in tables["dates"] if r["resolution"] == "past"),
        quote_marks=load_quote_marks(code),
        gender_words=_gender_words(tables["gender_words"]),
        epithets={r["word"]: r["gender"].strip("-") for r in tables["epithets"]},
    )
