import { CategoryHandle } from "./categories"
import { hashString } from "./random"
import { escapeXml, wrapWords } from "./text"
import { DemoImage } from "./types"

/**
 * Simple, pleasant 800×600 SVG covers drawn locally: a category palette, a category motif
 * and the title wrapped on up to three lines.
 */

interface Palette {
  bg: string
  accent: string
  fill: string
  ink: string
}

const PALETTES: Record<CategoryHandle, Palette> = {
  vyazanie: { bg: "#F6E7E1", accent: "#EDB5A8", fill: "#D9695F", ink: "#5B2C2A" },
  keramika: { bg: "#E6EEF0", accent: "#9CC3CF", fill: "#4F8FA3", ink: "#23404A" },
  vypechka: { bg: "#FBF0D9", accent: "#F6DDA9", fill: "#D99A4E", ink: "#5A3A17" },
  "mylo-i-kosmetika": { bg: "#EFEAF6", accent: "#C8B6E2", fill: "#9C84C9", ink: "#3D2E5C" },
  derevoobrabotka: { bg: "#EFE6D8", accent: "#D9BF94", fill: "#A77B4B", ink: "#4A3520" },
  shitye: { bg: "#E8F0E9", accent: "#A9CBB0", fill: "#5E9C6C", ink: "#264430" },
  ukrasheniya: { bg: "#F7F1E3", accent: "#E7CF8E", fill: "#C9A43F", ink: "#4B3B12" },
  igrushki: { bg: "#FFF0E0", accent: "#FFC58A", fill: "#F08D3C", ink: "#5C3010" },
  svechi: { bg: "#2F3A4A", accent: "#46556B", fill: "#F4E3C1", ink: "#FFF6E0" },
  otkrytki: { bg: "#E9F1FB", accent: "#B5CDEE", fill: "#FFFFFF", ink: "#1F3558" },
}

type Motif = (p: Palette) => string

