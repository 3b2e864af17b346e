import { CategoryHandle } from "./categories"
import { CENTERS } from "./centers"
import { drawImage } from "./images"
import { createRng, Rng } from "./random"
import { transliterate } from "./text"
import { DemoCenter, DemoClass, DemoSession, DemoSeller, Weekday } from "./types"

interface ClassSeed {
  title: string
  description: string
  seller: string
  center: string
  category: CategoryHandle
  level: DemoClass["level"]
  duration_min: number
  capacity: number
  /** per seat, RUB; 0 = free */
  price: number
  materials_fee: number
}

const CLASS_SEEDS: ClassSeed[] = [
  {
    title: "Гончарный круг для начинающих",
    description: "Центруем глину, вытягиваем стенки и снимаем с круга первую миску или стакан. Изделия обожжём и покроем глазурью — забрать их можно через две недели.",
    seller: "andrey-lebedev", center: "basmanny", category: "keramika", level: "beginner",
    duration_min: 150, capacity: 6, price: 2200, materials_fee: 500,
  },
  {
    title: "Лепим кружку из пласта",
    description: "Ручная лепка без гончарного круга: раскатываем пласт, собираем кружку и приделываем ручку. Подойдёт тем, кто впервые держит глину в руках.",
    seller: "mariya-orlova", center: "basmanny", category: "keramika", level: "beginner",
    duration_min: 120, capacity: 8, price: 1500, materials_fee: 400,
  },
  {
    title: "Роспись керамики кобальтом",
    description: "Учимся класть мазок «с тенью», как в гжели, и расписываем готовую тарелку. Нужна твёрдая рука и немного терпения, опыт рисования пригодится, но не обязателен.",
    seller: "elena-kovaleva", center: "teplyy-stan", category: "keramika", level: "intermediate",
    duration_min: 150, capacity: 8, price: 1800, materials_fee: 600,
  },
  {
    title: "Вяжем носки на пяти спицах",
    description: "Разбираемся с пяткой «бумерангом» и мыском без швов. Нужно уметь вязать лицевые и изнаночные петли; пряжу и спицы дадим.",
    seller: "valentina-sorokina", center: "khamovniki", category: "vyazanie", level: "intermediate",
    duration_min: 180, capacity: 8, price: 1200, materials_fee: 450,
  },
  {
    title: "Крючок с нуля: вяжем прихватку",
    description: "Воздушные петли, столбики и первая квадратная прихватка за один вечер. Занятие бесплатное — приходите с подругой, соседкой или внучкой.",
    seller: "galina-kuznetsova", center: "biryulyovo-vostochnoe", category: "vyazanie", level: "beginner",
    duration_min: 120, capacity: 10, price: 0, materials_fee: 150,
  },
  {
    title: "Норвежский узор на спицах",
    description: "Жаккард в два цвета: как читать схему, держать нити и не стянуть полотно. Для тех, кто уже вяжет уверенно и хочет первую шапку с оленями.",
    seller: "olga-belova", center: "mitino", category: "vyazanie", level: "advanced",
    duration_min: 180, capacity: 6, price: 1600, materials_fee: 500,
  },
  {
    title: "Мыло своими руками",
    description: "Собираем мыло из готовой основы: подбираем масла, цвет и аромат, заливаем в формы. Уйдёте домой с тремя брусками и рецептами.",
    seller: "anastasiya-morozova", center: "khamovniki", category: "mylo-i-kosmetika", level: "beginner",
    duration_min: 90, capacity: 10, price: 900, materials_fee: 350,
  },
  {
    title: "Крем для рук и бальзам для губ",
    description: "Химик-технолог объясняет, зачем в креме эмульгатор и сколько нужно масла ши. Каждый сварит баночку крема и два бальзама для себя.",
    seller: "irina-vasileva", center: "mitino", category: "mylo-i-kosmetika", level: "beginner",
    duration_min: 120, capacity: 8, price: 1100, materials_fee: 400,
  },
  {
    title: "Хлеб на закваске: от закваски до корочки",
    description: "Кормим закваску, замешиваем и формуем тесто, печём в настоящей печи. Каждый унесёт домой буханку и баночку закваски.",
    seller: "zarina-yusupova", center: "severnoe-izmaylovo", category: "vypechka", level: "beginner",
    duration_min: 180, capacity: 8, price: 1400, materials_fee: 300,
  },
  {
    title: "Пироги по бабушкиным рецептам",
    description: "Людмила Ивановна покажет дрожжевое тесто, которое «слушается», и два пирога: с капустой и с яблоками. Занятие бесплатное, продукты — в сборе за материалы.",
    seller: "lyudmila-fedorova", center: "maryino", category: "vypechka", level: "beginner",
    duration_min: 150, capacity: 10, price: 0, materials_fee: 250,
  },
  {
    title: "Расписные пряники к празднику",
    description: "Расписываем готовые имбирные пряники белковой глазурью: контур, заливка, мелкие детали. Объяснения дублируются на экране, так что занятие удобно и для слабослышащих гостей.",
    seller: "dmitriy-sokolov", center: "teplyy-stan", category: "vypechka", level: "beginner",
    duration_min: 120, capacity: 10, price: 1000, materials_fee: 350,
  },
  {
    title: "Вырезаем ложку из липы",
    description: "Работаем ножом-косяком и ложкорезом, учимся резать по волокну и не бояться инструмента. Заготовки и инструмент дадим, перчатки тоже.",
    seller: "viktor-pavlov", center: "severnoe-izmaylovo", category: "derevoobrabotka", level: "intermediate",
    duration_min: 180, capacity: 6, price: 1800, materials_fee: 600,
  },
  {
    title: "Разделочная доска своими руками",
    description: "Размечаем, выпиливаем, шлифуем и пропитываем маслом доску из дуба или ясеня. Результат можно сразу нести на кухню.",
    seller: "sergey-gromov", center: "mitino", category: "derevoobrabotka", level: "beginner",
    duration_min: 180, capacity: 6, price: 2500, materials_fee: 800,
  },
  {
    title: "Шьём льняной фартук",
    description: "Снимаем мерки, кроим и строчим на машинке фартук с карманом. Никогда не шили — тем лучше, машинки настроим вместе.",
    seller: "natalya-egorova", center: "maryino", category: "shitye", level: "beginner",
    duration_min: 180, capacity: 6, price: 1500, materials_fee: 500,
  },
  {
    title: "Вышивка гладью: полевые цветы",
    description: "Переводим рисунок на ткань и вышиваем василёк и ромашку в пяльцах. Можно приходить с детьми от десяти лет.",
    seller: "aygul-safina", center: "biryulyovo-vostochnoe", category: "shitye", level: "beginner",
    duration_min: 120, capacity: 10, price: 800, materials_fee: 250,
  },
  {
    title: "Серьги из полимерной глины",
    description: "Смешиваем цвета, делаем ягоды и листья, запекаем и собираем пару серёг на фурнитуре. Все материалы на столе, нужно только настроение.",
    seller: "polina-rudenko", center: "khamovniki", category: "ukrasheniya", level: "beginner",
    duration_min: 120, capacity: 10, price: 1200, materials_fee: 400,
  },
  {
    title: "Вяжем игрушку-амигуруми",
    description: "Вяжем крючком по спирали маленького медвежонка и учимся пришивать детали так, чтобы ничего не оторвалось. Нужно уметь вязать столбики без накида.",
    seller: "evgeniya-makarova", center: "severnoe-izmaylovo", category: "igrushki", level: "intermediate",
    duration_min: 180, capacity: 6, price: 1300, materials_fee: 350,
  },
  {
    title: "Ароматная свеча в банке",
    description: "Плавим соевый воск, подбираем аромат и ставим фитиль ровно по центру. Каждый уносит свою свечу и знает, как сделать следующую дома.",
    seller: "darya-vlasova", center: "babushkinskiy", category: "svechi", level: "beginner",
    duration_min: 90, capacity: 8, price: 900, materials_fee: 400,
  },
  {
    title: "Катаем свечи из вощины",
    description: "Мастер-класс ведут участники инклюзивной мастерской вместе с наставником. Спокойное занятие для всей семьи — вход свободный, нужен только сбор за вощину.",
    seller: "masterskaya-ravnykh-vozmozhnostey", center: "maryino", category: "svechi", level: "beginner",
    duration_min: 90, capacity: 12, price: 0, materials_fee: 150,
  },
  {
    title: "Открытка в технике линогравюры",
    description: "Рисуем эскиз, режем штихелями линолеум и печатаем несколько оттисков. Готовые открытки можно сразу подписать и отправить.",
    seller: "sofya-lavrova", center: "basmanny", category: "otkrytki", level: "beginner",
    duration_min: 120, capacity: 8, price: 700, materials_fee: 200,
  },
]

