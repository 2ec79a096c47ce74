/**
 * `settings model:on|off`: the learned second opinion for the whole workspace. On by default;
 * off keeps alerts, `show`, search and the digest to what the rules matched. Managers only
 * (src/domain/command-table.ts), audited.
 */
import { audit, type Ctx } from './context.ts';
import { SLASH } from '../domain/command-table.ts';
import { changed, problem, reply } from './replies.ts';

const MODEL_SETTING_VALUES = ['model:on', 'model:off'] as const;

/** One line for `settings`: is the second opinion on in this workspace? */
export function modelSettingLine(off: boolean): string {
  return off
    ? `Learned second opinion: off for this workspace (alerts only for rule matches; ${SLASH} settings model:on to turn it on).`
    : `Learned second opinion: on — items the rules miss but the model scores high arrive marked "possibly relevant", never priority (${SLASH} settings model:off turns it off for this workspace).`;
}

export async function runModelSetting(ctx: Ctx) {
  const value = ctx.args[0]!.text.toLowerCase();
  if (!(MODEL_SETTING_VALUES as readonly string[]).includes(value) || ctx.args.length > 1) {
    return problem(
      `Use ${SLASH} settings model:off to stop "possibly relevant" alerts in this workspace, or ${SLASH} settings model:on to bring them back.`,
      'settings',
    );
  }
  const off = value === 'model:off';
  const ws = ctx.req.workspaceId;
  const settings = await ctx.deps.store.getWorkspaceSettings(ws);
  if (settings.secondOpinion === !off) return reply('No change', { body: [[{ text: modelSettingLine(off) }]] });
  await ctx.deps.store.putWorkspaceSettings({ ...settings, secondOpinion: !off });
  await audit(ctx, 'settings.model', off ? 'off' : 'on');
  ctx.deps.onWatchlistChanged?.(ws);
  return changed(`Learned second opinion ${off ? 'off' : 'on'} for this workspace`, [modelSettingLine(off)]);
}
