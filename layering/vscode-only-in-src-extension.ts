// Not part of any project. src/core, src/engine, src/host, src/cli and src/webview map the module `vscode`
// to this file (tsconfig "paths"), so an import of vscode there fails to compile with TS6059/TS6307 naming
// this file. Only src/extension (and the tests that run in the extension host) may import vscode.
export {};
