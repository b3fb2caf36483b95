import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  paint,
  plural
} from "./chunk-WO66M3XG.js";
import {
  readPlanFile
} from "./chunk-6PBQQLDQ.js";
import {
  UsageError
} from "./chunk-LGYYJPEW.js";
import {
  paceJson
} from "./chunk-OL54AZMW.js";
import {
  PlanLimitError,
  parsePlan
} from "./chunk-KTUVPLMJ.js";

// src/formatters/progress.ts
function toProgressJson(path, summary, pace) {
  const item = (i) => ({
    line: i.line,
    text: i.text,
    status: i.status,
    timestamp: i.timestamp,
    ...i.status === "partial" ? { completed: i.completed, remaining: i.remaining } : {}
  });
  return {
    path,
    title: summary.title,
    total: summary.total,
    completed: summary.completed,
    partial: summary.partial,
    remaining: summary.remaining,
    percent: summary.percent,
    items: summary.items.map(item),
    next: summary.next ? { line: summary.next.line, text: summary.next.text, status: summary.next.status } : null,
    ...pace ? { pace: paceJson(pace) } : {}
  };
}
function progressBar(done, total, width = 20) {
  const filled = total === 0 ? 0 : Math.round(width * done / total);
  return "\u2588".repeat(filled) + "\u2591".repeat(width - filled);
}
function formatProgress(path, summary, colour = false, pace) {
  const out = [];
  out.push(`${summary.title ?? "(untitled plan)"}  ${paint(colour, "2", path)}`);
  if (summary.total === 0) {
    out.push("No Progress items: the plan has no checkbox items in a Progress section.");
    return out.join("\n") + "\n";
  }
  out.push(
    `${progressBar(summary.completed, summary.total)} ${summary.percent}%  ${summary.completed}/${summary.total} done, ${summary.partial} partial, ${summary.remaining} to do`
  );
  if (pace) out.push(`Pace: ${describePace(pace)}`);
  const done = summary.items.filter((i) => i.status === "done");
  const partial = summary.items.filter((i) => i.status === "partial");
  const todo = summary.items.filter((i) => i.status === "todo");
  if (done.length) {
    out.push("", "Completed:");
    for (const i of done)
      out.push(
        `  ${paint(colour, "32", "\u2713")} ${i.timestamp ?? "(no timestamp)"}  ${i.text}  ${paint(colour, "2", `line ${i.line}`)}`
      );
  }
  if (partial.length) {
    out.push("", "Partially done:");
    for (const i of partial) {
      out.push(`  ${paint(colour, "33", "\u25D0")} ${i.text}  ${paint(colour, "2", `line ${i.line}`)}`);
      out.push(`      done: ${i.completed}`, `      remaining: ${i.remaining}`);
    }
  }
  if (todo.length) {
    out.push("", "To do:");
    for (const i of todo) out.push(`  \u25CB ${i.text}  ${paint(colour, "2", `line ${i.line}`)}`);
  }
  out.push(
    "",
    summary.next ? `Next: ${summary.next.text} (line ${summary.next.line})` : "Next: nothing, every item is done."
  );
  return out.join("\n") + "\n";
}
function toDeltaJson(delta) {
  const item = (i) => ({ line: i.line, text: i.text });
  return {
    base: delta.base,
    head: delta.head,
    new: delta.new,
    completed: delta.completed.map(item),
    reopened: delta.reopened.map(item),
    added: delta.added.map(item),
    removed: delta.removed.map(item),
    reworded: delta.reworded.map((i) => ({ line: i.line, text: i.text, baseLine: i.baseLine, baseText: i.baseText }))
  };
}
function listEachOnce(delta) {
  const completedOrReopened = new Set([...delta.completed, ...delta.reopened].map((i) => i.line));
  return {
    completed: delta.completed,
    reopened: delta.reopened,
    reworded: delta.reworded.filter((i) => !completedOrReopened.has(i.line)),
    added: delta.added.filter((i) => !completedOrReopened.has(i.line)),
    removed: delta.removed
  };
}
function describeChange(delta) {
  const once = listEachOnce(delta);
  const parts = [];
  if (once.completed.length) parts.push(`+${once.completed.length} done`);
  if (once.added.length) parts.push(`+${once.added.length} added`);
  if (once.reopened.length) parts.push(`${once.reopened.length} reopened`);
  if (once.reworded.length) parts.push(`${once.reworded.length} reworded`);
  if (once.removed.length) parts.push(`${once.removed.length} removed`);
  return parts.length ? parts.join(", ") : "no change";
}
function brief(text, max = 60) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}\u2026`;
}
function formatDelta(basePath, headPath, delta, colour = false) {
  const out = [];
  const { base, head } = delta;
  out.push(delta.new ? `${headPath} (new plan)` : `${basePath} \u2192 ${headPath}`);
  out.push(
    `${progressBar(head.completed, head.total)} ${head.completed}/${head.total} done (${head.percent}%)` + (delta.new ? "" : `, was ${base.completed}/${base.total} (${base.percent}%)`) + `: ${describeChange(delta)}`
  );
  const once = listEachOnce(delta);
  const list = (title, mark, items) => {
    if (!items.length) return;
    out.push("", `${title} (${items.length}):`);
    for (const i of items) {
      const isNew = i.isNew && !delta.new && title === "Completed" ? `${paint(colour, "36", "new")}  ` : "";
      out.push(
        `  ${mark} ${isNew}${i.timestamp ? `${i.timestamp}  ` : ""}${i.text}  ${paint(colour, "2", `line ${i.line}`)}`
      );
    }
  };
  list("Completed", paint(colour, "32", "\u2713"), once.completed);
  list("Reopened", paint(colour, "33", "\u21BA"), once.reopened);
  if (once.reworded.length) {
    out.push("", `Reworded (${once.reworded.length}):`);
    for (const i of once.reworded)
      out.push(`  ~ ${brief(i.baseText)} \u2192 ${brief(i.text)}  ${paint(colour, "2", `line ${i.baseLine} \u2192 ${i.line}`)}`);
  }
  list("Added", "+", once.added);
  list("Removed", "-", once.removed);
  if (describeChange(delta) === "no change") {
    out.push("", `No Progress item changed (${plural(head.total, "item")}).`);
  }
  return out.join("\n") + "\n";
}
function ago(ms) {
  const minutes = Math.floor(ms / 6e4);
  if (minutes < 60) return minutes <= 1 ? "just now" : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, "hour")} ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
function describePace(pace) {
  if (pace.dated === 0) return pace.left ? `No dated completion yet; ${pace.left} left.` : "No dated completion.";
  const parts = [];
  parts.push(
    pace.perDay === null ? `${pace.dated} done on ${pace.lastDone?.slice(0, 10)}` : `${pace.dated} done in ${plural(pace.days, "day")}, ${pace.perDay} a day`
  );
  if (pace.left === 0) parts.push("nothing left");
  else if (pace.estimatedDone !== null && pace.daysLeft !== null)
    parts.push(`${pace.left} left: about ${plural(pace.daysLeft, "day")}, around ${pace.estimatedDone}`);
  else parts.push(`${pace.left} left`);
  parts.push(
    pace.sinceLastDoneMs === null ? "last done in the future (dates out of order)" : `last done ${ago(pace.sinceLastDoneMs)}`
  );
  return parts.join("; ");
}

// src/formatters/progress-markdown.ts
var md = (text) => text.replace(/\s+/g, " ").replace(/</g, "&lt;");
function formatProgressMarkdown(path, summary, pace) {
  const out = [`### ${md(summary.title ?? "(untitled plan)")}`, "", `\`${path}\``, ""];
  if (summary.total === 0) {
    out.push("No Progress items: the plan has no checkbox items in a Progress section.");
    return out.join("\n") + "\n";
  }
  out.push(
    `**${summary.completed}/${summary.total} done (${summary.percent}%)**, ${summary.partial} partial, ${summary.remaining} to do.`
  );
  if (pace) out.push("", `Pace: ${md(describePace(pace))}`);
  out.push("");
  for (const i of summary.items) {
    const box = i.status === "done" ? "[x]" : "[ ]";
    const when = i.timestamp ? `${i.timestamp} ` : "";
    const rest = i.status === "partial" ? ` (remaining: ${md(i.remaining ?? "")})` : "";
    out.push(`- ${box} ${when}${md(i.text)}${rest} (line ${i.line})`);
  }
  if (summary.next) out.push("", `Next: ${md(summary.next.text)} (line ${summary.next.line})`);
  return out.join("\n") + "\n";
}
function formatDeltaMarkdown(basePath, headPath, delta) {
  const { base, head } = delta;
  const out = [delta.new ? `### \`${headPath}\` (new plan)` : `### \`${basePath}\` \u2192 \`${headPath}\``, ""];
  out.push(
    `**${head.completed}/${head.total} done (${head.percent}%)**` + (delta.new ? "" : `, was ${base.completed}/${base.total} (${base.percent}%)`) + `: ${describeChange(delta)}`
  );
  const once = listEachOnce(delta);
  const list = (title, items) => {
    if (!items.length) return;
    out.push("", `**${title} (${items.length})**`, "");
    for (const i of items) out.push(`- ${i.timestamp ? `${i.timestamp} ` : ""}${md(i.text)} (line ${i.line})`);
  };
  list("Completed", once.completed);
  list("Reopened", once.reopened);
  if (once.reworded.length) {
    out.push("", `**Reworded (${once.reworded.length})**`, "");
    for (const i of once.reworded)
      out.push(`- ${md(brief(i.baseText))} \u2192 ${md(brief(i.text))} (line ${i.baseLine} \u2192 ${i.line})`);
  }
  list("Added", once.added);
  list("Removed", once.removed);
  return out.join("\n") + "\n";
}

// src/cli/commands/shared.ts
import { resolve } from "node:path";
async function readOrFail(command, path, io) {
  const read = await readPlanFile(resolve(io.cwd, path));
  if ("error" in read) throw new UsageError(`${path}: ${read.error}`, command);
  return read.text;
}
function parseOrFail(command, path, text) {
  try {
    return parsePlan(text);
  } catch (error) {
    if (error instanceof PlanLimitError) throw new UsageError(`${path}: ${error.message}`, command);
    throw error;
  }
}

export {
  toProgressJson,
  formatProgress,
  toDeltaJson,
  formatDelta,
  formatProgressMarkdown,
  formatDeltaMarkdown,
  readOrFail,
  parseOrFail
};
