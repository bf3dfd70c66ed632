/** Jest global teardown: drops the run's template database (see test-global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __panoramaTemplateCleanup?: () => Promise<void> }).__panoramaTemplateCleanup?.();
}