/** Motifs are drawn around (0, 0) inside roughly ±150 px; the group sets fill=p.fill and stroke=p.ink. */
const MOTIFS: Record<CategoryHandle, Motif> = {
  vyazanie: (p) =>
    `<path d="M40 -130L150 70M85 -135L125 75" stroke-width="9"/>` +
    `<circle r="95"/>` +
    `<path d="M-90 -30Q0 -70 88 -35M-95 15Q0 -25 95 10M-80 55Q0 20 80 55M-40 -85Q-70 0 -30 90M30 -90Q70 0 35 88" fill="none" stroke="${p.accent}" stroke-width="5"/>` +
    `<path d="M88 45Q130 70 105 100T135 120" fill="none" stroke-width="4"/>`,
  keramika: (p) =>
    `<path d="M55 -40H80Q120 -40 120 0T80 40H55" fill="none" stroke-width="16"/>` +
    `<path d="M-95 -70H55V50Q55 95 10 95H-50Q-95 95 -95 50Z"/>` +
    `<path d="M-95 -35H55" stroke="${p.accent}" stroke-width="12"/>` +
    `<path d="M-60 -95q-15 -20 0 -40M-20 -95q-15 -20 0 -40M20 -95q-15 -20 0 -40" fill="none"/>`,
  vypechka: (p) =>
    `<path d="M-140 60Q-150 -80 0 -85Q150 -80 140 60Q140 90 110 90H-110Q-140 90 -140 60Z"/>` +
    `<path d="M-80 -15L-50 -50M-20 -15L10 -50M40 -15L70 -50" fill="none" stroke="${p.accent}" stroke-width="10"/>`,
  "mylo-i-kosmetika": (p) =>
    `<rect x="-140" y="-10" width="170" height="100" rx="22"/>` +
    `<rect x="-20" y="-70" width="160" height="95" rx="22" fill="${p.accent}"/>` +
    `<circle cx="-90" cy="-80" r="22" fill="none"/><circle cx="-45" cy="-120" r="13" fill="none"/><circle cx="115" cy="-115" r="16" fill="none"/>`,
  derevoobrabotka: (p) =>
    `<g transform="rotate(-35)"><rect x="-13" y="5" width="26" height="145" rx="13"/>` +
    `<ellipse cy="-65" rx="55" ry="78"/><ellipse cy="-65" rx="32" ry="52" fill="${p.accent}" stroke="none"/></g>`,
  shitye: (p) =>
    `<path d="M58 30Q100 70 128 20" fill="none" stroke-width="3"/>` +
    `<rect x="-58" y="-83" width="116" height="166"/>` +
    `<path d="M-58 -50H58M-58 -15H58M-58 20H58M-58 55H58" fill="none" stroke="${p.accent}" stroke-width="4"/>` +
    `<rect x="-75" y="-105" width="150" height="22" rx="8" fill="${p.accent}"/><rect x="-75" y="83" width="150" height="22" rx="8" fill="${p.accent}"/>` +
    `<path d="M105 -115L140 110" fill="none" stroke-width="5"/>`,
  ukrasheniya: (p) =>
    `<circle cy="35" r="75" fill="none" stroke-width="22"/><circle cy="35" r="75" fill="none" stroke="${p.fill}" stroke-width="12"/>` +
    `<path d="M-45 -45L-25 -85H25L45 -45L0 5Z" fill="${p.accent}"/>` +
    `<path d="M-45 -45H45M-25 -85L-10 -45L0 5M25 -85L10 -45L0 5" fill="none" stroke-width="3"/>`,
  igrushki: (p) =>
    `<circle cx="-70" cy="-75" r="35"/><circle cx="70" cy="-75" r="35"/>` +
    `<circle cx="-70" cy="-75" r="16" fill="${p.accent}" stroke="none"/><circle cx="70" cy="-75" r="16" fill="${p.accent}" stroke="none"/>` +
    `<circle r="100"/><ellipse cy="40" rx="45" ry="35" fill="${p.accent}"/>` +
    `<circle cx="-35" cy="-20" r="9" fill="${p.ink}" stroke="none"/><circle cx="35" cy="-20" r="9" fill="${p.ink}" stroke="none"/>` +
    `<path d="M-12 22H12L0 36Z" fill="${p.ink}"/><path d="M0 36V50M-15 55Q0 66 15 55" fill="none" stroke-width="4"/>`,
  svechi: (p) =>
    `<circle cy="-95" r="62" fill="${p.accent}" stroke="none"/>` +
    `<path d="M0 -145C35 -105 28 -75 0 -62C-28 -75 -35 -105 0 -145Z" fill="#FFC857" stroke="none"/>` +
    `<path d="M0 -62V-40" fill="none" stroke-width="5"/>` +
    `<rect x="-55" y="-40" width="110" height="170" rx="12"/>` +
    `<path d="M-55 -10Q-37 12 -20 -10Q0 16 20 -10Q37 12 55 -10" fill="none" stroke="${p.bg}" stroke-width="4"/>`,
  otkrytki: (p) =>
    `<rect x="-140" y="-90" width="280" height="180" rx="10"/>` +
    `<path d="M-140 -90L0 15L140 -90" fill="none"/>` +
    `<path d="M80 40C65 22 40 35 58 55L80 75L102 55C120 35 95 22 80 40Z" fill="${p.accent}"/>`,
}

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'PT Sans', sans-serif`

const LINE_CHARS = 26

/** Wraps into as few lines as the greedy wrap needs, but with lines of similar length (no lone last word). */
function balancedLines(title: string): string[] {
  const greedy = wrapWords(title, LINE_CHARS, 3)
  for (let width = Math.ceil(title.length / greedy.length); width < LINE_CHARS; width++) {
    const lines = wrapWords(title, width, 3)
    if (lines.length === greedy.length && !lines[lines.length - 1].endsWith("…")) return lines
  }
  return greedy
}

function titleText(title: string, ink: string): string {
  const lines = balancedLines(title)
  const size = lines.length === 3 ? 36 : 42
  const step = size + 8
  const firstY = 455 - ((lines.length - 1) * step) / 2
  const spans = lines
    .map((line, i) => `<tspan x="400" y="${firstY + i * step}">${escapeXml(line)}</tspan>`)
    .join("")
  return `<text text-anchor="middle" font-family="${FONT}" font-size="${size}" font-weight="600" fill="${ink}">${spans}</text>`
}

/** Two soft background circles whose position depends on the handle, so covers differ a little. */
function backdrop(handle: string, p: Palette): string {
  const h = hashString(handle)
  const x1 = 560 + (h % 180)
  const y1 = 40 + ((h >>> 8) % 120)
  const x2 = 40 + ((h >>> 16) % 160)
  return (
    `<circle cx="${x1}" cy="${y1}" r="150" fill="${p.accent}" opacity=".35"/>` +
    `<circle cx="${x2}" cy="560" r="120" fill="${p.accent}" opacity=".3"/>`
  )
}

function badge(label: string, p: Palette): string {
  const width = 28 + label.length * 14
  return (
    `<rect x="32" y="32" width="${width}" height="44" rx="22" fill="${p.ink}"/>` +
    `<text x="${32 + width / 2}" y="61" text-anchor="middle" font-family="${FONT}" font-size="22" font-weight="600" fill="${p.bg}">${escapeXml(label)}</text>`
  )
}

export interface ImageRequest {
  handle: string
  title: string
  category: CategoryHandle
  /** e.g. «Мастер-класс» */
  badge?: string
}

export function drawSvg({ handle, title, category, badge: label }: ImageRequest): string {
  const p = PALETTES[category]
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="800" height="600" fill="${p.bg}"/>` +
    backdrop(handle, p) +
    `<g transform="translate(400 215) scale(1.25)" fill="${p.fill}" stroke="${p.ink}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">` +
    MOTIFS[category](p) +
    `</g>` +
    titleText(title, p.ink) +
    (label ? badge(label, p) : "") +
    `<text x="400" y="575" text-anchor="middle" font-family="${FONT}" font-size="18" fill="${p.ink}" opacity=".65">Sosedi.market · ручная работа соседей</text>` +
    `</svg>`
  )
}

export function drawImage(request: ImageRequest): DemoImage {
  return {
    filename: `${request.handle}.svg`,
    mime_type: "image/svg+xml",
    content: drawSvg(request),
  }
}
