# Workspace package (not an entry): re-exports its block builders.
from .blocks import residual_block, projection
