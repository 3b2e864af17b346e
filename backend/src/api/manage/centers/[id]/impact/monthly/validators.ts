// issue 6: the month (and CSV format) of the center's monthly indicators report; shared with /admin/impact/monthly.
export { MonthlyQuery as GetCenterImpactMonthly, type MonthlyQueryType as GetCenterImpactMonthlyType } from "../../../../../utils/impact-monthly"
