// Our driver for spiritwindy/pyStudy: seq.js builds and compiles its LSTM regressor at load (its data comes from a
// database through ./fetchData.js, stubbed in the recording); running it is importing it.
import './seq.js';
