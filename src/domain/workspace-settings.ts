/**
 * Settings a manager changes for a whole workspace from chat (`settings model:off`), kept by
 * the store beside, not among, the workspace's watch additions.
 */

export interface WorkspaceSettings {
  workspaceId: string;
  /** The learned second opinion ("possibly relevant" alerts): on unless a manager turned it off. */
  secondOpinion: boolean;
}

/** The settings of a workspace that never changed one. */
export function defaultWorkspaceSettings(workspaceId: string): WorkspaceSettings {
  return { workspaceId, secondOpinion: true };
}
