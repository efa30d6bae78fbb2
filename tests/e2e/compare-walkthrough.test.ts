import { describe, expect, it } from 'vitest';
import { initNames } from '../../src/engine/initializers/index.js';
import { HOME_TITLE, restoresTerminal, terminalAppsForSuite, terminalKeys } from '../helpers/terminal-harness.js';

const launch = terminalAppsForSuite();

describe('comparing inits in a real terminal', () => {
  it(
    'Home, Compare inits, zeros and he-normal, start: two legend entries, rows read symmetric and broken, nothing wider than 80 columns',
    async () => {
      const app = launch([], 80, 24);
      await app.waitUntilReady(HOME_TITLE);
      app.press(terminalKeys.down);
      await app.waitForText('❯ Compare inits');
      app.press(terminalKeys.enter);
      await app.waitForText(['Compare inits 1/4: dataset', '❯ XOR']);
      app.press(terminalKeys.enter);
      await app.waitForText(['Compare inits 2/4: architecture (xor)', '❯ tiny: 4 tanh']);
      app.press(terminalKeys.enter);
      // zeros, xavier-normal and he-normal start chosen: unchoose xavier-normal (9 rows down from zeros).
      await app.waitForText(['Compare inits 3/4', '❯ [x] zeros', 'chosen (3): zeros, xavier-normal, he-normal']);
      app.press('j'.repeat(initNames.indexOf('xavier-normal')));
      await app.waitForText('❯ [x] xavier-normal');
      app.press(terminalKeys.space);
      await app.waitForText(['❯ [ ] xavier-normal', 'chosen (2): zeros, he-normal']);
      app.press(terminalKeys.enter);
      await app.waitForText('scale and bias, shared by zeros, he-normal');
      app.press(terminalKeys.enter);
      await app.waitForText(['Compare inits 4/4: training', 'zeros, he-normal']);
      app.press(terminalKeys.enter);

      const lines = await app.waitForText(['Train loss, 2 runs', '1 zeros', '2 he-normal', '1 of 4 distinct', '4 distinct']);
      const legend = lines.find((line) => line.includes('1 zeros') && line.includes('2 he-normal'));
      expect(legend, lines.join('\n')).toBeDefined();
      expect(lines.find((line) => /^▶1 \S zeros\s+1 of 4 distinct/.test(line)), lines.join('\n')).toBeDefined();
      expect(lines.find((line) => /^ 2 \S he-normal\s+4 distinct/.test(line)), lines.join('\n')).toBeDefined();
      expect(lines[0]).toMatch(/^init-tui compare 2 runs · xor · 4 tanh/);
      for (let row = 0; row < 24; row++) {
        expect(lines[row].length, `line ${row}: ${lines[row]}`).toBeLessThanOrEqual(80);
        expect(app.isWrapped(row), `line ${row} wrapped: ${lines[row]}`).toBe(false);
      }
      expect(lines[23]).toBe('');

      // Enter opens the focused run's dashboard; Esc comes back with both runs still there.
      app.press(terminalKeys.enter);
      await app.waitForText(['run 1/2 zeros', 'symmetric: 4 units act as 1']);
      app.press(terminalKeys.escape);
      await app.waitForText(['Train loss, 2 runs', '1 of 4 distinct']);

      app.press(terminalKeys.controlC);
      expect((await app.waitForExit()).exitCode).toBe(130);
      const restored = restoresTerminal(app.output);
      expect(restored.isRestored, restored.tail).toBe(true);
    },
    90_000,
  );

  it('init-tui --init zeros,he-normal opens the compare dashboard directly', async () => {
    const app = launch(['--init', 'zeros,he-normal', '--steps', '100000'], 100, 30);
    const lines = await app.waitForText(['Train loss, 2 runs', '1 of 4 distinct', 'RUNNING']);
    expect(lines[0]).toMatch(/^init-tui compare 2 runs · xor/);
    app.press('q');
    await app.waitForText(HOME_TITLE);
    app.press('q');
    expect((await app.waitForExit()).exitCode).toBe(0);
  }, 60_000);
});
