"""Tests for speaker linking: one identity per person or organisation across articles, and no more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph.link import LinkOptions, link_speakers, load_aliases
from quotegraph.link.speakers import speaker_id
from quotegraph.model import RoleSeen

from .conftest import EXACT, FUZZY, Q, ids, result


def _clusters(links, results) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Attribution ids grouped by speaker, as sorted lists."""
    groups: dict[str, list[str]] = {}
    for res in results:
        for attribution_id in ids(res):
            groups.setdefault(links.by_attribution[attribution_id], []).append(attribution_id)
    return sorted(sorted(g) for g in groups.values())


VOLKOV = [
    result("a1", Q("Energy Minister Sergei Volkov", "Gas will flow by Friday.", role="energy minister")),
    result("a2", Q("Sergey Volkov", "Prices will not rise.")),
    result("a3", Q("Sergueï Volkov", "Le gaz reviendra vendredi."), lang="fr"),
    result("a4", Q("Volkov", "We are working day and night."), published="2024-03-22"),
]


def test_transliterations_and_surname_join_one_speaker() -> None:
    links = link_speakers(VOLKOV, LinkOptions(linker=FUZZY))
    assert _clusters(links, VOLKOV) == [sorted(i for r in VOLKOV for i in ids(r))]
    speaker = links.speaker_of(ids(VOLKOV[0])[0])
    assert speaker is not None and speaker.kind == "person"
    assert speaker.id == speaker_id("person|sergei volkov")
    assert set(speaker.aliases) == {"Sergei Volkov", "Sergey Volkov", "Sergueï Volkov", "Volkov"} - {speaker.name}


@pytest.mark.parametrize("name", ["&", "\U0001f642", "\u200b", "\u0301"])
@pytest.mark.parametrize("linker", [EXACT, FUZZY])
def test_a_speaker_named_without_a_word_is_linked_alone(name: str, linker: str) -> None:
    results = [*VOLKOV[:2], result("w1", Q(name, "We will see.")), result("w2", Q(name, "We will see it."))]
    links = link_speakers(results, LinkOptions(linker=linker))  # a name with no word in it had raised IndexError
    odd = [links.speaker_of(ids(r)[0]) for r in results[2:]]
    assert all(s is not None for s in odd)
    assert {links.by_attribution[i] for r in results[2:] for i in ids(r)}.isdisjoint(
        links.by_attribution[i] for r in VOLKOV[:2] for i in ids(r)
    )


def test_exact_linker_keeps_every_spelling_apart() -> None:
    links = link_speakers(VOLKOV, LinkOptions(linker=EXACT))
    assert len(_clusters(links, VOLKOV)) == 4


def test_speaker_ids_do_not_depend_on_input_order() -> None:
    forward = link_speakers(VOLKOV, LinkOptions(linker=FUZZY))
    backward = link_speakers(list(reversed(VOLKOV)), LinkOptions(linker=FUZZY))
    assert forward.by_attribution == backward.by_attribution
    assert forward.speakers == backward.speakers


def test_role_history_has_first_and_last_dates() -> None:
    results = [
        result("r1", Q("Sergei Volkov", "One.", role="energy minister"), published="2024-03-04"),
        result("r2", Q("Sergei Volkov", "Two.", role="Energy Minister"), published="2024-03-22"),
        result("r3", Q("Sergei Volkov", "Three.", role="prime minister"), published="2025-01-10"),
    ]
    speaker = link_speakers(results, LinkOptions(linker=FUZZY)).speaker_of(ids(results[0])[0])
    assert speaker is not None
    assert speaker.roles == (
        RoleSeen("energy minister", "2024-03-04", "2024-03-22"),
        RoleSeen("prime minister", "2025-01-10", "2025-01-10"),
    )


CLINTONS = [
    result("c1", Q("Bill Clinton", "First remark.", role="former president"), extra="Arkansas Foundation"),
    result("c2", Q("Hillary Clinton", "Second remark.", role="secretary of state"), extra="Kerry State Department"),
    result("c3", Q("Clinton", "Third remark.", role="the secretary of state")),
    result("c4", Q("Clinton", "Fourth remark.", role="former president")),
    result("c5", Q("Clinton", "Fifth remark."), extra="Kerry met the State Department team."),
    result("c6", Q("Clinton", "Sixth remark.")),
]


