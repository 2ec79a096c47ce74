export { createSlackAdapter, normalizeApiUrl, DEFAULT_SLACK_API_URL, type SlackAdapter, type SlackAdapterOptions } from './adapter.ts';
export { renderSlackMessage, renderRichText, LIMITS as SLACK_LIMITS, type SlackBlock, type SlackRendered } from './render.ts';
export { escapeSlackText, safeLinkTarget } from './escape.ts';
export { parseManagers } from './permissions.ts';
export { classifySlackError } from './errors.ts';
