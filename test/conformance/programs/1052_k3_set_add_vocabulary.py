# Sizes counted with a set, as keras.io's character-level seq2seq counts its characters: set.add of items already
# there keeps one, update adds an iterable's new items, discard drops one; sorted(list(s)) and len() give the sizes
# of the one-hot inputs and of the softmax layer.
import keras

pairs = ["Go.\tVa !", "Hi.\tSalut !", "Run!\tCours !", "Wait.\tAttends."]
input_chars = set()
target_chars = set()
for line in pairs:
    src, tgt = line.split("\t")
    tgt = "\t" + tgt + "\n"
    for ch in src:
        if ch not in input_chars:
            input_chars.add(ch)
    for ch in tgt:
        target_chars.add(ch)
extra = {"x", "y"}
extra.update("xyz")
extra.discard("y")
input_chars = sorted(list(input_chars))
target_chars = sorted(list(target_chars))

encoder_inputs = keras.Input(shape=(None, len(input_chars)))
_, h, c = keras.layers.LSTM(8, return_state=True)(encoder_inputs)
decoder_inputs = keras.Input(shape=(None, len(target_chars) + len(extra)))
out = keras.layers.LSTM(8, return_sequences=True)(decoder_inputs, initial_state=[h, c])
out = keras.layers.Dense(len(target_chars), activation="softmax")(out)
model = keras.Model([encoder_inputs, decoder_inputs], out)
