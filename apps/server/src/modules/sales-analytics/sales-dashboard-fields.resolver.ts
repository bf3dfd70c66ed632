import { Authorized, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SalesDashboardSource } from './sales-analytics.service.ts';
import {
  FunnelStage, LeadSourceConversion, OwnerWinRate, PipelineMonth, RevenueMonth, SalesDashboard, SalesForecast, TopCustomer, UnconvertedCurrency,
} from './sales-analytics.type.ts';

/**
 * Each chart of the dashboard is its own SQL statement, run only when the request selects
 * it: a funnel-only request costs one aggregate, not eight.
 */
@Resolver(() => SalesDashboard)
export class SalesDashboardFieldsResolver {
  @Authorized('analytics:sales')
  @FieldResolver(() => [FunnelStage], { description: 'Active stages in pipeline order.' })
  funnel(@Root() d: SalesDashboardSource) {
    return d.charts.funnel();
  }

  @Authorized('analytics:sales')
  @FieldResolver(() => [PipelineMonth])
  pipelineByCloseMonth(@Root() d: SalesDashboardSource) {
    return d.charts.pipelineByCloseMonth();
  }

  @Authorized('analytics:sales')
  @FieldResolver(() => [OwnerWinRate])
  winRateByOwner(@Root() d: SalesDashboardSource) {
    return d.charts.winRateByOwner();
  }

  @Authorized('analytics:sales')
  @FieldResolver(() => [RevenueMonth])
  revenueByMonth(@Root() d: SalesDashboardSource) {
    return d.charts.revenueByMonth();
  }

  @Authorized('analytics:sales')
  @FieldResolver(() => [TopCustomer], { description: 'At most 10.' })
  topCustomers(@Root() d: SalesDashboardSource) {
    return d.charts.topCustomers();
  }

  @Authorized('analytics:sales')
  @FieldResolver(() => [LeadSourceConversion])
  leadConversionBySource(@Root() d: SalesDashboardSource) {
    return d.charts.leadConversionBySource();
  }

  @Authorized('analytics:sales')
  @FieldResolver(() => SalesForecast)
  forecast(@Root() d: SalesDashboardSource) {
    return d.charts.forecast();
  }

  @Authorized('analytics:sales')
  @FieldResolver(() => [UnconvertedCurrency], { description: 'Deals of the period left out of amounts, per currency.' })
  unconverted(@Root() d: SalesDashboardSource) {
    return d.charts.unconverted();
  }

  @Authorized('analytics:sales')
  @FieldResolver(() => Int, { description: 'Total of `unconverted`.' })
  unconvertedCount(@Root() d: SalesDashboardSource) {
    return d.charts.unconvertedCount();
  }
}
