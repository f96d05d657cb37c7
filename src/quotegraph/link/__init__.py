"""Cross-article linking: speaker identity and statement clustering over extracted attributions."""

from quotegraph.link.aliases import AliasEntry, AliasTable, load_aliases
from quotegraph.link.api import Links, link, link_speakers, link_statements
from quotegraph.link.gold import LinkGold, load_link_gold
from quotegraph.link.index import LinkDelta, LinkIndex
from quotegraph.link.metrics import ClusterScores, score_clusters
from quotegraph.link.options import LinkMethod, LinkOptions
from quotegraph.link.speakers import SpeakerLinks
from quotegraph.link.statements import StatementLinks

__all__ = [
    "AliasEntry",
    "AliasTable",
    "ClusterScores",
    "LinkDelta",
    "LinkGold",
    "LinkIndex",
    "LinkMethod",
    "LinkOptions",
    "Links",
    "SpeakerLinks",
    "StatementLinks",
    "link",
    "link_speakers",
    "link_statements",
    "load_aliases",
    "load_link_gold",
    "score_clusters",
]
