import { completeInn, innLengthFor } from "../../modules/seller/utils/inn"
import { CategoryHandle } from "./categories"
import { createRng, Rng } from "./random"
import { transliterate } from "./text"
import { DemoSeller, TaxStatus } from "./types"

/** Hand-written seller profile; ИНН, phone and e-mail are generated. */
export interface SellerSeed {
  name: string
  /** defaults to the transliterated name */
  handle?: string
  tax_status: TaxStatus
  /** what the seller makes; decides which products and classes are theirs */
  crafts: CategoryHandle[]
  center_handles: string[]
  bio: string
  /** ИНН region: 77 — Moscow, 50 — Moscow Oblast (registered at the dacha, lives in town) */
  region?: "77" | "50"
}

export const SELLER_SEEDS: SellerSeed[] = [
  {
    name: "Валентина Сорокина",
    tax_status: "npd",
    crafts: ["vyazanie"],
    center_handles: ["khamovniki"],
    bio:
      "Сорок лет преподавала математику в школе на Плющихе, а вязала всегда — на переменах и в электричке. " +
      "На пенсии наконец считаю петли, а не контрольные. Носки по моим схемам носят уже три поколения соседей.",
  },
  {
    name: "Галина Кузнецова",
    tax_status: "npd",
    crafts: ["vyazanie"],
    center_handles: ["biryulyovo-vostochnoe"],
    bio:
      "Я на пенсии и живу в Бирюлёве с 1978 года. Вяжу крючком и спицами, больше всего люблю шапки и варежки — " +
      "раньше для внуков, теперь и для ваших. По четвергам учу вязать всех, кто заглянет в центр.",
  },
  {
    name: "Ольга Белова",
    tax_status: "npd",
    crafts: ["vyazanie"],
    center_handles: ["mitino"],
    bio:
      "Мама двоих мальчишек, сейчас в декрете. Вяжу, пока младший спит, а старший в саду, — так набралась целая полка свитеров. " +
      "Статус самозанятой помог превратить хобби в небольшой, но свой доход.",
  },
  {
    name: "Нина Григорьева",
    tax_status: "individual",
    crafts: ["vyazanie"],
    center_handles: ["babushkinskiy"],
    region: "50",
    bio:
      "Нине Сергеевне 78 лет, и она вяжет пледы размером с полкомнаты. Заказы помогает принимать внук Артём, " +
      "а по средам Нина Сергеевна сама сидит в соседском центре — приходите познакомиться.",
  },
  {
    name: "Андрей Лебедев",
    tax_status: "npd",
    crafts: ["keramika"],
    center_handles: ["basmanny", "khamovniki"],
    bio:
      "Бывший инженер-конструктор. После аварии передвигаюсь на коляске, и гончарный круг в мастерской центра специально опустили под меня. " +
      "Глина оказалась лучшей реабилитацией: руки заняты, голова свободна.",
  },
  {
    name: "Мария Орлова",
    tax_status: "npd",
    crafts: ["keramika"],
    center_handles: ["basmanny"],
    bio:
      "Окончила Строгановку, пять лет рисовала интерфейсы и однажды ушла в керамику насовсем. " +
      "Экспериментирую с глазурями и люблю, когда чашка чуть неровная: сразу видно, что её делал человек.",
  },
  {
    name: "Елена Ковалёва",
    tax_status: "ip",
    crafts: ["keramika"],
    center_handles: ["teplyy-stan"],
    bio:
      "Держу маленькую студию на два круга и одну печь; ИП оформила, когда заказов от кафе стало слишком много для хобби. " +
      "Расписываю посуду кобальтом по мотивам гжели, но по-своему.",
  },
  {
    name: "Людмила Фёдорова",
    tax_status: "npd",
    crafts: ["vypechka"],
    center_handles: ["maryino"],
    bio:
      "Людмила Ивановна тридцать лет проработала поваром в детском саду. На пенсии печёт пироги по рецептам бабушки из-под Рязани, " +
      "и в Марьине их узнают по запаху ещё на лестнице.",
  },
  {
    name: "Зарина Юсупова",
    tax_status: "npd",
    crafts: ["vypechka"],
    center_handles: ["severnoe-izmaylovo"],
    bio:
      "Мама троих детей, пеку хлеб на закваске, которой уже девять лет. Начинала для своих, потом соседи стали просить «ещё буханочку». " +
      "Пеку по ночам, когда в доме тихо, а утром приношу в центр ещё тёплым.",
  },
  {
    name: "Дмитрий Соколов",
    tax_status: "npd",
    crafts: ["vypechka"],
    center_handles: ["teplyy-stan"],
    bio:
      "Дмитрий с детства плохо слышит и лучше всего объясняется руками — в том числе над тестом. " +
      "Пряники расписывает тонкой кисточкой, на заказ делает именные. Писать ему удобнее в мессенджер, а на ярмарках у него всегда с собой планшет.",
  },
  {
    name: "Анастасия Морозова",
    tax_status: "npd",
    crafts: ["mylo-i-kosmetika"],
    center_handles: ["khamovniki", "basmanny"],
    bio:
      "В декрете начала варить мыло для дочки с атопическим дерматитом — нужно было что-то совсем простое по составу. " +
      "Теперь варю для половины подъезда, и каждый рецепт проверен на самой придирчивой коже в семье.",
  },
  {
    name: "Ирина Васильева",
    tax_status: "npd",
    crafts: ["mylo-i-kosmetika"],
    center_handles: ["mitino"],
    bio:
      "Химик-технолог, двадцать лет проработала на косметической фабрике. Теперь делаю кремы и бальзамы маленькими партиями " +
      "и каждый ингредиент знаю в лицо. Охотно расскажу, что и зачем в составе.",
  },
  {
    name: "Светлана Никитина",
    tax_status: "npd",
    crafts: ["mylo-i-kosmetika"],
    center_handles: ["biryulyovo-vostochnoe", "maryino"],
    bio:
      "После тяжёлой болезни у меня вторая группа инвалидности, и на прежнюю работу я не вернулась. " +
      "Мыловарение оказалось делом, которое можно делать в своём темпе. Больше всего люблю облепиху и ромашку — они пахнут летом на даче.",
  },
  {
    name: "Виктор Павлов",
    tax_status: "npd",
    crafts: ["derevoobrabotka"],
    center_handles: ["severnoe-izmaylovo"],
    bio:
      "Виктор Степанович тридцать лет водил поезда метро, а на пенсии вернулся к столярному делу, которому его учил отец. " +
      "Режет ложки и доски в мастерской центра и всегда готов показать молодым, как правильно точить стамеску.",
  },
  {
    name: "Сергей Громов",
    tax_status: "ip",
    crafts: ["derevoobrabotka"],
    center_handles: ["mitino"],
    region: "50",
    bio:
      "Столяр, ИП с 2016 года. Делаю доски и подносы из дуба, ясеня и вишни, древесину беру у небольших лесопилок Подмосковья. " +
      "Беру в подмастерья ребят из колледжа — мастерской нужны молодые руки.",
  },
  {
    name: "Игорь Малышев",
    tax_status: "npd",
    crafts: ["derevoobrabotka"],
    center_handles: ["babushkinskiy"],
    bio:
      "Двадцать лет водил автобус, пока не подвела спина. На реабилитации врач посоветовал заняться мелкой моторикой, и я взялся за резьбу по дереву. " +
      "Теперь у меня мастерская на балконе и своя полка в соседском центре.",
  },
  {
    name: "Наталья Егорова",
    tax_status: "npd",
    crafts: ["shitye"],
    center_handles: ["maryino"],
    bio:
      "Шью с пятнадцати лет, а последние годы — дома, пока сидела с сыном. Люблю лён и простые вещи на каждый день: фартуки, сумки, скатерти. " +
      "Могу подогнать фартук по росту.",
  },
  {
    name: "Айгуль Сафина",
    tax_status: "npd",
    crafts: ["shitye"],
    center_handles: ["biryulyovo-vostochnoe"],
    bio:
      "Айгуль приехала в Москву из Уфы и привезла с собой бабушкины пяльцы. Вышивает гладью полевые цветы на льне и хлопке, " +
      "а по субботам ведёт в центре кружок вышивки для мам с детьми.",
  },
  {
    name: "Вера Тихонова",
    tax_status: "individual",
    crafts: ["shitye"],
    center_handles: ["khamovniki"],
    bio:
      "Вере Павловне 71 год, почти всю жизнь она шила костюмы в театре. Теперь из остатков тканей шьёт косметички, пеналы и прихватки: " +
      "говорит, что хороший лоскут выбрасывать грех.",
  },
  {
    name: "Кирилл Зайцев",
    tax_status: "npd",
    crafts: ["ukrasheniya"],
    center_handles: ["basmanny"],
    bio:
      "Учусь на последнем курсе ювелирного колледжа. Пилю и полирую латунь, люблю простые геометрические формы. " +
      "Самозанятость помогает платить за материалы самому, не спрашивая родителей.",
  },
  {
    name: "Полина Руденко",
    tax_status: "npd",
    crafts: ["ukrasheniya"],
    center_handles: ["teplyy-stan", "khamovniki"],
    bio:
      "Полина в декрете с близнецами, а украшения из полимерной глины и бисера делает по вечерам, когда дети засыпают. " +
      "У каждой пары серёг своя история: ягоды с дачи, цветы из парка, ракушки с Оки.",
  },
  {
    name: "Евгения Макарова",
    tax_status: "npd",
    crafts: ["igrushki"],
    center_handles: ["babushkinskiy", "severnoe-izmaylovo"],
    bio:
      "Вяжу игрушки-амигуруми с тех пор, как ждала первого ребёнка. Сейчас детей трое, а на полке целый зоопарк. " +
      "Глазки пришиваю намертво, а не приклеиваю: игрушками должны играть.",
  },
  {
    name: "Пётр Крылов",
    tax_status: "npd",
    crafts: ["igrushki"],
    center_handles: ["mitino"],
    bio:
      "Петру Алексеевичу 74 года. Однажды он выпилил паровозик для внука, а теперь делает деревянные игрушки для всего Митина — " +
      "гладкие, без единой занозы и без капли пластика.",
  },
  {
    name: "Дарья Власова",
    tax_status: "npd",
    crafts: ["svechi"],
    center_handles: ["severnoe-izmaylovo", "babushkinskiy"],
    bio:
      "Я слабовидящая и многое делаю на ощупь и по запаху — со свечами это оказалось скорее преимуществом. " +
      "Подбираю ароматы так, чтобы они напоминали что-то очень конкретное: липу во дворе или апельсины под Новый год.",
  },
  {
    name: "АНО «Мастерская равных возможностей»",
    handle: "masterskaya-ravnykh-vozmozhnostey",
    tax_status: "organization",
    crafts: ["svechi", "otkrytki"],
    center_handles: ["maryino", "biryulyovo-vostochnoe"],
    bio:
      "Некоммерческая мастерская, где работают взрослые люди с ментальными особенностями. " +
      "Вместе с наставниками они отливают свечи и печатают открытки, а весь доход идёт на зарплаты участникам и материалы.",
  },
  {
    name: "Софья Лаврова",
    tax_status: "npd",
    crafts: ["otkrytki"],
    center_handles: ["basmanny", "severnoe-izmaylovo"],
    bio:
      "Тридцать лет проработала в библиотеке и до сих пор не могу пройти мимо красивой бумаги. " +
      "Режу линогравюры с видами Москвы и печатаю открытки вручную, маленьким тиражом, как в типографии прошлого века.",
  },
]

