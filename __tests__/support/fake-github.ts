// A local stand-in for GitHub's REST API, for the demo, the end-to-end tests and the benchmark.
// It keeps a scenario's state (files at each commit, one pull request, its comments and check
// runs), records every request, and checks every request (path, query and JSON body) against
// GitHub's published OpenAPI description (__tests__/fixtures/github-openapi.json). A request that
// does not match is answered 422 and listed in `violations`.
//
// Faults can be injected per request: `server.inject({ method, path, status, headers, body, times })`;
// `server.gather({ method, path, count })` holds requests until `count` have arrived (races).
// It listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { structuredPatch } from 'diff';
import addFormats from 'ajv-formats';
import { fileURLToPath } from 'node:url';

/** A JSON object as it is sent or received. */
export type JsonObject = Record<string, unknown>;

/** A commit's files: path to content. */
export type Tree = Record<string, string | Buffer>;

export interface User {
  login: string;
  type: string;
}

export interface IssueComment {
  id: number;
  /** The issue or pull request it is on; without it, on every one. */
  issue?: number;
  body: string;
  user: User;
  created_at: string;
  updated_at?: string;
}

export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  line?: number;
  start_line?: number | null;
  pull_request_review_id?: number;
  commit_id?: string;
  user: User;
}

export interface PullRequest {
  number: number;
  base: string;
  head: string;
  mergeBase?: string;
  fromFork?: boolean;
  /** New path to previous path. */
  renames?: Record<string, string>;
}

export interface Scenario {
  owner?: string;
  repo?: string;
  commits: Record<string, Tree>;
  pull?: PullRequest;
  comments?: IssueComment[];
  reviewComments?: ReviewComment[];
  readOnly?: boolean;
  latencyMs?: number;
  token?: string;
  truncatedTrees?: boolean;
  /** A comparison answered without its files (seen on very large comparisons). */
  compareWithoutFiles?: boolean;
  /**
   * Who the token is: a GitHub App's installation token (the default token is the app
   * `github-actions`) writes as `SLUG[bot]`; a personal access token writes as its user and may
   * not create check runs.
   */
  identity?: { kind: 'app'; slug: string } | { kind: 'user'; login: string };
}

/** One request as the stand-in received it. */
export interface RequestRecord {
  at: number;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The JSON body (or the text when it is not JSON; undefined when empty). */
  body: unknown;
  authorization: string;
  /** The operation of GitHub's description it matched (`METHOD /template`). */
  operation?: string;
}

export interface Violation {
  request: string;
  problems: string[];
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
  [key: string]: unknown;
}

export interface CheckRunOutput {
  title?: string;
  summary?: string;
  annotations: Annotation[];
  [key: string]: unknown;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  output: CheckRunOutput;
  html_url: string;
}

export interface Review {
  id: number;
  body: string;
  state: string;
  commit_id: string;
  comments: JsonObject[];
}

/** What `inject` takes: the next `times` (1) requests matching method and path get this answer. */
export interface FaultSpec {
  method: string;
  path: RegExp | string;
  status?: number;
  headers?: Record<string, string>;
  body?: JsonObject;
  times?: number;
  /** Drop the connection instead of answering. */
  reset?: boolean;
}

export interface Fault extends FaultSpec {
  path: RegExp;
  times: number;
}

export interface GatheringSpec {
  method: string;
  path: RegExp | string;
  count: number;
}

export interface Gathering extends GatheringSpec {
  path: RegExp;
  waiting: (() => void)[];
}

export interface State {
  requests: RequestRecord[];
  violations: Violation[];
  checkRuns: CheckRun[];
  comments: IssueComment[];
  reviews: Review[];
  reviewComments: ReviewComment[];
  faults: Fault[];
  gatherings: Gathering[];
  nextId: number;
  clock: number;
}

/** An answer: status, JSON body and extra headers. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  state: State;
  /** Makes the next `times` requests matching method and path answer with a fault. */
  inject(fault: FaultSpec): void;
  /** Holds the next `count` requests matching method and path until all of them have arrived. */
  gather(gathering: GatheringSpec): void;
  close(): Promise<void>;
}

