// Starts the real reference server as a child process and resolves once it listens.
// Used by the browser and end-to-end tests, which must talk to the server we ship.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const root = new URL('..', import.meta.url).pathname;

/**
 * @param {{ env?: Record<string, string>, timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<number | null> }>}
 */
export function startServer({ env = {}, timeoutMs = 60_000 } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: 'memory', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the server did not report "listening" within ${timeoutMs} ms`));
    }, timeoutMs);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before listening`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === 'listening' && typeof entry.url === 'string') {
        clearTimeout(timer);
        const url = entry.url.replace(/\/$/, '');
        resolve({ url, port: Number(new URL(url).port), stop });
      } else if (entry.level >= 50) {
        process.stderr.write(line + '\n');
      }
    });
  });
}
