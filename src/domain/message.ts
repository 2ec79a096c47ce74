/**
 * The core's platform-neutral message. Text here is raw (unescaped) feed or user text:
 * every adapter escapes it for its platform and decides how to show emphasis and links.
 */

export interface TextSpan {
  text: string;
  /** 'hit' marks a matched watchlist term inside a snippet. */
  emphasis?: 'hit' | 'bold' | 'code' | 'italic';
  /** http(s) only; adapters drop any other scheme. */
  url?: string;
}

/** One line or paragraph made of spans. */
export type RichText = TextSpan[];

export interface RichSection {
  heading?: string;
  lines: RichText[];
}

export interface RichField {
  label: string;
  value: string;
}

export type RichTone = 'priority' | 'immigration' | 'databases' | 'neutral' | 'error' | 'success';

/** A confirmation the platform shows before a press counts (Slack's confirm dialog). */
export interface RichConfirm {
  title: string;
  text: string;
  confirm: string;
  deny: string;
}

/** A button under a message; `value` travels back with the press (an item id). */
export interface RichAction {
  /** 'relevant' | 'not-relevant' | 'reviewed' | 'follow' | 'unfollow' | 'mute' | 'mute-term' | 'mute-cancel'. */
  id: string;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
  /** Ask before the press counts, where the platform can (Slack); elsewhere the step itself is the confirmation. */
  confirm?: RichConfirm;
}

export interface RichMessage {
  /** Drives layout choices in adapters. */
  type: 'alert' | 'update' | 'reply' | 'digest' | 'error';
  title: string;
  /** Link for the title (http(s) only). */
  url?: string;
  /** Short metadata lines, e.g. 'bill · CT · HB 5001', agency, date. */
  context?: string[];
  /** Topic badges, e.g. ['state-databases']. */
  badges?: string[];
  priority?: boolean;
  fields?: RichField[];
  /** Paragraphs. */
  body?: RichText[];
  sections?: RichSection[];
  footer?: string;
  tone?: RichTone;
  /** Buttons (alerts: triage). */
  actions?: RichAction[];
  /** Reply only to the person who asked. */
  ephemeral?: boolean;
  /** Plain-text summary used for notifications and as the fallback. */
  fallbackText: string;
}

export function plain(text: string): RichText {
  return [{ text }];
}

/** Flatten rich text to plain text (for console output and fallbacks). */
export function richTextToPlain(line: RichText): string {
  return line.map((s) => s.text).join('');
}

/**
 * The longest URL any adapter turns into a link (Discord refuses longer embed URLs). Longer
 * ones are shown as plain text without a link, never cut, so no message loses its title.
 */
export const MAX_URL_CHARS = 2048;

/** Inline links inside text (search results, digest lines) stay shorter, so lists keep every entry. */
export const MAX_INLINE_URL_CHARS = 1000;

/**
 * The normalized href of an http(s) URL an adapter may show as a link, or undefined for any
 * other scheme, an unparsable value, or embedded credentials. Adapters still escape it for
 * their own syntax.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url && url.length > MAX_URL_CHARS) return undefined;
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return parsed.href.length > MAX_URL_CHARS ? undefined : parsed.href;
}

/** An http(s) URL short enough to link inside a line of text, else undefined. */
export function inlineLinkUrl(url: string | undefined): string | undefined {
  const href = safeHttpUrl(url);
  return href && href.length <= MAX_INLINE_URL_CHARS ? href : undefined;
}
