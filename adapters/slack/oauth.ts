/**
 * Installs without tokens: Slack's OAuth v2 flow through Bolt's InstallProvider. A workspace
 * admin opens /slack/install (the "Add to Slack" page), approves the scopes on Slack, and is
 * sent back to /slack/oauth_redirect; Bolt exchanges the code with oauth.v2.access and stores
 * the installation (sealed) through installations.ts. The state parameter is signed with
 * SLACK_STATE_SECRET and checked against a browser cookie, so any instance can finish an
 * install another one started. Uninstalls (app_uninstalled) and revoked bot tokens
 * (tokens_revoked) forget the workspace's installation.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, HTTPReceiverOptions } from '@slack/bolt';
import type { Log } from '../../src/domain/index.ts';
import type { SlackInstallations } from './installations.ts';

/** The bot scopes the manifest asks for (slack/manifest.yml): keep the two in step. */
export const SLACK_BOT_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'users:read', 'channels:history', 'groups:history'];

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  installations: SlackInstallations;
  /** The app's redirect URL when it has several (default: the one set on api.slack.com). */
  redirectUri?: string;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${esc(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}` +
  `a.add{display:inline-block;padding:.7rem 1.2rem;border-radius:.4rem;background:#4a154b;color:#fff;text-decoration:none;font-weight:600}</style></head>` +
  `<body>${body}</body></html>`;

/** The "Add to Slack" page: what policywatch does, the scopes, and the button. */
function addToSlackPage(installUrl: string): string {
  return page(
    'Add policywatch to Slack',
    `<h1>policywatch</h1><p>Alerts your channels when governments start or stop sharing police and state databases with immigration enforcement.</p>` +
      `<p>It asks Slack for: the <code>/policy</code> command, posting alerts and digests (also in public channels it was not invited to), ` +
      `reading whether a member is a workspace admin (who may change settings), and reading recent channel history so an interrupted alert is never posted twice.</p>` +
      `<p><a class="add" href="${esc(installUrl)}">Add to Slack</a></p>`,
  );
}

function installedPage(teamName: string | undefined): string {
  return page(
    'policywatch is installed',
    `<h1>policywatch is installed${teamName ? ` in ${esc(teamName)}` : ''}</h1>` +
      `<p>In the channel that should get alerts, a workspace admin types <code>/policy subscribe</code>. <code>/policy help</code> lists the rest.</p>` +
      `<p>Private channels: invite the app first with <code>/invite @policywatch</code>.</p>`,
  );
}

function installFailedPage(): string {
  return page(
    'policywatch was not installed',
    `<h1>policywatch was not installed</h1><p>The install did not finish (it was cancelled, took too long, or was opened in another browser). ` +
      `<a href="/slack/install">Start again</a>.</p>`,
  );
}

type InstallerOptions = NonNullable<HTTPReceiverOptions['installerOptions']>;

export function installerOptions(opts: SlackOAuthOptions, clientOptions: InstallerOptions['clientOptions'], log: Log): InstallerOptions {
  return {
    installPath: '/slack/install',
    redirectUriPath: '/slack/oauth_redirect',
    directInstall: false,
    stateVerification: true,
    renderHtmlForInstallPath: addToSlackPage,
    ...(clientOptions ? { clientOptions } : {}),
    callbackOptions: {
      success: (installation, _options, _req: IncomingMessage, res: ServerResponse) => {
        log.info({ team: installation.team?.id, enterprise: installation.enterprise?.id }, 'slack: installed in a workspace');
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(installedPage(installation.team?.name ?? installation.enterprise?.name));
      },
      failure: (error, _options, _req: IncomingMessage, res: ServerResponse) => {
        log.warn({ error: error.message, code: (error as { code?: string }).code }, 'slack: an install did not finish');
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(installFailedPage());
      },
    },
  };
}

interface UninstallEventArgs {
  body: { team_id?: string; enterprise_id?: string };
  event: { type: string; tokens?: { bot?: string[]; oauth?: string[] } };
}

/** app_uninstalled forgets the workspace; tokens_revoked does when the bot token is among them. */
export function registerUninstallListeners(app: App, installations: SlackInstallations, log: Log): void {
  const forget = async (args: UninstallEventArgs, why: string): Promise<void> => {
    const { team_id: teamId, enterprise_id: enterpriseId } = args.body;
    try {
      const removed = await installations.forget(teamId, enterpriseId);
      log.info(
        { team: teamId, enterprise: enterpriseId, removed },
        `slack: ${why}; its installation is forgotten and its channels get no more alerts`,
      );
    } catch (err) {
      log.error({ team: teamId, err: (err as Error).message }, 'slack: could not forget an uninstalled workspace');
    }
  };
  app.event('app_uninstalled', async (args) => forget(args as unknown as UninstallEventArgs, 'the app was uninstalled from a workspace'));
  app.event('tokens_revoked', async (args) => {
    const a = args as unknown as UninstallEventArgs;
    if (a.event.tokens?.bot?.length) await forget(a, "a workspace revoked the app's bot token");
  });
}
