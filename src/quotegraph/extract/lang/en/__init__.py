"""English language data for quotegraph: the data files beside this module, nothing else."""

LANG = "en"
SPACY_MODEL_SETTING = "spacy_model"