def test_shared_surname_people_stay_apart_and_partial_names_follow_role_and_context() -> None:
    links = link_speakers(CLINTONS, LinkOptions(linker=FUZZY))
    bill, hillary = (links.by_attribution[ids(CLINTONS[i])[0]] for i in (0, 1))
    assert bill != hillary
    assert links.by_attribution[ids(CLINTONS[2])[0]] == hillary  # role
    assert links.by_attribution[ids(CLINTONS[3])[0]] == bill  # role
    assert links.by_attribution[ids(CLINTONS[4])[0]] == hillary  # context: Kerry, State Department
    undecided = links.by_attribution[ids(CLINTONS[5])[0]]
    assert undecided not in (bill, hillary)
    assert links.speakers[undecided].name == "Clinton"


def test_surname_with_contradicting_role_is_not_merged() -> None:
    results = [
        result("h1", Q("Claire Harper", "Rates stay.", role="central bank governor")),
        result("h2", Q("Harper", "Rents are too high.", role="senator")),
    ]
    links = link_speakers(results, LinkOptions(linker=FUZZY))
    assert len(_clusters(links, results)) == 2


def test_honorific_title_does_not_contradict_role() -> None:
    results = [
        result("y1", Q("Amina Yusuf", "Boosters before March.", role="chief medical officer")),
        result("y2", Q("Professor Yusuf", "Boosters for all.")),
    ]
    assert len(_clusters(link_speakers(results, LinkOptions(linker=FUZZY)), results)) == 1


def test_organisations_never_merge_with_people() -> None:
    results = [
        result("o1", Q("Luca Marchetti", "Resume talks.", role="transport minister")),
        result("o2", Q("The Marchetti Foundation", "Commuters deserve better.", kind="organisation")),
        result("o3", Q("Marchetti", "Talks now.", role="transport minister")),
        result("o4", Q("Ford", "Cars sell.", kind="organisation")),
        result("o5", Q("Ford", "I pardon him.")),
    ]
    links = link_speakers(results, LinkOptions(linker=FUZZY))
    first = [ids(r)[0] for r in results]
    assert _clusters(links, results) == sorted([sorted([first[0], first[2]]), [first[1]], [first[3]], [first[4]]])
    kinds = {links.speakers[links.by_attribution[i]].kind for r in results[3:] for i in ids(r)}
    assert kinds == {"organisation", "person"}


def test_acronyms_join_the_organisation_they_abbreviate() -> None:
    results = [
        result("u1", Q("the European Union", "Sanctions stay.", kind="organisation")),
        result("u2", Q("EU", "Sanctions remain.", kind="organisation")),
        result("u3", Q("Northern Rail Union (NRU)", "Strike on Monday.", kind="organisation")),
        result("u4", Q("le syndicat NRU", "Grève lundi.", kind="organisation"), lang="fr"),
    ]
    links = link_speakers(results, LinkOptions(linker=FUZZY))
    assert len(_clusters(links, results)) == 2
    assert links.by_attribution[ids(results[3])[0]] == links.by_attribution[ids(results[2])[0]]


def test_title_only_mention_resolved_by_role_and_date() -> None:
    results = [
        *VOLKOV[:1],
        result("t1", Q("the energy minister", "Repairs are done."), published="2024-03-10"),
        result("t2", Q("le ministre de l'Énergie", "Les réparations sont finies."), published="2024-03-11", lang="fr"),
        result("t3", Q("the energy minister", "A new pipeline opens."), published="2027-06-01"),
    ]
    links = link_speakers(results, LinkOptions(linker=FUZZY))
    volkov = links.by_attribution[ids(results[0])[0]]
    assert links.by_attribution[ids(results[1])[0]] == volkov
    assert links.by_attribution[ids(results[2])[0]] == volkov
    later = links.speakers[links.by_attribution[ids(results[3])[0]]]
    assert later.id != volkov and later.kind == "anonymous"


