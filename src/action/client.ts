import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { GitHubClient } from './github.js';
import { fetchWithTimeout, pageCounter } from './request-limits.js';

const ActionOctokit = Octokit.plugin(retry, throttling);

export interface ClientOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly log: { debug(message: string): void; warning(message: string): void };
  /** Milliseconds of the first back-off step (1 s by default); tests make it short. */
  readonly backoffMs?: number;
  /** Each request's time limit (REQUEST_TIMEOUT_MS by default); tests make it short. */
  readonly requestTimeoutMs?: number;
}

/**
 * An Octokit that retries 5xx answers with back-off (plugin-retry) and waits out secondary rate
 * limits for as long as `retry-after` says (plugin-throttling). A primary rate limit that resets
 * more than a minute later is not waited for: the run fails and says why.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const base = options.backoffMs ?? 1000;
  const client = new ActionOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'execplan-action',
    retry: { retries: 3, retryAfterBaseValue: base },
    throttle: {
      retryAfterBaseValue: base,
      // The plugin spaces writes a second apart, one at a time. A run makes one check run, one
      // comment and its annotation batches, which `runAction` sends at most eight at a time; a
      // secondary rate limit, if GitHub answers with one, is still waited out.
      write: new Bottleneck.Group({ id: 'execplan-write', maxConcurrent: 8, minTime: 0 }),
      // Comment writes keep GitHub's advised three seconds apart, per client: the plugin's own
      // limiter is shared by every client in the process, so runs in one process would wait on each other.
      notifications: new Bottleneck.Group({ id: 'execplan-notifications', maxConcurrent: 1, minTime: 3000 }),
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        options.log.warning(
          `GitHub's secondary rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s.`,
        );
        return retryCount < 3;
      },
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        if (retryAfter <= 60 && retryCount < 1) {
          options.log.warning(`GitHub's rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s.`);
          return true;
        }
        options.log.warning(
          `GitHub's API rate limit for this token is used up (it resets in ${retryAfter} s); not waiting.`,
        );
        return false;
      },
    },
    log: {
      debug: (message: string) => options.log.debug(message),
      info: (message: string) => options.log.debug(message),
      warn: (message: string) => options.log.warning(message),
      error: (message: string) => options.log.debug(message),
    },
    // Every request has a time limit, and no list is read past MAX_PAGES pages (request-limits.ts).
    request: { fetch: fetchWithTimeout(options.requestTimeoutMs) },
  }) as unknown as GitHubClient;
  const countPage = pageCounter();
  // Counted by the URL as sent (parameters filled in, `page` aside): each list's pages, not every
  // request to one route (100 blob reads are not 100 pages of a list).
  client.hook.before('request', (request) => {
    const sent = client.request.endpoint.parse(request);
    countPage(sent.method, sent.url);
  });
  return client;
}
