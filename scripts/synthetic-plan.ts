/**
 * A realistic synthetic plan of about `bytes` characters, for the benchmark: a title, the living
 * sections, a long Progress list (checked with timestamps, partial and open items), and many
 * milestone sections with prose that uses phrases the rules look for, indented and fenced code,
 * tables and Decision Log entries. Deterministic: the same size gives the same text.
 */
export function syntheticPlan(bytes: number): string {
  const head = [
    '# Move report generation to the background queue',
    '',
    'This ExecPlan is a living document. Keep Progress, Surprises & Discoveries, Decision Log and Outcomes & Retrospective current.',
    '',
    '## Purpose / Big Picture',
    '',
    'Reports are built by the job queue instead of the web process, so a slow report no longer blocks page loads. Run `npm run report -- --demo` to see one built in the background.',
    '',
    '## Context and Orientation',
    '',
    'The consumer is `src/jobs/reports.ts`; the web handler is `src/web/reports.ts`. The RPC (remote procedure call) layer lives in `src/rpc/`.',
    '',
  ];
  const parts: string[] = [head.join('\n')];
  let size = parts[0].length;
  const progress: string[] = ['## Progress', ''];
  const sections: string[] = [];
  for (let i = 0; size < bytes; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const item =
      i % 5 === 4
        ? `- [ ] Step ${i}: migrate report kind ${i} (completed: the query; remaining: the renderer).`
        : i % 3 === 2
          ? `- [ ] Step ${i}: migrate report kind ${i} to the queue.`
          : `- [x] (2026-03-${day} ${String(i % 24).padStart(2, '0')}:15Z) Step ${i}: migrated report kind ${i} and checked it with \`npm test -- reports\`.`;
    progress.push(item);
    const section = [
      `### Milestone ${i}: report kind ${i} runs in the queue`,
      '',
      `Report kind ${i} is built by the consumer in \`src/jobs/kinds/kind-${i}.ts\`. The owner of the retry limit is TBD, and the batch size is tuned as needed. As discussed, the daemon restarts nightly; the JWT cookie is checked on every request and the tests should pass.`,
      `The renderer keeps the layout of the old page, with "as needed" quoted as a mention, and a line that continues the paragraph.`,
      '',
      '    npm test -- reports --kind ' + i,
      '    # expect: 12 passed, 0 failed',
      '',
      i % 4 === 0 ? '```sh\nnpm run report -- --kind ' + i + '\n```\n' : '',
      i % 6 === 0 ? `| kind | seconds |\n| --- | --- |\n| ${i} | ${i % 60} |\n` : '',
      `- Decision: build kind ${i} in batches of 100.`,
      `  Rationale: it keeps one batch under the message size limit.`,
      `  Date/Author: 2026-03-${day}, reports team.`,
      '',
    ].join('\n');
    sections.push(section);
    size += item.length + section.length + 2;
  }
  parts.push(progress.join('\n') + '\n');
  parts.push(
    '## Surprises & Discoveries\n\nNone yet.\n\n## Decision Log\n\nNone yet.\n\n## Outcomes & Retrospective\n\nNone yet.\n\n## Milestones\n',
  );
  parts.push(...sections);
  parts.push(
    '## Validation and Acceptance\n\nRun `npm test` and expect `412 passed, 0 failed`.\n\n## Revision Notes\n\n2026-03-01: first version.\n',
  );
  return parts.join('\n');
}
