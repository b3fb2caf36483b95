import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '../src/action/client.js';
import type { Annotation } from '../src/action/github.js';
import { capAnnotations, MAX_CHECK_ANNOTATIONS, MAX_PAGES } from '../src/action/request-limits.js';

/**
 * What one run may ask of GitHub (issue 10, item 2): at most 1,000 annotations on the check run,
 * the most severe and earliest first; a time limit on every request; and no list read past
 * `MAX_PAGES` pages, however its `Link: next` loops.
 */
const annotation = (path: string, line: number, level: 'failure' | 'warning'): Annotation => ({
  path,
  start_line: line,
  end_line: line,
  annotation_level: level,
  title: 'placeholder',
  message: 'm',
});

test('1,000 annotations at most, errors first, then by plan and line; the rest counted by plan', () => {
  const all = [
    ...Array.from({ length: 1500 }, (_, i) => annotation('.plans/a.md', i + 1, 'warning')),
    ...Array.from({ length: 700 }, (_, i) => annotation('.plans/b.md', i + 1, 'failure')),
  ];
  const { sent, left, note } = capAnnotations(all);
  expect(sent).toHaveLength(MAX_CHECK_ANNOTATIONS);
  expect(left).toBe(1200);
  expect(sent.slice(0, 700).every((a) => a.annotation_level === 'failure')).toBe(true);
  expect(sent[700]).toMatchObject({ path: '.plans/a.md', start_line: 1 });
  expect(note).toMatch(/^1200 more findings .* in \.plans\/a\.md \(1200\): the job summary and the JSON report/);
  expect(capAnnotations(all.slice(0, 10)).note).toBeUndefined();
});

describe('the client against a hostile server', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  const listen = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const log = { debug: () => undefined, warning: () => undefined };

  test('a server that never answers: the request fails after its time limit', async () => {
    const hanging: import('node:http').ServerResponse[] = [];
    const url = await listen((_req, res) => hanging.push(res));
    const client = createClient({ token: 't', baseUrl: url, log, backoffMs: 1, requestTimeoutMs: 200 });
    const start = Date.now();
    await expect(client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })).rejects.toThrow();
    expect(Date.now() - start).toBeLessThan(10_000);
    for (const res of hanging) res.destroy();
    server!.closeAllConnections();
  }, 20_000);

  test('a Link: next that loops ends with a clear error', async () => {
    let requests = 0;
    const url = await listen((req, res) => {
      requests++;
      res.writeHead(200, {
        'content-type': 'application/json',
        link: `<${url}${req.url!.split('?')[0]}?per_page=100&page=2>; rel="next"`,
      });
      res.end('[{"id":1}]');
    });
    const client = createClient({ token: 't', baseUrl: url, log, backoffMs: 1 });
    await expect(
      client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'o',
        repo: 'r',
        issue_number: 1,
        per_page: 100,
      }),
    ).rejects.toThrow(/past 100 pages/);
    expect(requests).toBe(MAX_PAGES);
  }, 20_000);
});
