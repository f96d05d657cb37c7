"""The learned attribution stage: a trained tagger proposes content, source and cue spans, linked into candidates.

Registered finders: ``quotegraph.learned_finder.v1`` (accurate mode), ``quotegraph.fast_finder.v1`` (fast mode),
``quotegraph.tagger_finder.v1`` (the tagger without the rules, for comparison).
"""
