/**
 * The platform-neutral `/policy` command core. Adapters turn a slash command into a
 * CommandRequest and render the RichMessage that comes back; this never throws.
 */
import type { CommandHandler, CommandRequest, RichMessage } from '../domain/index.ts';
import { mergeWatchlists } from '../matching/index.ts';
import type { Ctx, Run } from './context.ts';
import type { CommandDeps } from './deps.ts';
import { runDigest } from './digest.ts';
import { COMMAND_NAMES, managerOnly, SLASH } from '../domain/command-table.ts';
import { runHelp, runSources, runStatus } from './info.ts';
import { problem, refusal } from './replies.ts';
import { runSearch } from './search.ts';
import { runShow } from './show.ts';
import { createTriageHandler } from './triage.ts';
import { runSettings, runSubscribe, runUnsubscribe } from './subscribe.ts';
import { closest } from './suggest.ts';
import { tokenizeCommand } from './tokens.ts';
import { runWatch } from './watch.ts';

const RUNS: Record<string, Run> = {
  help: runHelp,
  search: runSearch,
  show: runShow,
  subscribe: runSubscribe,
  unsubscribe: runUnsubscribe,
  settings: runSettings,
  watch: runWatch,
  digest: runDigest,
  sources: runSources,
  status: runStatus,
};

/** Typed shortcuts people use. */
const ALIASES: Record<string, string> = {
  find: 'search',
  lookup: 'show',
  info: 'show',
  sub: 'subscribe',
  unsub: 'unsubscribe',
  '?': 'help',
};

async function topicsFor(deps: CommandDeps, workspaceId: string): Promise<string[]> {
  const additions = await deps.store.listWatchAdditions(workspaceId);
  return mergeWatchlists(deps.watchlist(), undefined, additions).topics.map((t) => t.id);
}

export function createCommandHandler(deps: CommandDeps): CommandHandler {
  const handler: CommandHandler = async (req: CommandRequest): Promise<RichMessage> => {
    try {
      const tokens = tokenizeCommand(req.text ?? '');
      // Tolerate adapters (or people) that pass the command name along: '/policy search …'.
      if (/^\/?policy$/i.test(tokens[0]?.text ?? '')) tokens.shift();
      const typed = tokens[0]?.text.replace(/^\//, '').toLowerCase();
      const name = typed === undefined ? 'help' : (ALIASES[typed] ?? typed);
      const run = RUNS[name];
      if (!run) {
        const near = closest(name, COMMAND_NAMES);
        return problem(
          near
            ? `There's no "${typed}" command. Did you mean ${near}?`
            : `There's no "${typed}" command. To look something up, try ${SLASH} search ${(req.text ?? '').trim().slice(0, 60)}. Commands: ${COMMAND_NAMES.join(', ')}; ${SLASH} help shows examples.`,
          near,
        );
      }
      const args = tokens.slice(1);
      const what = managerOnly(name, args[0]?.text.toLowerCase());
      if (what && !req.isManager) return refusal(what);
      const ctx: Ctx = { deps, req, args, now: deps.clock.now(), topics: await topicsFor(deps, req.workspaceId) };
      return await run(ctx);
    } catch (err) {
      const ref = Math.floor(Math.random() * 36 ** 6)
        .toString(36)
        .padStart(6, '0');
      try {
        deps.log?.error({ err, ref, command: (req.text ?? '').slice(0, 200), platform: req.platform }, 'command failed');
      } catch {
        // logging must not turn a reply into a throw
      }
      return problem(
        `Something went wrong on my side. Try again in a minute; if it keeps happening, tell the person who runs policywatch and give them reference ${ref}.`,
      );
    }
  };
  handler.triage = createTriageHandler(deps);
  return handler;
}
