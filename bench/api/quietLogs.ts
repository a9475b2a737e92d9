// Imported first by api.bench.ts, before anything loads the logger: per-request logging would
// dominate the figures (and the output), so only warnings are logged unless LOG_LEVEL says otherwise.
process.env.LOG_LEVEL ??= 'warn';
// As in production (compiled JavaScript, no --enable-source-maps): tsx maps every stack trace to
// the TypeScript sources, and the driver captures one per query, which costs both sides here but
// no user.
process.setSourceMapsEnabled(false);
