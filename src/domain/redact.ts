/**
 * Secret redaction for anything that may reach a log or a stored failure message: a pure
 * text rule, so every layer (core, feeds, adapters) can use it without depending on the logger.
 */
/** Removes `api_key=…`, `key=…`, `apikey=…` and bearer tokens from a URL or message. */
export function scrubSecrets(text: string): string {
  return text
    .replace(/([?&](?:api_key|apikey|key|token)=)[^&\s#]+/gi, '$1[REDACTED]')
    .replace(/\b(xox[abpr]-|xapp-)[A-Za-z0-9-]+/g, '$1[REDACTED]')
    .replace(/\bBearer\s+[A-Za-z0-9._~+/-]+=*/gi, 'Bearer [REDACTED]');
}
