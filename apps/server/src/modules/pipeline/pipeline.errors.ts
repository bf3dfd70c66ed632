import { badInput, conflict, notFound } from '../../core/errors/app-error.ts';

export const stageNotFound = () => notFound('PipelineStage');
export const lastOpenStage = (field: string) => badInput(field, 'the pipeline needs at least one active OPEN stage');
export const stageInUse = (count: number) =>
  conflict(`The stage holds ${count} opportunities; deactivate it instead of deleting it`, { reason: 'STAGE_IN_USE', count });
