import type { SellerStatus, Weekday } from "./api"

export const WEEKDAYS: { key: Weekday; label: string }[] = [
  { key: "mon", label: "Понедельник" },
  { key: "tue", label: "Вторник" },
  { key: "wed", label: "Среда" },
  { key: "thu", label: "Четверг" },
  { key: "fri", label: "Пятница" },
  { key: "sat", label: "Суббота" },
  { key: "sun", label: "Воскресенье" },
]

export const CENTER_STATUS: Record<string, { label: string; color: "green" | "grey" }> = {
  active: { label: "Работает", color: "green" },
  closed: { label: "Закрыт", color: "grey" },
}

export const SELLER_STATUS: Record<SellerStatus, { label: string; color: "orange" | "green" | "red" }> = {
  pending: { label: "На проверке", color: "orange" },
  approved: { label: "Одобрен", color: "green" },
  suspended: { label: "Приостановлен", color: "red" },
}

export const MEMBERSHIP_STATUS: Record<string, { label: string; color: "orange" | "green" | "red" | "grey" }> = {
  pending: { label: "ждёт решения центра", color: "orange" },
  approved: { label: "принят", color: "green" },
  declined: { label: "отклонён", color: "red" },
  suspended: { label: "приостановлен", color: "red" },
}

export const TAX_STATUS: Record<string, string> = {
  npd: "Самозанятый (НПД)",
  ip: "ИП",
  individual: "Физлицо",
  organization: "Организация",
}

export function membershipLabel(status: string | null) {
  if (!status) {
    return { label: "без членства", color: "grey" as const }
  }
  return MEMBERSHIP_STATUS[status] ?? { label: status, color: "grey" as const }
}
