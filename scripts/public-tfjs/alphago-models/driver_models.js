// Our driver for nbardy/AlphaGOJS: app.js makes its model with createModel(type, ROWS, COLS) (20 x 20); here every
// type the registry lists, in its order, but 'packed_u8_dense': its layer extends tfjs-layers' Dense through a deep
// ES-module import (and WebGL kernels of its own) that only the app's bundler resolves, stubbed in the recording.
import { createModel, listModelTypes } from './model_registry';

const models = listModelTypes().filter((t) => t.id !== 'packed_u8_dense').map((t) => createModel(t.id, 20, 20));
