import type { Nodes } from 'mdast';
import { walk } from './markdown.js';

/**
 * Whether code shown in a plan looks like something to run, for `validation-commands` and
 * `milestone-acceptance`: a known program (`npm test`, `pytest`), a path to a script
 * (`./scripts/check.sh`, `scripts/verify-blur`), a command with options (`carlos --backend claude`),
 * a pipeline or a chain (`a | b`, `a && b`), a shell prompt (`$ …`) or an HTTP request
 * (`GET /health`). A bare file name (`current_state.md`), an identifier (`AppState`), a value
 * (`200`, `true`) or a snippet of code (`cache.warm()`) is not.
 */

/** Programs a plan runs, by the name written first on the command line. */
const PROGRAMS = new Set(
  (
    'npm npx yarn pnpm node deno bun tsx ts-node tsc eslint prettier jest vitest mocha playwright cypress vite webpack ' +
    'turbo nx lerna python python3 py pip pip3 pipx uv uvx poetry pdm hatch rye tox nox pytest ruff black mypy pyright ' +
    'flake8 isort coverage alembic uvicorn gunicorn flask django-admin celery conda mamba jupyter cargo rustc rustup ' +
    'clippy-driver go gofmt golangci-lint staticcheck govulncheck make cmake ninja bazel bazelisk meson gradle ' +
    'gradlew mvn mvnw java javac kotlin kotlinc sbt scala dotnet msbuild nuget swift swiftc xcodebuild xcrun xcodegen ' +
    'tuist pod fastlane flutter dart ruby bundle bundler rake rails rspec gem php composer artisan phpunit perl lua ' +
    'elixir mix iex erl rebar3 ghc cabal stack clojure clj lein bb shadow-cljs zig julia r rscript bash sh zsh fish ' +
    'pwsh powershell cmd git gh hub glab jj svn hg curl wget http httpie xh grpcurl websocat docker docker-compose ' +
    'podman kubectl helm kustomize kind minikube k3d skaffold tilt terraform tofu pulumi ansible ansible-playbook ' +
    'vagrant packer aws gcloud gsutil az doctl flyctl fly heroku vercel netlify wrangler firebase supabase railway ' +
    'stripe expo eas adb emulator avdmanager sdkmanager unity unity-editor godot ffmpeg ffprobe magick convert ' +
    'openssl ssh scp rsync sftp psql pg_dump pg_restore mysql mysqldump sqlite3 redis-cli mongosh mongo cqlsh ls cat ' +
    'less head tail grep egrep rg ag find fd sed awk jq yq xq sort uniq wc diff cmp comm tr cut tee xargs echo printf ' +
    'cd pwd cp mv rm mkdir rmdir touch chmod chown ln tar zip unzip gzip gunzip xz du df ps kill lsof top htop time ' +
    'watch env export source sudo systemctl journalctl service launchctl open xdg-open code cursor brew apt apt-get ' +
    'dnf yum apk pacman nix nix-shell nix-build mise asdf direnv just task pre-commit lefthook husky act actionlint ' +
    'shellcheck hadolint hyperfine k6 ab wrk locust valgrind gdb lldb perf strace dtrace clang clang++ gcc g++ cc ' +
    'ld objdump nm otool lipo codesign notarytool spctl plutil defaults security xattr hdiutil pkgbuild productbuild ' +
    'wasm-pack wasm-bindgen trunk emcc rtk claude codex aider ollama llm sqlx prisma drizzle-kit knex sequelize ' +
    'typeorm hugo jekyll mkdocs sphinx-build docusaurus storybook lighthouse pa11y axe newman ngrok caddy nginx ' +
    'apachectl redis-server postgres mongod temporal dagger earthly bats shfmt stylua selene luacheck cppcheck ' +
    'clang-format clang-tidy cpplint iwyu ctest qmake meson sam serverless sls cdk amplify'
  ).split(' '),
);

const SCRIPT_EXTENSION = /\.(?:sh|bash|zsh|fish|ps1|psm1|bat|cmd|py|rb|pl|mjs|cjs|js|ts|exs|lua|php|swift|kts)$/i;
const HTTP_REQUEST = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?:\/|https?:\/\/)\S*/;
const PIPELINE = /\s(?:\||&&|\|\||;|>|>>|2>&1|<)\s|\s2>&1$|;\s*\S/;
const OPTION = /^--?[A-Za-z0-9][\w-]*(?:=.*)?$/;
const ASSIGNMENT = /^[A-Z_][A-Z0-9_]*=\S*$/;

