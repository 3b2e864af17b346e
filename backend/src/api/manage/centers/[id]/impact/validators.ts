// issue 6: the period (and CSV table) of the center's impact dashboard; shared with /admin/impact.
export { ImpactQuery as GetCenterImpact, type ImpactQueryType as GetCenterImpactType } from "../../../../utils/impact-dashboard"
