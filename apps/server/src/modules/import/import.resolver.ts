import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { SIGNED_IN } from '../../core/auth/auth-checker.ts';
import { ImportBatchesArgs, ImportRecordsArgs, PreviewImportArgs, UndoImportArgs } from './import.inputs.ts';
import { ImportBatch, ImportPreview, ImportResult } from './import.type.ts';

/** The permission is per entity (`customer:import`, …): the service checks it against the `entity` argument. */
@Resolver()
export class ImportResolver {
  @Authorized(SIGNED_IN)
  @Query(() => ImportPreview, { description: 'The file’s columns, a suggested mapping and its first rows. Needs `<entity>:import`.' })
  async previewImport(@Args(() => PreviewImportArgs) args: PreviewImportArgs, @Ctx() ctx: Context) {
    return ctx.services.import.preview(ctx.viewer!, await ctx.scope(), args);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => ImportResult, {
    description: 'Imports a file as one batch: any bad row stores nothing (unless skipErrorRows). Needs `<entity>:import`; rows updating records the caller may not change are errors.',
  })
  async importRecords(@Args(() => ImportRecordsArgs) args: ImportRecordsArgs, @Ctx() ctx: Context) {
    return ctx.services.import.run(ctx.viewer!, await ctx.scope(), args);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [ImportBatch], { description: 'The caller’s 20 latest imports of the entity (admins: everyone’s).' })
  async importBatches(@Args(() => ImportBatchesArgs) args: ImportBatchesArgs, @Ctx() ctx: Context) {
    return ctx.services.import.batches(ctx.viewer!, await ctx.scope(), args);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => ImportBatch, { description: 'Deletes what the batch created and restores what it updated; CONFLICT when any of them changed since.' })
  async undoImport(@Args(() => UndoImportArgs) args: UndoImportArgs, @Ctx() ctx: Context) {
    return ctx.services.importUndo.undo(ctx.viewer!, await ctx.scope(), args.batchId);
  }
}
