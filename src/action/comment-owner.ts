import { authenticatedLogin, type GitHubClient, type IssueComment } from './github.js';

/**
 * Which pull-request comment is this action's own (issue 10, item 9). Before, any bot comment
 * starting with the marker was edited, and its duplicates deleted: another bot's comment, or the
 * comment of a second workflow with another `check-name`. Now the marker names the check
 * (`<!-- execplan:progress:NAME -->` for a name other than `ExecPlan`), and only comments by the
 * user this token writes as are edited or deleted (`commentAuthor`).
 */
export const BASE_MARKER = '<!-- execplan:progress -->';
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

export function commentMarker(checkName: string): string {
  if (checkName === 'ExecPlan') return BASE_MARKER;
  // The name without what would end the comment or break the line.
  return `<!-- execplan:progress:${checkName.replace(/--+>?|[\r\n]/g, ' ').trim()} -->`;
}

/** Our comment: written by our bot user, and its first line is exactly our marker. */
export function isOurComment(comment: IssueComment, marker: string, login: string): boolean {
  return comment.userLogin === login && (comment.body === marker || comment.body.startsWith(marker + '\n'));
}

/**
 * The login this token writes comments as. A GitHub App's installation token (the default token
 * is the app `github-actions`) writes as `SLUG[bot]`, which the created check run names, so this
 * costs no request. A personal access token may not create check runs; `GET /user` names its
 * user (one request, only then). When neither answers, the default token's bot user.
 */
export async function commentAuthor(client: GitHubClient, checkRunAuthor: string | undefined): Promise<string> {
  if (checkRunAuthor) return checkRunAuthor;
  try {
    return await authenticatedLogin(client);
  } catch {
    // An app's token without checks permission, as on a fork: the default token's bot user.
    return DEFAULT_BOT_LOGIN;
  }
}
