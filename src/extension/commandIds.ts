// Every command id the extension registers (pure list, no `vscode`): package.json's contributes.commands
// must list exactly these (a unit test checks both directions), and commands.ts maps each to its handler.

export const COMMAND_IDS = [
  'tfScope.initializeScope',
  'tfScope.initializeAll',
  'tfScope.refresh',
  'tfScope.reveal',
  'tfScope.exportValues',
  'tfScope.copyName',
  'tfScope.insertInitializer',
  'tfScope.openLocation',
  'tfScope.showLog',
  'tfScope.compareWithCheckpoint',
  'tfScope.supplyValue',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