interface ParameterDescription {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonObject;
}

interface OperationDescription {
  requestBody?: JsonObject;
  parameters: ParameterDescription[];
}

interface Route {
  key: string;
  method: string;
  regex: RegExp;
  names: string[];
  op: OperationDescription;
  body: ValidateFunction | null;
  params: (ParameterDescription & { validate: ValidateFunction })[];
}

interface ChangedFile {
  filename: string;
  previous_filename?: string;
  status: string;
  sha: string;
}

const description = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'github-openapi.json'), 'utf8'),
) as { operations: Record<string, OperationDescription> };

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv);

/** Routes of the described operations, as regular expressions over the request path. */
const routes: Route[] = Object.entries(description.operations).map(([key, op]) => {
  const [method, template] = key.split(' ');
  const names: string[] = [];
  // `contents/{path}` with an empty path lists the top folder; Octokit sends it as `contents`.
  const pattern = template.replace(/\/?\{(\w+)\}/g, (whole: string, name: string) => {
    names.push(name);
    return name === 'path' ? '(?:/(.*))?' : `${whole.startsWith('/') ? '/' : ''}([^/]+)`;
  });
  const schemaOf = (p: ParameterDescription): JsonObject => ({ ...(p.schema ?? {}) });
  return {
    key,
    method,
    regex: new RegExp(`^${pattern}$`),
    names,
    op,
    body: op.requestBody ? ajv.compile(op.requestBody) : null,
    params: op.parameters.map((p) => ({ ...p, validate: ajv.compile(schemaOf(p)) })),
  };
});

const shaCache = new Map<string, string>();

/** The git blob sha of some bytes, as GitHub computes it (remembered per text). */
export function blobSha(content: string | Buffer): string {
  let sha = typeof content === 'string' ? shaCache.get(content) : undefined;
  if (sha === undefined) {
    const bytes = Buffer.from(content);
    sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    if (typeof content === 'string') shaCache.set(content, sha);
  }
  return sha;
}

const coerce = (value: string, schema: JsonObject | undefined): unknown => {
  if (schema?.type === 'integer' || schema?.type === 'number') return Number(value);
  if (schema?.type === 'boolean') return value === 'true';
  return value;
};

/** A JSON object, or an empty one for anything else (bodies are checked against the description first). */
const objectOf = (value: unknown): JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
const objectsOf = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.map(objectOf) : []);
const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
/** Annotations as sent: the description requires path, lines, level and message. */
const annotationsOf = (value: unknown): Annotation[] => objectsOf(value) as Annotation[];

/** A recorded request's JSON body as an object (empty when it had none, or not an object). */
export const bodyOf = (request: RequestRecord): JsonObject => objectOf(request.body);

