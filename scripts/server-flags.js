// The Node flags the server runs with (decision 0042, "The young generation, capped"). V8 grows the young
// generation (where new objects are made) under a high allocation rate up to two 64 MB semi-spaces on a
// 64-bit machine; a portal whose requests make short-lived objects fast reaches that in its first minutes
// and keeps ~100 MB more resident memory per process, for no gain on a page served from the cache. Capped
// at 16 MB per semi-space (Node's default before V8 raised it), the process stays at its working size.
// `npm start` (package.json) passes the same flags; a test checks that the two agree.

/** @type {readonly string[]} */
export const SERVER_NODE_FLAGS = Object.freeze(['--max-semi-space-size=16']);
