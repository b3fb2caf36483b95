import type { IssueComment } from './github.js';

/**
 * Which pull-request comment is this action's own (issue 10, item 9). Before, any bot comment
 * starting with the marker was edited, and its duplicates deleted: another bot's comment, or the
 * comment of a second workflow with another `check-name`. Now the marker names the check
 * (`<!-- execplan:progress:NAME -->` for a name other than `ExecPlan`), and only comments by the
 * bot user that the default token writes as (`github-actions[bot]`) are edited or deleted.
 */
export const BASE_MARKER = '<!-- execplan:progress -->';
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

export function commentMarker(checkName: string): string {
  if (checkName === 'ExecPlan') return BASE_MARKER;
  // The name without what would end the comment or break the line.
  return `<!-- execplan:progress:${checkName.replace(/--+>?|[\r\n]/g, ' ').trim()} -->`;
}

/** Our comment: written by our bot user, and its first line is exactly our marker. */
export function isOurComment(comment: IssueComment, marker: string, login = DEFAULT_BOT_LOGIN): boolean {
  return comment.userLogin === login && (comment.body === marker || comment.body.startsWith(marker + '\n'));
}
