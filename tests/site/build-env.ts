/**
 * The environment for an `astro build` started from a test: the caller's, minus what vitest
 * adds (`DEV=1`, `MODE=test`, `NODE_ENV=test`, `BASE_URL`, ...), which Astro would otherwise read
 * into `import.meta.env` and build a dev-mode site (no search UI, among others).
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'TEST', 'NODE_ENV']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}
