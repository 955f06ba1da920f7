/**
 * The command line's tests, one way: bundle it as `npm run kpi` does and run it in plain Node (no jsdom globals),
 * or run `main` in the test's own process; and a local server that stands in for Grafana, well or badly.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = join(__dirname, '..', '..', '..');

export interface Bundle {
  /** The bundle's file, for `node FILE`. */
  file: string;
  /** Its own temporary folder (tests running at once never share one); files a test writes may go there too. */
  dir: string;
  remove: () => void;
}

/** Bundles `entry` (from the repository root) for Node into a fresh temporary folder, as scripts/kpi.mjs does. */
export function bundleForTest(entry = 'src/cli/run.ts', prefix = 'kpi-test-'): Bundle {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const build = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const { bundleForNode } = await import(process.argv[1]); process.stdout.write(await bundleForNode(process.argv[2], 'bundle.cjs', process.argv[3]));",
      pathToFileURL(join(repoRoot, 'scripts', 'bundleNode.mjs')).href,
      entry,
      dir,
    ],
    { cwd: repoRoot, encoding: 'utf8' }
  );
  if (build.status !== 0 || build.stderr !== '') {
    throw new Error(`bundling ${entry} failed: ${build.stderr}`);
  }
  return { file: build.stdout, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a bundle (`node FILE ARGS`) in a child process with GRAFANA_TOKEN set (and `env`). Asynchronous, so a local
 * server in this process can answer it meanwhile.
 */
export function runBundle(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file, ...args],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, GRAFANA_TOKEN: 'glsa_test', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
    );
  });
}

/** The lines of an output, without empty ones. */
export const linesOf = (text: string) => text.split('\n').filter((line) => line !== '');

/** `kpi ARGS` in this process: main's exit code and the lines it wrote to each stream. */
export async function runMain(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const { main } = await import('../kpi');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (line) => out.push(line),
    (line) => err.push(line)
  );
  return { code, out, err };
}

export type Answer = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface LocalServer {
  url: string;
  /** What answers each request once its body is in; replace it between cases. */
  answer: Answer;
  /** Ends the answers still open (a case whose server never finished). */
  cutOpen: () => void;
  close: () => Promise<void>;
}

/** A local HTTP server on a free port of 127.0.0.1 that hands each request, body read, to `server.answer`. */
export async function startLocalServer(answer: Answer = (_req, res) => res.writeHead(404).end()): Promise<LocalServer> {
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => local.answer(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const local: LocalServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer,
    cutOpen: () => open.forEach((res) => res.destroy()),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return local;
}

/** A port nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
