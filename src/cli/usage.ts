// The `tfscope` usage text, shared by main.ts and the subcommands (its own module so that they do not
// import each other).

export const USAGE = `Usage:
  tfscope scan <file|dir>... [--json] [--mode auto|v1|v2] [--tf auto|1.15|2.15|keras3|tf_keras] [--no-library]
               [--cache DIR | --no-cache] [--set name=value]... [--python PATH]
  tfscope init <file> [--scope NAME] [--seed N] [--json] [--out values.npz|values.safetensors]
               [--backend auto|node|wasm|cpu] [--max-elements N]
  tfscope compare <file> <checkpoint> [--scope NAME] [--json | --sarif] [--tf auto|1.15|2.15|keras3|tf_keras]
                 (or --checkpoint PATH; exit 1 when a strict restore would fail)
  tfscope --version
`;