/**
 * Whether one line of code (a span, or a line of a block) is a command. Each expression is tried
 * only where the characters it needs are there: a one-plan run compiles each expression it
 * uses, and most lines of code need few of them.
 */
export function looksLikeCommandLine(raw: string): boolean {
  const line = raw.trim();
  if (!line) return false;
  if (line.startsWith('#') || line.startsWith('//')) return false; // a comment
  const prompt = '$>P%'.includes(line[0]) ? /^(?:\$|>|PS>|PS [^>]*>|%)\s+(.*)$/.exec(line) : null;
  if (prompt) return prompt[1].trim() !== '';
  if ('GPDHO'.includes(line[0]) && HTTP_REQUEST.test(line)) return true;
  const words = line.split(/\s+/);
  // Environment assignments before the program: `CI=1 npm test`.
  while (words.length > 1 && words[0].includes('=') && ASSIGNMENT.test(words[0])) words.shift();
  const first = withoutQuotes(words[0]);
  const path = first.includes('/') || first.includes('\\');
  const name = (path ? first.split(/[\\/]/).pop()! : first).toLowerCase();
  if (PROGRAMS.has(name) || (name.includes('.') && PROGRAMS.has(name.replace(/\.(?:exe|cmd|bat)$/, '')))) {
    // A program's name alone is a command (`pytest`), unless it reads as a word in a sentence of code (`go`, `cd`).
    return words.length > 1 || name.length > 2;
  }
  if (
    path &&
    (SCRIPT_EXTENSION.test(first) ||
      /^(?:\.{1,2}[\\/]|~\/)/.test(first) ||
      /(?:^|[\\/])(?:bin|scripts?|tools)[\\/][^\\/]+$/.test(first))
  ) {
    // A path to a script run as a program; a source file (`src/app.ts`) only with arguments or from `./`.
    return !/\.(?:js|ts|swift|kts|lua|php|exs)$/i.test(first) || /^\.{1,2}[\\/]/.test(first) || words.length > 1;
  }
  if (words.length < 2 || !/^[a-z][\w.-]*$/.test(first)) return false;
  if (words.slice(1).some((w) => w.startsWith('-') && OPTION.test(w))) return true;
  return words.length > 2 && PIPELINE.test(` ${line} `);
}

/** The word without one quote at its start and one at its end (`"npm` → `npm`). */
function withoutQuotes(word: string): string {
  const start = word[0] === '"' || word[0] === "'" ? 1 : 0;
  const last = word.length - 1;
  const end = last >= start && (word[last] === '"' || word[last] === "'") ? last : word.length;
  return word.slice(start, end);
}

/** Whether a code block's text holds at least one command line. */
export function blockHoldsCommand(value: string, lang: string | null | undefined): boolean {
  if (
    lang &&
    /^(?:json|jsonc|ya?ml|toml|xml|html|css|csv|text|txt|diff|patch|log|output|ts|tsx|js|jsx|typescript|javascript|rust|go|java|kotlin|swift|c|cpp|c\+\+|python|py|ruby|sql|graphql|proto|mermaid|markdown|md)$/i.test(
      lang,
    )
  ) {
    // Source code and data shown as such are not commands (a Python block that is a script is still code).
    return false;
  }
  return value.split('\n').some(looksLikeCommandLine);
}

/**
 * Whether any of the nodes shows a command: a code span or block that looks like something to
 * run. With the plan's text, a paragraph indented by four spaces inside a list item (which
 * Markdown reads as the item's text, though the author wrote an indented block) counts too.
 */
export function holdsCommand(nodes: readonly Nodes[], text?: string): boolean {
  let found = false;
  const visit = (child: Nodes): boolean => {
    if (child.type === 'inlineCode' && looksLikeCommandLine(child.value)) found = true;
    if (child.type === 'code' && blockHoldsCommand(child.value, child.lang)) found = true;
    if (child.type === 'paragraph' && text !== undefined && indentedCommand(child, text)) found = true;
    return !found;
  };
  for (const node of nodes) {
    if (visit(node)) walk(node, visit);
    if (found) return true;
  }
  return false;
}

function indentedCommand(node: Nodes, text: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lines = text.slice(lineStart, end).split('\n');
  return lines.every((line) => /^ {4,}\S/.test(line)) && lines.some(looksLikeCommandLine);
}