export function sellerHandle(seed: SellerSeed): string {
  return seed.handle ?? transliterate(seed.name)
}

const MOBILE_CODES = ["903", "905", "915", "916", "925", "926", "965", "977", "985", "999"]

function digits(rng: Rng, count: number): string {
  let out = ""
  for (let i = 0; i < count; i++) out += rng.int(0, 9)
  return out
}

/** A valid ИНН: region (77/50) + tax office (01–51) + serial, completed with control digits. */
function makeInn(rng: Rng, taxStatus: TaxStatus, region: string, taken: Set<string>): string {
  const serialLength = innLengthFor(taxStatus) === 10 ? 5 : 6
  for (;;) {
    const office = String(rng.int(1, 51)).padStart(2, "0")
    const inn = completeInn(region + office + digits(rng, serialLength))
    if (!taken.has(inn)) {
      taken.add(inn)
      return inn
    }
  }
}

function makePhone(rng: Rng): string {
  const n = digits(rng, 7)
  return `+7 (${rng.pick(MOBILE_CODES)}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`
}

export function buildSellers(): DemoSeller[] {
  const rng = createRng("sellers")
  const inns = new Set<string>()
  return SELLER_SEEDS.map((seed) => {
    const handle = sellerHandle(seed)
    return {
      handle,
      name: seed.name,
      bio: seed.bio,
      tax_status: seed.tax_status,
      inn: makeInn(rng, seed.tax_status, seed.region ?? "77", inns),
      phone: makePhone(rng),
      email: `${handle.replace(/-/g, ".")}@sosedi.local`,
      center_handles: [...seed.center_handles],
    }
  })
}
