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
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { fileURLToPath } from 'node:url';

const description = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', '__tests__', 'fixtures', 'github-openapi.json'),
    'utf8',
  ),
);

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
(addFormats.default ?? addFormats)(ajv);

/** Routes of the described operations, as regular expressions over the request path. */
const routes = Object.entries(description.operations).map(([key, op]) => {
  const [method, template] = key.split(' ');
  const names = [];
  // `contents/{path}` with an empty path lists the top folder; Octokit sends it as `contents`.
  const pattern = template.replace(/\/?\{(\w+)\}/g, (whole, name) => {
    names.push(name);
    return name === 'path' ? '(?:/(.*))?' : `${whole.startsWith('/') ? '/' : ''}([^/]+)`;
  });
  const schemaOf = (p) => ({ ...(p.schema ?? {}) });
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

const shaCache = new Map();

/** The git blob sha of some bytes, as GitHub computes it (remembered per text). */
export function blobSha(content) {
  let sha = typeof content === 'string' ? shaCache.get(content) : undefined;
  if (sha === undefined) {
    const bytes = Buffer.from(content);
    sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    if (typeof content === 'string') shaCache.set(content, sha);
  }
  return sha;
}

const coerce = (value, schema) => {
  if (schema?.type === 'integer' || schema?.type === 'number') return Number(value);
  if (schema?.type === 'boolean') return value === 'true';
  return value;
};

/**
 * @typedef {{ [path: string]: string | Buffer }} Tree
 * @typedef {{
 *   owner?: string, repo?: string,
 *   commits: { [sha: string]: Tree },
 *   pull?: { number: number, base: string, head: string, mergeBase?: string, fromFork?: boolean,
 *            renames?: { [newPath: string]: string } },
 *   comments?: { id: number, issue?: number, body: string, user: { login: string, type: string }, created_at: string }[],
 *   readOnly?: boolean, latencyMs?: number, token?: string, truncatedTrees?: boolean,
 * }} Scenario
 */
export async function startFakeGitHub(/** @type {Scenario} */ scenario) {
  const owner = scenario.owner ?? 'octo-org';
  const repoName = scenario.repo ?? 'plans-demo';
  /** @type {{ requests: any[], violations: any[], checkRuns: any[], comments: any[], faults: any[], gatherings: any[], nextId: number, clock: number }} */
  const state = {
    requests: [],
    violations: [],
    checkRuns: [],
    comments: (scenario.comments ?? []).map((c) => ({ ...c })),
    faults: [],
    gatherings: [],
    nextId: 1000,
    clock: Date.parse('2026-11-23T10:00:00Z'),
  };
  // Blobs are looked up in the scenario as it is at request time, so a test may change it between runs.
  const blobs = {
    get(sha) {
      for (const tree of Object.values(scenario.commits))
        for (const content of Object.values(tree)) if (blobSha(content) === sha) return Buffer.from(content);
      return undefined;
    },
  };

  const now = () => new Date((state.clock += 1000)).toISOString();
  const tick = () => state.nextId++;

  function diff(baseTree, headTree, renames = {}) {
    const files = [];
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

  const fileEntry = (path, content) => ({
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

  function handle(method, url, body, page, perPage, base) {
    const pull = scenario.pull;
    const m = (re) => re.exec(url.pathname);
    let match;
    const paged = (items) => {
      const start = (page - 1) * perPage;
      const slice = items.slice(start, start + perPage);
      const headers = {};
      if (start + perPage < items.length) {
        const next = new URL(url.href);
        next.searchParams.set('page', String(page + 1));
        next.searchParams.set('per_page', String(perPage));
        headers.link = `<${base}${next.pathname}${next.search}>; rel="next"`;
      }
      return { status: 200, body: slice, headers };
    };
    const prefix = `/repos/${owner}/${repoName}`;
    if (!url.pathname.startsWith(prefix + '/')) return { status: 404, body: { message: 'Not Found' } };

    if (method === 'GET' && (match = m(/\/pulls\/(\d+)\/files$/))) {
      if (!pull || Number(match[1]) !== pull.number) return { status: 404, body: { message: 'Not Found' } };
      // Like GitHub, at most 3,000 files, and no sign that more were left out.
      const files = diff(scenario.commits[pull.mergeBase ?? pull.base], scenario.commits[pull.head], pull.renames);
      return paged(files.slice(0, 3000));
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
      const id = tick();
      const run = {
        id,
        name: body.name,
        head_sha: body.head_sha,
        status: body.status,
        conclusion: body.conclusion,
        output: { ...body.output, annotations: [...(body.output?.annotations ?? [])] },
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
        },
      };
    }
    if (method === 'PATCH' && (match = m(/\/check-runs\/(\d+)$/))) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const run = state.checkRuns.find((r) => r.id === Number(match[1]));
      if (!run) return { status: 404, body: { message: 'Not Found' } };
      run.output.title = body.output?.title ?? run.output.title;
      run.output.summary = body.output?.summary ?? run.output.summary;
      run.output.annotations.push(...(body.output?.annotations ?? []));
      return { status: 200, body: { id: run.id, html_url: run.html_url } };
    }
    if (method === 'GET' && (match = m(/\/issues\/(\d+)\/comments$/))) {
      return paged(state.comments.filter((c) => c.issue === Number(match[1]) || c.issue === undefined));
    }
    if (method === 'POST' && (match = m(/\/issues\/(\d+)\/comments$/))) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const comment = {
        id: tick(),
        issue: Number(match[1]),
        body: body.body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        created_at: now(),
        updated_at: now(),
      };
      state.comments.push(comment);
      return { status: 201, body: comment };
    }
    if (method === 'PATCH' && (match = m(/\/issues\/comments\/(\d+)$/))) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const comment = state.comments.find((c) => c.id === Number(match[1]));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      comment.body = body.body;
      comment.updated_at = now();
      return { status: 200, body: comment };
    }
    if (method === 'DELETE' && (match = m(/\/issues\/comments\/(\d+)$/))) {
      if (scenario.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const index = state.comments.findIndex((c) => c.id === Number(match[1]));
      if (index < 0) return { status: 404, body: { message: 'Not Found' } };
      state.comments.splice(index, 1);
      return { status: 204, body: null };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }

  /** Checks a request against the description; returns the problems found. */
  function check(method, url, body) {
    const route = routes.find((r) => r.method.toLowerCase() === method.toLowerCase() && r.regex.test(url.pathname));
    if (!route)
      return { key: `${method} ${url.pathname}`, problems: ["no such operation in GitHub's REST description"] };
    const values = route.regex.exec(url.pathname).slice(1);
    const problems = [];
    for (const p of route.params) {
      let raw;
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

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      const url = new URL(req.url, base);
      const text = Buffer.concat(chunks).toString('utf8');
      let body;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const record = {
        at: Date.now(),
        method: req.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        authorization: req.headers.authorization ?? '',
      };
      state.requests.push(record);
      if (scenario.latencyMs) await new Promise((r) => setTimeout(r, scenario.latencyMs));

      const send = (status, payload, headers = {}) => {
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-github-request-id': String(state.requests.length),
          ...headers,
        });
        res.end(payload === null || payload === undefined ? '' : JSON.stringify(payload));
      };
      const { key, problems } = check(req.method, url, body);
      record.operation = key;
      if (problems.length) {
        state.violations.push({ request: `${req.method} ${url.pathname}${url.search}`, problems });
        return send(422, { message: 'Validation Failed', errors: problems });
      }
      // A gathering holds matching requests until `count` of them have arrived, then lets all go:
      // two runs at once are made to read the same state before either writes.
      const gathering = state.gatherings.find(
        (g) => g.waiting.length < g.count && g.method === req.method && g.path.test(url.pathname),
      );
      if (gathering) {
        await new Promise((resolve) => {
          gathering.waiting.push(resolve);
          if (gathering.waiting.length === gathering.count) gathering.waiting.forEach((release) => release());
        });
      }
      const fault = state.faults.find((f) => f.times > 0 && f.method === req.method && f.path.test(url.pathname));
      if (fault) {
        fault.times--;
        if (fault.reset) return req.socket.destroy();
        return send(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers ?? {});
      }
      try {
        const answer = handle(req.method, url, body, page, perPage, base);
        send(answer.status, answer.body, answer.headers);
      } catch (error) {
        send(500, { message: String(error?.stack ?? error) });
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${server.address().port}`;

  return {
    url: apiUrl,
    owner,
    repo: repoName,
    state,
    /** Makes the next `times` requests matching method and path answer with a fault. */
    inject(fault) {
      state.faults.push({
        times: 1,
        ...fault,
        path: fault.path instanceof RegExp ? fault.path : new RegExp(fault.path),
      });
    },
    /** Holds the next `count` requests matching method and path until all of them have arrived. */
    gather({ method, path, count }) {
      state.gatherings.push({ method, path: path instanceof RegExp ? path : new RegExp(path), count, waiting: [] });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
