import { Alert, Button, Checkbox, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import type { AdminCenter, FieldErrors, OpeningHours } from "../lib/api"
import { WEEKDAYS } from "../lib/labels"
import { Field } from "./field"

export type CenterFormValues = {
  handle: string
  name: string
  district: string
  address: string
  lat: string
  lng: string
  phone: string
  email: string
  description: string
  /** percent of each sale the center keeps, as typed */
  fee_percent: string
  status: "active" | "closed"
  opening_hours: OpeningHours
}

const DEFAULT_HOURS: OpeningHours = {
  mon: ["10:00", "21:00"],
  tue: ["10:00", "21:00"],
  wed: ["10:00", "21:00"],
  thu: ["10:00", "21:00"],
  fri: ["10:00", "21:00"],
  sat: ["11:00", "18:00"],
  sun: null,
}

export function centerFormValues(center?: AdminCenter): CenterFormValues {
  return {
    handle: center?.handle ?? "",
    name: center?.name ?? "",
    district: center?.district ?? "",
    address: center?.address ?? "",
    lat: center ? String(center.lat) : "",
    lng: center ? String(center.lng) : "",
    phone: center?.phone ?? "",
    email: center?.email ?? "",
    description: center?.description ?? "",
    fee_percent: String(Math.round((center?.fee_rate ?? 0) * 1000) / 10),
    status: center?.status ?? "active",
    opening_hours: center?.opening_hours ?? DEFAULT_HOURS,
  }
}

/**
 * "55,75" and "55.75" are both a latitude; an empty field is left out (the API calls it required)
 * and anything else is sent as typed, for the API to name the field.
 */
function toNumber(value: string): number | string | undefined {
  const trimmed = value.trim().replace(",", ".")
  if (!trimmed) {
    return undefined
  }
  const n = Number(trimmed)
  return Number.isFinite(n) ? n : trimmed
}

/** The request body: the API validates, and its per-field errors come back to this form. */
export function centerFormBody(values: CenterFormValues, mode: "create" | "edit") {
  const body: Record<string, unknown> = {
    name: values.name,
    district: values.district,
    address: values.address,
    lat: toNumber(values.lat),
    lng: toNumber(values.lng),
    phone: values.phone.trim() || null,
    email: values.email.trim() || null,
    description: values.description,
    opening_hours: values.opening_hours,
  }
  const percent = toNumber(values.fee_percent)
  body.fee_rate = typeof percent === "number" ? Math.round(percent * 10) / 1000 : percent
  if (mode === "create") {
    body.handle = values.handle.trim()
  } else {
    body.status = values.status
  }
  return body
}

export const FORM_FIELDS = [
  "handle",
  "name",
  "district",
  "address",
  "lat",
  "lng",
  "phone",
  "email",
  "description",
  "fee_rate",
  "status",
  "opening_hours",
]

export const CenterForm = ({
  mode,
  initial,
  errors,
  generalError,
  submitting,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  mode: "create" | "edit"
  initial: CenterFormValues
  errors: FieldErrors
  generalError?: string | null
  submitting: boolean
  submitLabel: string
  onSubmit: (values: CenterFormValues) => void
  onCancel?: () => void
}) => {
  const [values, setValues] = useState<CenterFormValues>(initial)
  const set = <K extends keyof CenterFormValues>(key: K, value: CenterFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(values)
  }
  const text = (key: keyof CenterFormValues, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <Field id={`center-${key}`} label={label} error={errors[key]} hint={hint}>
      <Input
        id={`center-${key}`}
        value={values[key] as string}
        onChange={(e) => set(key, e.target.value as any)}
        aria-invalid={!!errors[key]}
        {...props}
      />
    </Field>
  )

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-6" noValidate>
      {generalError ? <Alert variant="error">{generalError}</Alert> : null}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {mode === "create"
          ? text("handle", "Адрес страницы (латиницей)", { placeholder: "sokolniki" }, "Будет в адресе: /centers/sokolniki")
          : null}
        {text("name", "Название", { placeholder: "Соседский центр «Сокольники»" })}
        {text("district", "Район", { placeholder: "Сокольники" })}
        {text("address", "Адрес", { placeholder: "ул. Русаковская, д. 1" })}
        {text("lat", "Широта", { inputMode: "decimal", placeholder: "55.79" }, "Москва: от 55 до 56,2")}
        {text("lng", "Долгота", { inputMode: "decimal", placeholder: "37.67" }, "Москва: от 36,8 до 38,2")}
        {text("phone", "Телефон", { placeholder: "+7 (495) 123-45-67" })}
        {text("email", "Почта", { type: "email", placeholder: "center@sosedi.market" })}
        {mode === "edit" ? (
          <Field id="center-status" label="Статус" error={errors.status}>
            <Select value={values.status} onValueChange={(v) => set("status", v as "active" | "closed")}>
              <Select.Trigger id="center-status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="active">Работает</Select.Item>
                <Select.Item value="closed">Закрыт (пропадает из магазина)</Select.Item>
              </Select.Content>
            </Select>
          </Field>
        ) : null}
      </div>
      <Field id="center-description" label="Описание" error={errors.description}>
        <Textarea
          id="center-description"
          value={values.description}
          onChange={(e) => set("description", e.target.value)}
          rows={3}
        />
      </Field>
      <Field id="center-fee" label="Доля центра с продаж, %" error={errors.fee_rate}>
        <Input
          id="center-fee"
          inputMode="decimal"
          value={values.fee_percent}
          onChange={(e) => set("fee_percent", e.target.value)}
        />
      </Field>
      <OpeningHoursEditor
        value={values.opening_hours}
        onChange={(hours) => set("opening_hours", hours)}
        errors={errors}
      />
      <div className="flex items-center justify-end gap-x-2">
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel} disabled={submitting}>
            Отмена
          </Button>
        ) : null}
        <Button type="submit" isLoading={submitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}

