import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { SalesDashboardFilter } from './sales-analytics.inputs.ts';
import { SalesDashboard } from './sales-analytics.type.ts';
import { ForecastVsTarget, ForecastVsTargetFilter } from './forecast-target.type.ts';

@Resolver()
export class SalesAnalyticsResolver {
  @Authorized('analytics:sales')
  @Query(() => SalesDashboard, { description: 'Funnel, pipeline, win rates, revenue, top customers, lead conversion and forecast over the deals the viewer may see.' })
  async salesDashboard(@Arg('filter', () => SalesDashboardFilter) filter: SalesDashboardFilter, @Ctx() ctx: Context) {
    return ctx.services.salesAnalytics.dashboard(await ctx.scope(), filter);
  }

  @Authorized('analytics:sales')
  @Query(() => ForecastVsTarget, { description: 'Per month or quarter: target, won, weighted pipeline, commit, best case and attainment.' })
  async forecastVsTarget(@Arg('filter', () => ForecastVsTargetFilter) filter: ForecastVsTargetFilter, @Ctx() ctx: Context) {
    return ctx.services.salesAnalytics.forecastVsTarget(await ctx.scope(), filter);
  }
}
