export * from './types.ts';
export * from './ids.ts';
export * from './message.ts';
export * from './ports.ts';
export * from './describe.ts';
export * from './workspace-settings.ts';
