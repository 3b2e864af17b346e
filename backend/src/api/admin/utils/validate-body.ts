import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const TYPE_NAMES: Record<string, string> = {
  string: "строка",
  number: "число",
  int: "целое число",
  boolean: "да/нет",
  array: "список",
  tuple: "список",
  object: "объект",
  null: "пусто",
}

/** Russian defaults for zod issues; messages written in the schemas win over these. */
function russianIssue(issue: any): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "обязательное поле"
        : `ожидается ${TYPE_NAMES[issue.expected] ?? issue.expected}`
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? "обязательное поле" : `не короче ${issue.minimum} символов`
      }
      if (issue.origin === "array") {
        return `не меньше ${issue.minimum} элементов`
      }
      return `не меньше ${issue.minimum}`
    case "too_big":
      if (issue.origin === "string") {
        return `не длиннее ${issue.maximum} символов`
      }
      if (issue.origin === "array") {
        return `не больше ${issue.maximum} элементов`
      }
      return `не больше ${issue.maximum}`
    case "invalid_format":
      return issue.format === "email" ? "неверный адрес почты" : "неверный формат"
    case "invalid_value":
      return `допустимые значения: ${(issue.values ?? []).join(", ")}`
    default:
      return "неверное значение"
  }
}

/** "opening_hours.mon.0" → "opening_hours.mon": the field a form shows the error at. */
function fieldPath(path: PropertyKey[]): string {
  const parts = path.map(String)
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1])) {
    parts.pop()
  }
  return parts.join(".") || "body"
}

/** One "field: сообщение" per field, joined with "; " — the admin forms split it back per field. */
export function formatFieldIssues(issues: readonly any[]): string {
  const byField = new Map<string, string>()
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys ?? []) {
        const field = fieldPath([...(issue.path ?? []), key])
        byField.has(field) || byField.set(field, "неизвестное поле")
      }
      continue
    }
    const field = fieldPath(issue.path ?? [])
    byField.has(field) || byField.set(field, issue.message)
  }
  return [...byField].map(([field, message]) => `${field}: ${message}`).join("; ")
}

/**
 * Medusa's validateAndTransformBody, with the errors our forms can show: a 400 whose message is
 * "field: сообщение по-русски" for each wrong field (Medusa's own wording is English and prefixed).
 */
export function validateBodyWithFieldErrors<T extends z.ZodObject<any>>(schema: T) {
  const strict = schema.strict()
  const medusa = validateAndTransformBody(schema)
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const checked = await strict.safeParseAsync(req.body ?? {}, { error: russianIssue })
    if (!checked.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, formatFieldIssues(checked.error.issues)))
    }
    return medusa(req, res, next)
  }
}

/**
 * The query-string twin of validateBodyWithFieldErrors: "field: сообщение" on a 400, and the parsed
 * (transformed) query in `req.validatedQuery` for routes that take no Medusa list config.
 */
export function validateQueryWithFieldErrors<T extends z.ZodType>(schema: T) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const checked = await schema.safeParseAsync(req.query ?? {}, { error: russianIssue })
    if (!checked.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, formatFieldIssues(checked.error.issues)))
    }
    ;(req as any).validatedQuery = checked.data
    return next()
  }
}
