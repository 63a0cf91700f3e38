// The work limits of both front ends (Python and TF.js) in one place: what one analysis may spend before it
// stops with a diagnostic, and what the library view may spend exploring uncalled definitions. Front ends read
// these; `AnalyzeOptions.maxSteps` / `maxFileBytes` override the two defaults per call.

/** Evaluation steps per program (statements, expressions, calls), unless `AnalyzeOptions.maxSteps` says otherwise. */
export const DEFAULT_MAX_STEPS = 500_000;
/** Files over this many characters are not analysed, unless `AnalyzeOptions.maxFileBytes` says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Iterations one loop is followed for (later ones are not analysed; a diagnostic says so). */
export const MAX_LOOP_ITERATIONS = 10_000;
/** Nested calls (user functions, constructors, module loads) followed; deeper calls evaluate to unknown. */
export const MAX_CALL_DEPTH = 64;
/** Elements a list or array the program builds may hold. */
export const MAX_COLLECTION = 100_000;
/** Python: expression nesting evaluated before a value counts as unknown (keeps the JS stack safe). */
export const MAX_EXPR_DEPTH = 400;
/** TF.js: workspace modules one program may load. */
export const MAX_MODULES = 256;

/** Library view: steps per explored function or class. */
export const EXPLORE_STEPS = 60_000;
/** Library view: steps for all explorations of one file. */
export const EXPLORE_FILE_STEPS = 300_000;
/** Library view: entries at most. */
export const EXPLORE_MAX = 40;
