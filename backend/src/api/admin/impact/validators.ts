// issue 6: the operator's impact dashboard — the manager's period rules plus an optional center.
export { AdminImpactQuery as AdminGetImpact, type AdminImpactQueryType as AdminGetImpactType } from "../../utils/impact-dashboard"
