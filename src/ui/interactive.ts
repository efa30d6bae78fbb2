/**
 * Everything the CLI needs to draw the app, from one module: the build bundles it with Ink and
 * React into `dist/ui/interactive.bundle.js` (one file loads several times faster than Ink's
 * hundreds of modules), so `render`, `createElement` and the App share one React and one
 * scheduler.
 */
export { createElement } from 'react';
export { render } from 'ink';
export { App } from './app.js';
export { detectColorLevel } from './color-level.js';
export { PooledRunGroup } from '../runs/pooled-run-group.js';
export { runSweep } from '../runs/sweep-pool.js';
