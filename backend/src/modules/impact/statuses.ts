// No imports on purpose: the admin bundle (src/admin) reads these too.

/** How the resident sees their own situation at the moment of a registration. */
export const ECONOMIC_STATUSES = [
  "unemployed",
  "looking_for_work",
  "employed",
  "self_employed",
  "business_owner",
  "retired",
  "student",
  "prefer_not_to_say",
] as const
export type EconomicStatus = (typeof ECONOMIC_STATUSES)[number]

/** Russian labels for the CSV export and the operator's admin page (the storefront has its own, ru + en, in its dictionaries). */
export const STATUS_LABELS_RU: Record<EconomicStatus | "none", string> = {
  unemployed: "Сейчас не работает",
  looking_for_work: "Ищет работу",
  employed: "Работает по найму",
  self_employed: "Самозанятый(ая)",
  business_owner: "Своё дело",
  retired: "На пенсии",
  student: "Учится",
  prefer_not_to_say: "Предпочли не отвечать",
  none: "Без ответа",
}
