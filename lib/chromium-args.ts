// How every headless Chromium of the project is started (Debian's, in a container): the PDF report renderer, the
// end-to-end tests and the bench. No sandbox (containers lack the namespaces), no GPU, and nothing that reaches out
// to Google's services on its own.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
