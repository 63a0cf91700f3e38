// Not part of any project. src/core maps `@tensorflow/*` to this file (tsconfig "paths"), so an import of
// TensorFlow.js there fails to compile with TS6059/TS6307 naming this file. The core is pure analysis;
// tensors are the engine's (src/engine).
export {};