def test_title_only_mention_resolved_within_its_article() -> None:
    res = result("t4", Q("Claire Harper", "Rates stay.", role="governor"), Q("the governor", "Inflation falls."))
    links = link_speakers([res], LinkOptions(linker=FUZZY))
    assert len({links.by_attribution[i] for i in ids(res)}) == 1


def test_anonymous_sources_and_pronouns_stay_within_their_article() -> None:
    results = [
        result("n1", Q("a government source", "Talks failed.", kind="anonymous"), Q("They", "No deal.")),
        result("n2", Q("a government source", "Talks failed.", kind="anonymous"), Q("They", "No deal.")),
    ]
    links = link_speakers(results, LinkOptions(linker=FUZZY))
    assert len(_clusters(links, results)) == 4
    assert links.speakers[links.by_attribution[ids(results[0])[0]]].kind == "anonymous"


def test_copied_quote_decides_between_two_people_with_one_surname() -> None:
    results = [
        result("d1", Q("Susan Delaney", "We will reopen our embassy next month.", role="foreign secretary")),
        result("d2", Q("Mark Delaney", "I never wanted to leave politics.", role="former prime minister")),
        result("d3", Q("Delaney", "I never wanted to leave politics, really."), published="2024-03-05"),
    ]
    links = link_speakers(results, LinkOptions(linker=FUZZY))
    assert links.by_attribution[ids(results[2])[0]] == links.by_attribution[ids(results[1])[0]]


@pytest.mark.parametrize("suffix", ["csv", "json"])
def test_alias_file_pins_identity_and_external_id(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"aliases.{suffix}"
    if suffix == "csv":
        path.write_text("name,aliases,external_id,kind\nSergei Volkov,The Bear|Serge Wolkow,Q4115189,person\n")
    else:
        entries = [{"name": "Sergei Volkov", "aliases": ["The Bear", "Serge Wolkow"], "external_id": "Q4115189"}]
        path.write_text(json.dumps(entries))
    assert len(load_aliases(str(path))) == 1
    results = [*VOLKOV[:2], result("b1", Q("The Bear", "Nobody tells us what to do."))]
    links = link_speakers(results, LinkOptions(linker=FUZZY, alias_file=str(path)))
    assert len(_clusters(links, results)) == 1
    speaker = links.speaker_of(ids(results[2])[0])
    assert speaker is not None and speaker.name == "Sergei Volkov" and speaker.external_id == "Q4115189"
    assert speaker.id == speaker_id("person|sergei volkov")


def test_alias_file_rejects_unknown_kind(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("name,aliases,external_id,kind\nX,,,planet\n")
    with pytest.raises(ValueError, match="kind"):
        load_aliases(str(path))


def test_generic_organisation_descriptions_stay_within_their_article() -> None:
    results = [
        result("g1", Q("the government", "Taxes will rise.", kind="organisation")),
        result("g2", Q("The government", "Taxes will fall.", kind="organisation")),
        result("g3", Q("The Red Cross", "Aid is on its way.", kind="organisation")),
        result("g4", Q("the Red Cross", "More aid is coming.", kind="organisation")),
    ]
    links = link_speakers(results, LinkOptions(linker=FUZZY))
    first = [ids(r)[0] for r in results]
    assert _clusters(links, results) == sorted([[first[0]], [first[1]], sorted(first[2:])])


def test_one_edit_surname_variants_join_only_with_the_same_given_name_or_in_one_article() -> None:
    results = [
        result("f1", Q("Muammar Gaddafi", "First remark.")),
        result("f2", Q("Mouammar Kadhafi", "Deuxième remarque."), lang="fr"),
        result("f3", Q("Saif Kadhafi", "Third remark.")),
        result("f4", Q("Lydia Buchtmann", "Iodine is going down."), Q("Ms Bauchtman", "It will take time.")),
    ]
    links = link_speakers(results, LinkOptions(linker=FUZZY))
    first = [ids(r)[0] for r in results]
    assert _clusters(links, results) == sorted([sorted(first[:2]), [first[2]], sorted(ids(results[3]))])
