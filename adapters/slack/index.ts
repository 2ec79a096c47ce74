export { createSlackAdapter, type SlackAdapter } from './adapter.ts';
export { renderSlackMessage } from './render.ts';
export { parseManagers } from './permissions.ts';
