"""A reporting verb the parser read as a modifier of its own subject (``One senator called Brown "a fraud."``).

With a quoted predicate after the object, the parser often takes ``senator called Brown`` for a noun and its
modifier (a senator named Brown) and gives the root to the noun or to the quoted word, so the sentence has no main
verb; the verb's object and the quoted judgement then hang elsewhere and the verb has no subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.extract.content import token_span
from quotegraph.extract.language import CueVerb
from quotegraph.extract.verb_forms import SUBJECTS


def main_verb_read_as_modifier(verb: Token, entry: CueVerb) -> bool:
    """``One senator called Brown "a fraud."`` / ``The mayor, an ally, called the plan "bold."``: a verb of judging
    with object content parsed as a modifier of the noun before it, in a sentence with no main verb, and a quote
    after it. A naming participle in a sentence with its own verb (``The plan, called "X," was dropped``) is none.
    The noun is the speaker."""
    return (
        entry.cls == "evaluation"
        and entry.content == "object"
        and verb.dep_ in {"acl", "relcl"}
        and verb.head.i < verb.i
        and verb.sent.root.pos_ not in {"VERB", "AUX"}
        and not any(c.dep_ in SUBJECTS or c.tag_ in {"WDT", "WP"} for c in verb.children)
        and any(t.is_quote for t in verb.doc[verb.i + 1 : verb.sent.end])
    )


def modifier_verb_content(verb: Token) -> tuple[int, int] | None:
    """What follows the verb up to the end of its last quote: the object and the quoted judgement, without the
    writer's comment after it (``..., an extraordinary rebuke``)."""
    quote_marks = [t.i for t in verb.doc[verb.i + 1 : verb.sent.end] if t.is_quote]
    end = quote_marks[-1] + 1 if len(quote_marks) > 1 else verb.sent.end
    return token_span(verb.doc[verb.i + 1 : end])
