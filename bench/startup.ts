/**
 * `npm run bench`, part 3: start-up. Time from launching `init-tui` in a pseudo-terminal to the
 * first frame of the home menu, against the time Node itself takes to start and print a line in
 * the same terminal (the baseline, measured in alternating rounds). Figures, never assertions.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { IPty } from 'node-pty';

const require = createRequire(import.meta.url);
const pty = require('node-pty') as typeof import('node-pty');
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const HOME_TITLE = 'why do neural-network weights start random?';

const environment = Object.fromEntries(Object.entries(process.env).filter(([name, value]) => value !== undefined && name !== 'CI')) as Record<string, string>;

/** Milliseconds from spawning `args` in a 100x30 pty until its output contains `text`. */
function timeToText(args: readonly string[], text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child: IPty = pty.spawn(process.execPath, [...args], { name: 'xterm-256color', cols: 100, rows: 30, env: { ...environment, TERM: 'xterm-256color' } });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no "${text}" within 10 s`));
    }, 10_000);
    child.onData((data) => {
      output += data;
      if (output.includes(text)) {
        const elapsed = performance.now() - started;
        clearTimeout(timer);
        child.kill();
        resolve(elapsed);
      }
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const app: number[] = [];
const node: number[] = [];
for (let round = 0; round < 7; round++) {
  app.push(await timeToText([cli], HOME_TITLE));
  node.push(await timeToText(['-e', 'console.log("node is up")'], 'node is up'));
}
console.log('');
console.log('start-up in a pseudo-terminal, ms (median of 7; baseline: node printing one line)');
console.log(`${'launch to the first menu frame'.padEnd(52)} ${median(app).toFixed(0).padStart(10)} ${median(node).toFixed(0).padStart(10)} ${`${(median(app) / median(node)).toFixed(2)}x`.padStart(7)}`);