/** Europe/Moscow is UTC+3 all year (no DST since 2014). */
const MSK_OFFSET_MIN = 3 * 60
const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
const START_TIMES = ["11:00", "12:00", "15:00", "18:30", "19:00"]
/** Local-date offsets 3..39 keep every start between 2 and 40 days after `now`. */
const FIRST_DAY = 3
const LAST_DAY = 39

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number)
  return h * 60 + m
}

/** Midnight of the Moscow calendar day `offset` days after `now`'s Moscow date, as UTC ms of 00:00 MSK. */
function moscowMidnight(now: Date, offset: number): number {
  const local = new Date(now.getTime() + MSK_OFFSET_MIN * 60000)
  const midnightAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + offset)
  return midnightAsUtc - MSK_OFFSET_MIN * 60000
}

function weekdayOf(midnightMsk: number): Weekday {
  return WEEKDAYS[new Date(midnightMsk + MSK_OFFSET_MIN * 60000).getUTCDay()]
}

type Interval = [number, number]

/** Start times (minutes after local midnight) that fit inside the opening hours and don't clash. */
function freeStarts(center: DemoCenter, midnight: number, duration: number, busy: Interval[]): number[] {
  const open = center.opening_hours[weekdayOf(midnight)]
  if (!open) return []
  const [from, to] = open.map(toMinutes)
  return START_TIMES.map(toMinutes).filter((start) => {
    if (start < from || start + duration > to) return false
    const s = midnight + start * 60000
    const e = s + duration * 60000
    return !busy.some(([bs, be]) => s < be && bs < e)
  })
}

