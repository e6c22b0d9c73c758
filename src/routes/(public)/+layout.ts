// Public pages ship no JavaScript: they are read, navigated and submitted as plain HTML,
// which is fastest on a slow phone and works with scripts turned off.
export const csr = false;
