// `npm start`: build when needed, then serve. Runs under the project's Node 24 (node_modules/.bin).
import { buildIfNeeded } from './build-if-needed.js';

buildIfNeeded();
await import('./serve.js');
