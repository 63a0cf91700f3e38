"""DC-TTS as synthesize.py builds it (Kyubyong/dc_tts): `Graph(mode="synthesize")` from train.py with hyperparams.py's
values (e=128, d=256, c=512, 80 mels, n_fft 2048, max_N 180, max_T 210): Text2Mel (TextEnc, AudioEnc, monotonic
Attention, AudioDec) on placeholders, then SSRN on its output, and the global step under `gs`."""
from train import Graph

g = Graph(mode="synthesize")
