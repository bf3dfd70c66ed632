import { Authorized, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Money } from '../../core/money/money.type.ts';
import { BoardColumn } from './opportunity-board.type.ts';
import { columnTotals, type BoardColumnSource } from './opportunity-board.service.ts';

/**
 * A column's count and sums come from one grouped statement shared by all columns of the
 * board, run only when a request selects them (the cards do not wait for it).
 */
@Resolver(() => BoardColumn)
export class BoardColumnFieldsResolver {
  @Authorized('opportunity:read')
  @FieldResolver(() => Int, { description: 'Visible live deals in the stage matching the filter.' })
  async totalCount(@Root() column: BoardColumnSource) {
    return columnTotals(await column.stageTotals()).totalCount;
  }

  @Authorized('opportunity:read')
  @FieldResolver(() => [Money], { description: 'Sum of their amounts per currency (not converted), largest first.' })
  async totals(@Root() column: BoardColumnSource) {
    return columnTotals(await column.stageTotals()).totals;
  }
}