export async function startFakeGitHub(scenario: Scenario): Promise<FakeGitHub> {
  const owner = scenario.owner ?? 'octo-org';
  const repoName = scenario.repo ?? 'plans-demo';
  const identity = scenario.identity ?? { kind: 'app', slug: 'github-actions' };
  const author: User =
    identity.kind === 'app' ? { login: `${identity.slug}[bot]`, type: 'Bot' } : { login: identity.login, type: 'User' };
  const state: State = {
    requests: [],
    violations: [],
    checkRuns: [],
    comments: (scenario.comments ?? []).map((c) => ({ ...c })),
    reviews: [],
    reviewComments: (scenario.reviewComments ?? []).map((c) => ({ ...c })),
    faults: [],
    gatherings: [],
    nextId: 1000,
    clock: Date.parse('2026-11-23T10:00:00Z'),
  };
  // Blobs are looked up in the scenario as it is at request time, so a test may change it between runs.
  const blobs = {
    get(sha: string): Buffer | undefined {
      for (const tree of Object.values(scenario.commits))
        for (const content of Object.values(tree)) if (blobSha(content) === sha) return Buffer.from(content);
      return undefined;
    },
  };

  const now = () => new Date((state.clock += 1000)).toISOString();
  const tick = () => state.nextId++;

  function diff(baseTree: Tree, headTree: Tree, renames: Record<string, string> = {}) {
    const files: ChangedFile[] = [];
    const renamedFrom = new Set(Object.values(renames));
    for (const [path, content] of Object.entries(headTree)) {
      const sha = blobSha(content);
      if (renames[path] !== undefined) {
        files.push({ filename: path, previous_filename: renames[path], status: 'renamed', sha });
      } else if (!(path in baseTree)) files.push({ filename: path, status: 'added', sha });
      else if (blobSha(baseTree[path]) !== sha) files.push({ filename: path, status: 'modified', sha });
    }
    for (const path of Object.keys(baseTree)) {
      if (!(path in headTree) && !renamedFrom.has(path))
        files.push({ filename: path, status: 'removed', sha: blobSha(baseTree[path]) });
    }
    return files
      .sort((a, b) => (a.filename < b.filename ? -1 : 1))
      .map((f) => ({ additions: 1, deletions: 0, changes: 1, blob_url: '', raw_url: '', contents_url: '', ...f }));
  }

  /**
   * A file's diff as GitHub's files list gives it in `patch`: the hunks, without the file headers.
   * Made once for each pair of versions: every page of a 3,000-file list asks for all of them.
   */
  const patches = new Map<string, string>();
  /** The pull request's files list as its first page was read. */
  let filesList: unknown[] | undefined;
  function patchOf(baseContent: string | Buffer | undefined, headContent: string | Buffer | undefined): string {
    const key = `${baseContent === undefined ? '' : blobSha(baseContent)}:${headContent === undefined ? '' : blobSha(headContent)}`;
    let patch = patches.get(key);
    if (patch === undefined) {
      const text = (content: string | Buffer | undefined) =>
        content === undefined ? '' : Buffer.from(content).toString('utf8');
      const { hunks } = structuredPatch('a', 'b', text(baseContent), text(headContent), '', '', { context: 3 });
      patch = hunks
        .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
        .join('\n');
      patches.set(key, patch);
    }
    return patch;
  }

  /** The head-version lines inside the pull request's diff hunks (added or context): where review comments may go. */
  function diffLines(pull: PullRequest, path: string): Set<number> {
    const base = scenario.commits[pull.mergeBase ?? pull.base];
    const previous = pull.renames?.[path] ?? path;
    const lines = new Set<number>();
    for (const h of structuredPatch(
      'a',
      'b',
      String(base[previous] ?? ''),
      String(scenario.commits[pull.head][path] ?? ''),
      '',
      '',
      { context: 3 },
    ).hunks) {
      let line = h.newStart;
      for (const l of h.lines) {
        if (l.startsWith('-') || l.startsWith('\\')) continue;
        lines.add(line++);
      }
    }
    return lines;
  }

  const fileEntry = (path: string, content: string | Buffer) => ({
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(content),
    name: path.split('/').pop(),
    path,
    content: Buffer.from(content).toString('base64'),
    sha: blobSha(content),
    url: '',
    git_url: null,
    html_url: null,
    download_url: null,
    _links: { self: '', git: null, html: null },
  });

  function handle(method: string, url: URL, requestBody: unknown, page: number, perPage: number, base: string): Answer {
    const pull = scenario.pull;
    const body = objectOf(requestBody);
    const m = (re: RegExp) => re.exec(url.pathname);
    let match: RegExpExecArray | null;
    const paged = (items: unknown[]): Answer => {
      const start = (page - 1) * perPage;
      const slice = items.slice(start, start + perPage);
      const headers: Record<string, string> = {};
      if (start + perPage < items.length) {
        const next = new URL(url.href);
        next.searchParams.set('page', String(page + 1));
        next.searchParams.set('per_page', String(perPage));
        headers.link = `<${base}${next.pathname}${next.search}>; rel="next"`;
      }
      return { status: 200, body: slice, headers };
    };
    if (method === 'GET' && url.pathname === '/user') {
      if (identity.kind === 'app') return { status: 403, body: { message: 'Resource not accessible by integration' } };
      return { status: 200, body: { login: identity.login, id: 1, type: 'User' } };
    }
    const prefix = `/repos/${owner}/${repoName}`;
    if (!url.pathname.startsWith(prefix + '/')) return { status: 404, body: { message: 'Not Found' } };

    if (method === 'GET' && (match = m(/\/pulls\/(\d+)\/files$/))) {
      if (!pull || Number(match[1]) !== pull.number) return { status: 404, body: { message: 'Not Found' } };
      // Like GitHub, at most 3,000 files, and no sign that more were left out.
      // Listed on the first page and kept for the pages after it, which a client reads next.
      if (page === 1 || filesList === undefined) {
        const baseTree = scenario.commits[pull.mergeBase ?? pull.base];
        const headTree = scenario.commits[pull.head];
        filesList = diff(baseTree, headTree, pull.renames)
          .slice(0, 3000)
          .map((f) =>
            f.status === 'removed'
              ? f
              : { ...f, patch: patchOf(baseTree[f.previous_filename ?? f.filename], headTree[f.filename]) },
          );
      }
      return paged(filesList);
    }
    if (method === 'GET' && (match = m(/\/pulls\/(\d+)\/comments$/))) {
      if (!pull || Number(match[1]) !== pull.number) return { status: 404, body: { message: 'Not Found' } };
      return paged(state.reviewComments);
    }
    if (method === 'POST' && (match = m(/\/pulls\/(\d+)\/reviews$/))) {
      if (!pull || Number(match[1]) !== pull.number) return { status: 404, body: { message: 'Not Found' } };
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const sent = body.comments === undefined ? undefined : objectsOf(body.comments);
      const comments = (sent ?? []).map((c) => ({
        path: String(c.path),
        body: String(c.body),
        line: numberOf(c.line),
        start_line: numberOf(c.start_line),
      }));
      // Like GitHub: every comment must sit on lines of the diff, else the whole review is refused.
      for (const c of comments) {
        const lines = c.path in scenario.commits[pull.head] ? diffLines(pull, c.path) : new Set<number>();
        const wanted = c.start_line !== undefined ? [c.start_line, c.line] : [c.line];
        if (!wanted.every((l) => l !== undefined && lines.has(l)))
          return {
            status: 422,
            body: {
              message: 'Unprocessable Entity',
              errors: ['Pull request review thread line must be part of the diff'],
            },
          };
      }
      const id = tick();
      const review = {
        id,
        body: textOf(body.body) ?? '',
        state: body.event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
        commit_id: textOf(body.commit_id) ?? pull.head,
      };
      state.reviews.push({ ...review, comments: sent ?? [] });
      for (const c of comments)
        state.reviewComments.push({
          id: tick(),
          pull_request_review_id: id,
          body: c.body,
          path: c.path,
          line: c.line,
          start_line: c.start_line ?? null,
          commit_id: review.commit_id,
          user: author,
        });
      return { status: 200, body: review };
    }
    if (method === 'GET' && (match = m(/\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/))) {
      const [, baseSha, headSha] = match;
      const mergeBase = pull && pull.head === headSha && pull.mergeBase ? pull.mergeBase : baseSha;
      if (!scenario.commits[mergeBase] || !scenario.commits[headSha])
        return { status: 404, body: { message: 'Not Found' } };
      return {
        status: 200,
        body: {
          url: '',
          html_url: '',
          permalink_url: '',
          diff_url: '',
          patch_url: '',
          base_commit: { sha: baseSha },
          merge_base_commit: { sha: mergeBase },
          status: 'ahead',
          ahead_by: 1,
          behind_by: 0,
          total_commits: 1,
          commits: [],
          // Like GitHub, at most 300 changed files.
          files: diff(
            scenario.commits[mergeBase],
            scenario.commits[headSha],
            pull?.head === headSha ? pull.renames : {},
          ).slice(0, 300),
          // A comparison GitHub answered without its files (seen on very large comparisons).
          ...(scenario.compareWithoutFiles ? { files: undefined } : {}),
        },
      };
    }
    if (method === 'GET' && (match = m(/\/git\/trees\/([0-9a-f]+)$/))) {
      // A commit's sha stands for its tree, as GitHub allows. Folders are implied by the paths.
      const tree = scenario.commits[match[1]];
      if (!tree) return { status: 404, body: { message: 'Not Found' } };
      const entries = Object.entries(tree).map(([path, content]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: blobSha(content),
        size: Buffer.byteLength(content),
        url: '',
      }));
      return {
        status: 200,
        body: { sha: match[1], url: '', tree: entries, truncated: Boolean(scenario.truncatedTrees) },
      };
    }
    if (method === 'GET' && (match = m(/\/git\/blobs\/([0-9a-f]+)$/))) {
      const bytes = blobs.get(match[1]);
      if (!bytes) return { status: 404, body: { message: 'Not Found' } };
      return {
        status: 200,
        body: {
          sha: match[1],
          node_id: '',
          url: '',
          size: bytes.length,
          content: bytes.toString('base64'),
          encoding: 'base64',
        },
      };
    }
    if (method === 'GET' && (match = m(/\/contents\/?(.*)$/))) {
      const path = decodeURIComponent(match[1]);
      const tree = scenario.commits[url.searchParams.get('ref') ?? ''];
      if (!tree) return { status: 404, body: { message: 'No commit found for the ref' } };
      if (path === '') {
        const names = [...new Set(Object.keys(tree).filter((p) => !p.includes('/')))];
        return {
          status: 200,
          body: names.map((name) => ({ ...fileEntry(name, tree[name]), content: undefined, encoding: undefined })),
        };
      }
      if (!(path in tree)) return { status: 404, body: { message: 'Not Found' } };
      const entry = fileEntry(path, tree[path]);
      // Like GitHub, files over 1 MB come without content.
      if (entry.size > 1024 * 1024) return { status: 200, body: { ...entry, content: '', encoding: 'none' } };
      return { status: 200, body: entry };
    }
    if (method === 'POST' && m(/\/check-runs$/)) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      if (identity.kind === 'user')
        return { status: 403, body: { message: 'You must authenticate via a GitHub App.' } };
      const id = tick();
      const output = body.output === undefined ? undefined : objectOf(body.output);
      const run: CheckRun = {
        id,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: textOf(body.status),
        conclusion: textOf(body.conclusion),
        output: { ...output, annotations: [...annotationsOf(output?.annotations)] },
        html_url: `https://github.com/${owner}/${repoName}/runs/${id}`,
      };
      state.checkRuns.push(run);
      return {
        status: 201,
        body: {
          id,
          html_url: run.html_url,
          head_sha: run.head_sha,
          name: run.name,
          status: run.status,
          conclusion: run.conclusion,
          app: { id: 1, slug: identity.slug, name: identity.slug },
        },
      };
    }
    if (method === 'PATCH' && (match = m(/\/check-runs\/(\d+)$/))) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const runId = Number(match[1]);
      const run = state.checkRuns.find((r) => r.id === runId);
      if (!run) return { status: 404, body: { message: 'Not Found' } };
      const output = body.output === undefined ? undefined : objectOf(body.output);
      run.output.title = textOf(output?.title) ?? run.output.title;
      run.output.summary = textOf(output?.summary) ?? run.output.summary;
      run.output.annotations.push(...annotationsOf(output?.annotations));
      return { status: 200, body: { id: run.id, html_url: run.html_url } };
    }
    if (method === 'GET' && (match = m(/\/issues\/(\d+)\/comments$/))) {
      const issue = Number(match[1]);
      return paged(state.comments.filter((c) => c.issue === issue || c.issue === undefined));
    }
    if (method === 'POST' && (match = m(/\/issues\/(\d+)\/comments$/))) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const comment: IssueComment = {
        id: tick(),
        issue: Number(match[1]),
        body: String(body.body),
        user: author,
        created_at: now(),
        updated_at: now(),
      };
      state.comments.push(comment);
      return { status: 201, body: comment };
    }
    if (method === 'PATCH' && (match = m(/\/issues\/comments\/(\d+)$/))) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const commentId = Number(match[1]);
      const comment = state.comments.find((c) => c.id === commentId);
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      comment.body = String(body.body);
      comment.updated_at = now();
      return { status: 200, body: comment };
    }
    if (method === 'DELETE' && (match = m(/\/issues\/comments\/(\d+)$/))) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const commentId = Number(match[1]);
      const index = state.comments.findIndex((c) => c.id === commentId);
      if (index < 0) return { status: 404, body: { message: 'Not Found' } };
      state.comments.splice(index, 1);
      return { status: 204, body: null };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }

  /** Checks a request against the description; returns the problems found. */
  function check(method: string, url: URL, body: unknown): { key: string; problems: string[] } {
    const route = routes.find((r) => r.method.toLowerCase() === method.toLowerCase() && r.regex.test(url.pathname));
    if (!route)
      return { key: `${method} ${url.pathname}`, problems: ["no such operation in GitHub's REST description"] };
    const values = (route.regex.exec(url.pathname) ?? []).slice(1);
    const problems: string[] = [];
    for (const p of route.params) {
      let raw: string | undefined;
      if (p.in === 'path') raw = decodeURIComponent(values[route.names.indexOf(p.name)] ?? '');
      else if (p.in === 'query') raw = url.searchParams.get(p.name) ?? undefined;
      else continue;
      if (raw === undefined) {
        if (p.required) problems.push(`missing ${p.in} parameter ${p.name}`);
        continue;
      }
      if (!p.validate(coerce(raw, p.schema)))
        problems.push(`${p.in} parameter ${p.name}: ${ajv.errorsText(p.validate.errors)}`);
    }
    if (route.body) {
      if (body === undefined) problems.push('missing JSON body');
      else if (!route.body(body)) problems.push(`body: ${ajv.errorsText(route.body.errors, { dataVar: 'body' })}`);
    }
    return { key: route.key, problems };
  }

  const port = (): number => {
    const address = server.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const method = req.method ?? '';
      const base = `http://127.0.0.1:${port()}`;
      const url = new URL(req.url ?? '/', base);
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const record: RequestRecord = {
        at: Date.now(),
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        authorization: req.headers.authorization ?? '',
      };
      state.requests.push(record);
      if (scenario.latencyMs) await new Promise((r) => setTimeout(r, scenario.latencyMs));

      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-github-request-id': String(state.requests.length),
          ...headers,
        });
        res.end(payload === null || payload === undefined ? '' : JSON.stringify(payload));
      };
      const { key, problems } = check(method, url, body);
      record.operation = key;
      if (problems.length) {
        state.violations.push({ request: `${method} ${url.pathname}${url.search}`, problems });
        return send(422, { message: 'Validation Failed', errors: problems });
      }
      // A gathering holds matching requests until `count` of them have arrived, then lets all go:
      // two runs at once are made to read the same state before either writes.
      const gathering = state.gatherings.find(
        (g) => g.waiting.length < g.count && g.method === method && g.path.test(url.pathname),
      );
      if (gathering) {
        await new Promise<void>((resolve) => {
          gathering.waiting.push(resolve);
          if (gathering.waiting.length === gathering.count) gathering.waiting.forEach((release) => release());
        });
      }
      const fault = state.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
      if (fault) {
        fault.times--;
        if (fault.reset) return req.socket.destroy();
        // A fault is either a reset or an answer with a status.
        const status = fault.status ?? 500;
        return send(status, fault.body ?? { message: `injected ${status}` }, fault.headers ?? {});
      }
      try {
        const answer = handle(method, url, body, page, perPage, base);
        send(answer.status, answer.body, answer.headers);
      } catch (error) {
        const stack = typeof error === 'object' && error !== null && 'stack' in error ? error.stack : undefined;
        send(500, { message: String(stack ?? error) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${port()}`;

  return {
    url: apiUrl,
    owner,
    repo: repoName,
    state,
    inject(fault) {
      state.faults.push({
        times: 1,
        ...fault,
        path: fault.path instanceof RegExp ? fault.path : new RegExp(fault.path),
      });
    },
    gather({ method, path, count }) {
      state.gatherings.push({ method, path: path instanceof RegExp ? path : new RegExp(path), count, waiting: [] });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
