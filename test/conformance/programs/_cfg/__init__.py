# Workspace config package (not an entry): constants imported by programs.
HIDDEN = 64
LAYERS = ["enc", "dec"]
INIT_STDDEV = 0.02

from ._sizes import EMBED_DIM, VOCAB  # noqa: E402,F401
