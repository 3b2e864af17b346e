import { DemoCategory } from "./types"

/** Product categories = crafts. Handles are latin, names Russian. */
export const CATEGORIES: DemoCategory[] = [
  { handle: "vyazanie", name: "Вязание" },
  { handle: "keramika", name: "Керамика" },
  { handle: "vypechka", name: "Выпечка" },
  { handle: "mylo-i-kosmetika", name: "Мыло и косметика" },
  { handle: "derevoobrabotka", name: "Деревообработка" },
  { handle: "shitye", name: "Шитьё" },
  { handle: "ukrasheniya", name: "Украшения" },
  { handle: "igrushki", name: "Игрушки" },
  { handle: "svechi", name: "Свечи" },
  { handle: "otkrytki", name: "Открытки и бумага" },
]

export type CategoryHandle =
  | "vyazanie"
  | "keramika"
  | "vypechka"
  | "mylo-i-kosmetika"
  | "derevoobrabotka"
  | "shitye"
  | "ukrasheniya"
  | "igrushki"
  | "svechi"
  | "otkrytki"