/** One row per weekday: open or closed, from–to in Moscow time. */
const OpeningHoursEditor = ({
  value,
  onChange,
  errors,
}: {
  value: OpeningHours
  onChange: (hours: OpeningHours) => void
  errors: FieldErrors
}) => {
  const setDay = (key: keyof OpeningHours, day: [string, string] | null) => onChange({ ...value, [key]: day })
  return (
    <fieldset className="flex flex-col gap-y-2">
      <legend className="txt-compact-small-plus text-ui-fg-base mb-1">Часы работы (московское время)</legend>
      {errors.opening_hours ? <Text size="small" className="text-ui-fg-error">{errors.opening_hours}</Text> : null}
      {WEEKDAYS.map(({ key, label }) => {
        const day = value[key]
        const error = errors[`opening_hours.${key}`]
        return (
          <div key={key} className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-3">
              <div className="flex w-40 items-center gap-x-2">
                <Checkbox
                  id={`hours-${key}`}
                  checked={!!day}
                  onCheckedChange={(checked) => setDay(key, checked === true ? ["10:00", "21:00"] : null)}
                />
                <Label htmlFor={`hours-${key}`} size="small">
                  {label}
                </Label>
              </div>
              {day ? (
                <div className="flex items-center gap-x-2">
                  <Input
                    type="time"
                    size="small"
                    aria-label={`${label}: открытие`}
                    value={day[0]}
                    onChange={(e) => setDay(key, [e.target.value, day[1]])}
                    aria-invalid={!!error}
                  />
                  <Text size="small">—</Text>
                  <Input
                    type="time"
                    size="small"
                    aria-label={`${label}: закрытие`}
                    value={day[1]}
                    onChange={(e) => setDay(key, [day[0], e.target.value])}
                    aria-invalid={!!error}
                  />
                </div>
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  выходной
                </Text>
              )}
            </div>
            {error ? <Text size="small" className="text-ui-fg-error">{error}</Text> : null}
          </div>
        )
      })}
    </fieldset>
  )
}
