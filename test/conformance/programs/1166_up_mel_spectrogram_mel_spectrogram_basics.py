# Port of keras 3.15.1 keras/src/layers/preprocessing/mel_spectrogram_test.py MelSpectrogramTest.test_mel_spectrogram_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.MelSpectrogram(**{'num_mel_bins': 80, 'sampling_rate': 8000, 'sequence_stride': 128, 'fft_length': 2048})
layer.build([2, 16000])
layer = keras.layers.MelSpectrogram(**{'num_mel_bins': 80, 'sampling_rate': 8000, 'sequence_stride': 128, 'fft_length': 2048})
layer.build([16000])
