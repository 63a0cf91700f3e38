# Workspace config submodule (not an entry): sizes re-exported by the _cfg package.
VOCAB = 1000
EMBED_DIM = 2 * 16
