import { prepareTemplate } from './test-database.ts';

/**
 * Jest global setup: migrates one template database for the whole run (see
 * test-database.ts). Workers start after this and inherit the environment it sets.
 */
export default async function globalSetup(): Promise<void> {
  const template = await prepareTemplate();
  Object.assign(process.env, template.env);
  (globalThis as { __panoramaTemplateCleanup?: () => Promise<void> }).__panoramaTemplateCleanup = template.cleanup;
}
