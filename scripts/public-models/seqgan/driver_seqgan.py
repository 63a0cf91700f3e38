"""SeqGAN as sequence_gan.py's main() builds it (LantaoYu/SeqGAN; main() itself is Python 2, so its model-building
lines are written out here): the module's hyperparameters (vocabulary 5000, batch 64, 32-dim embeddings and LSTM,
sequences of 20, start token 0), the Generator with its pre-training and adversarial Adams, the oracle TARGET_LSTM
from the released parameters (save/target_params_py3.pkl, the repository's Python 3 copy of target_params.pkl), the
CNN Discriminator (12 filter sizes, highway, l2 0.2) and ROLLOUT(generator, 0.8)."""
import pickle

import tensorflow as tf

from generator import Generator
from discriminator import Discriminator
from rollout import ROLLOUT
from target_lstm import TARGET_LSTM

EMB_DIM = 32
HIDDEN_DIM = 32
SEQ_LENGTH = 20
START_TOKEN = 0
BATCH_SIZE = 64

dis_embedding_dim = 64
dis_filter_sizes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20]
dis_num_filters = [100, 200, 200, 200, 200, 100, 100, 100, 100, 100, 160, 160]
dis_l2_reg_lambda = 0.2

vocab_size = 5000
generator = Generator(vocab_size, BATCH_SIZE, EMB_DIM, HIDDEN_DIM, SEQ_LENGTH, START_TOKEN)
with open('save/target_params_py3.pkl', 'rb') as f:
    target_params = pickle.load(f)
target_lstm = TARGET_LSTM(vocab_size, BATCH_SIZE, EMB_DIM, HIDDEN_DIM, SEQ_LENGTH, START_TOKEN, target_params)

discriminator = Discriminator(sequence_length=20, num_classes=2, vocab_size=vocab_size, embedding_size=dis_embedding_dim,
                              filter_sizes=dis_filter_sizes, num_filters=dis_num_filters, l2_reg_lambda=dis_l2_reg_lambda)

rollout = ROLLOUT(generator, 0.8)
