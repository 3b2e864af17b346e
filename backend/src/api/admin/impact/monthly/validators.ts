// issue 6: the operator's monthly indicators report — the manager's month rules plus an optional center.
export { AdminMonthlyQuery as AdminGetImpactMonthly, type AdminMonthlyQueryType as AdminGetImpactMonthlyType } from "../../../utils/impact-monthly"