function scheduleSessions(rng: Rng, now: Date, center: DemoCenter, seed: ClassSeed, busy: Interval[]): DemoSession[] {
  const wanted = rng.int(2, 4)
  const sessions: DemoSession[] = []
  let day = rng.int(FIRST_DAY, 10)
  while (sessions.length < wanted && day <= LAST_DAY) {
    const midnight = moscowMidnight(now, day)
    const starts = freeStarts(center, midnight, seed.duration_min, busy)
    if (starts.length === 0) {
      day += 1
      continue
    }
    const startsAt = midnight + rng.pick(starts) * 60000
    const endsAt = startsAt + seed.duration_min * 60000
    busy.push([startsAt, endsAt])
    sessions.push({ starts_at: new Date(startsAt), ends_at: new Date(endsAt), capacity: seed.capacity, price: seed.price })
    day += rng.int(4, 9)
  }
  if (sessions.length < 2) throw new Error(`Could not schedule «${seed.title}»`)
  return sessions
}

export function buildClasses(now: Date, sellers: DemoSeller[]): DemoClass[] {
  const busyByCenter = new Map<string, Interval[]>()
  return CLASS_SEEDS.map((seed) => {
    // Classes are Medusa products too: their handles share one namespace with the goods.
    const handle = `master-klass-${transliterate(seed.title)}`
    const seller = sellers.find((s) => s.handle === seed.seller)
    const center = CENTERS.find((c) => c.handle === seed.center)
    if (!seller || !center || !seller.center_handles.includes(center.handle)) {
      throw new Error(`Class «${seed.title}»: seller ${seed.seller} does not work at ${seed.center}`)
    }
    const busy = busyByCenter.get(center.handle) ?? []
    busyByCenter.set(center.handle, busy)
    return {
      handle,
      title: seed.title,
      description: seed.description,
      seller_handle: seller.handle,
      center_handle: center.handle,
      materials_fee: seed.materials_fee,
      level: seed.level,
      sessions: scheduleSessions(createRng(`class:${handle}`), now, center, seed, busy),
      image: drawImage({ handle, title: seed.title, category: seed.category, badge: "Мастер-класс" }),
    }
  })
}
