// Imported first by api.bench.ts, before anything loads the logger: per-request logging would
// dominate the figures (and the output), so only warnings are logged unless LOG_LEVEL says otherwise.
process.env.LOG_LEVEL ??= 'warn';
