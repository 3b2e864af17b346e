import { CategoryHandle } from "./categories"
import { Gender } from "./text"

/**
 * Per-craft building blocks for the catalog. A product title is
 * [style adjective agreed with the noun] + noun + [style detail]:
 * «вязаный» + «носки» (pl) + «из мериноса» → «Вязаные носки из мериноса».
 * Within one family every item reads naturally with every style.
 */

/** An option with its values; the number multiplies the base price. */
export interface VariantSpec {
  option: string
  values: [string, number][]
}

export interface CraftItem {
  /** lowercase noun phrase in the nominative */
  noun: string
  gender: Gender
  /** base price, RUB */
  price: number
  /** one sentence about size/use */
  about: string
  weight_g?: number
  variants?: VariantSpec
  /** overrides the family's care sentence */
  care?: string
}

export interface CraftStyle {
  /** masculine nominative form, agreed with the noun by `agree` */
  adjective?: string
  detail?: string
  material?: string
  /** one sentence about material/look */
  about: string
  /** price multiplier, default 1 */
  factor?: number
}

export interface CraftFamily {
  category: CategoryHandle
  /** SKU prefix */
  code: string
  /** how many item × style combinations to take */
  count: number
  /** default care sentence */
  care: string
  /** restrict to these seller handles (default: every seller with this craft) */
  sellers?: string[]
  items: CraftItem[]
  styles: CraftStyle[]
}

const SML: VariantSpec = { option: "Размер", values: [["S", 1], ["M", 1], ["L", 1.1]] }
const SOCKS: VariantSpec = { option: "Размер", values: [["35–37", 1], ["38–40", 1], ["41–43", 1.1]] }
const BABY: VariantSpec = { option: "Размер", values: [["0–3 мес.", 1], ["3–6 мес.", 1], ["6–12 мес.", 1.15]] }
const YARN_COLOURS: VariantSpec = { option: "Цвет", values: [["Графит", 1], ["Горчица", 1], ["Брусника", 1], ["Молочный", 1]] }
const PLATE: VariantSpec = { option: "Размер", values: [["Ø 20 см", 0.85], ["Ø 24 см", 1]] }
const GLAZE: VariantSpec = { option: "Цвет", values: [["Белый", 1], ["Песочный", 1], ["Тёмно-синий", 1.1]] }
const COOKIES: VariantSpec = { option: "Вес", values: [["250 г", 1], ["500 г", 1.85]] }
const GINGERBREAD: VariantSpec = { option: "Комплект", values: [["6 шт.", 1], ["12 шт.", 1.9]] }
const CAKE: VariantSpec = { option: "Вес", values: [["450 г", 1], ["900 г", 1.8]] }
const SOAP: VariantSpec = { option: "Вес", values: [["100 г", 1], ["200 г", 1.8]] }
const JAR: VariantSpec = { option: "Объём", values: [["150 мл", 1], ["300 мл", 1.7]] }
const BATH_SALT: VariantSpec = { option: "Вес", values: [["250 г", 1], ["500 г", 1.7]] }
const BOARD: VariantSpec = { option: "Размер", values: [["30×20 см", 0.8], ["35×22 см", 1], ["45×28 см", 1.35]] }
const TABLECLOTH: VariantSpec = { option: "Размер", values: [["140×180 см", 1], ["140×220 см", 1.2]] }
const FABRIC: VariantSpec = { option: "Цвет", values: [["Натуральный", 1], ["Оливковый", 1], ["Терракотовый", 1]] }
const BRACELET: VariantSpec = { option: "Размер", values: [["S (15 см)", 1], ["M (17 см)", 1], ["L (19 см)", 1]] }
const CANDLE: VariantSpec = { option: "Объём", values: [["100 мл", 0.65], ["200 мл", 1]] }
const CARDS: VariantSpec = { option: "Комплект", values: [["1 шт.", 1], ["5 шт.", 4]] }

export const CRAFT_FAMILIES: CraftFamily[] = [
  {
    category: "vyazanie",
    code: "VYZ",
    count: 24,
    care: "Ручная стирка при 30 °C, сушить в расправленном виде на полотенце.",
    items: [
      { noun: "шапка", gender: "f", price: 1400, about: "Шапка-бини с двойным отворотом на обхват головы 54–58 см.", variants: YARN_COLOURS },
      { noun: "шарф", gender: "m", price: 1900, about: "Длина 180 см, ширина 25 см — хватает, чтобы обернуть шею дважды." },
      { noun: "снуд", gender: "m", price: 1600, about: "Снуд в два оборота высотой 30 см." },
      { noun: "варежки", gender: "pl", price: 900, about: "Двойная резинка на манжете не пускает снег в рукав.", variants: SML },
      { noun: "носки", gender: "pl", price: 750, about: "Высокие носки с усиленной пяткой и мыском.", variants: SOCKS },
      { noun: "митенки", gender: "pl", price: 650, about: "Длина 18 см, пальцы открыты — удобно листать телефон на морозе." },
      { noun: "свитер", gender: "m", price: 5200, about: "Свободный силуэт, рукав реглан, длина 65 см.", variants: SML },
      { noun: "кардиган", gender: "m", price: 5600, about: "Кардиган на деревянных пуговицах длиной до середины бедра.", variants: SML },
      { noun: "плед", gender: "m", price: 5400, about: "Размер 130×170 см — для дивана, дачи или детской кровати.", weight_g: 1100 },
      { noun: "повязка на голову", gender: "f", price: 550, about: "Широкая повязка закрывает уши и помещается под капюшон." },
      { noun: "жилет", gender: "m", price: 3900, about: "Жилет на пуговицах, удобно носить поверх рубашки.", variants: SML },
      { noun: "пинетки", gender: "pl", price: 600, about: "Пинетки для малышей на завязках, не сползают с ножки.", variants: BABY },
    ],
    styles: [
      { adjective: "вязаный", detail: "из мериноса", material: "шерсть мериноса", factor: 1.1, about: "Пряжа — итальянский меринос: мягкий, тёплый и совсем не колется." },
      { adjective: "тёплый", detail: "с косами", material: "полушерстяная пряжа", about: "Рельефные косы из полушерстяной пряжи держат форму и после стирки." },
      { detail: "с норвежским узором", material: "шерсть", factor: 1.15, about: "Жаккардовый узор со снежинками и оленями, чистая шерсть." },
      { adjective: "мягкий", detail: "из альпаки", material: "альпака с шёлком", factor: 1.25, about: "Альпака с шёлком — лёгкая пряжа, которая греет лучше овечьей шерсти." },
      { detail: "«Осенний парк»", material: "шерсть с акрилом", factor: 0.9, about: "Тёплые оттенки охры и ржавчины; пряжа наполовину шерстяная, наполовину акриловая." },
    ],
  },
  {
    category: "keramika",
    code: "KER",
    count: 14,
    care: "Можно мыть в посудомоечной машине и греть в микроволновке.",
    items: [
      { noun: "кружка", gender: "f", price: 1200, about: "Объём 350 мл, широкая ручка удобно ложится в ладонь.", weight_g: 380 },
      { noun: "чашка", gender: "f", price: 1100, about: "Объём 250 мл — в самый раз для чая.", weight_g: 300 },
      { noun: "пиала", gender: "f", price: 800, about: "Объём 300 мл, её приятно держать двумя руками.", weight_g: 280 },
      { noun: "тарелка", gender: "f", price: 1300, about: "Плоская тарелка для основных блюд.", variants: PLATE, weight_g: 600 },
      { noun: "миска", gender: "f", price: 1100, about: "Диаметр 16 см — для супа, салата или утренней каши.", weight_g: 450 },
      { noun: "кувшин", gender: "m", price: 2900, about: "Объём 1 л, носик не подтекает.", weight_g: 900 },
      { noun: "сахарница", gender: "f", price: 1400, about: "Сахарница с крышкой на 250 мл.", weight_g: 400 },
      { noun: "блюдо", gender: "n", price: 2400, about: "Овальное блюдо 32×22 см для пирога или закусок.", weight_g: 1000 },
      { noun: "чайник", gender: "m", price: 3800, about: "Заварочный чайник на 600 мл с ситечком в носике.", weight_g: 850 },
    ],
    styles: [
      { adjective: "керамический", detail: "с глазурью «морская волна»", material: "каменная масса", about: "Глазурь переливается от бирюзового к глубокому синему." },
      { detail: "из красной глины", material: "красная глина", factor: 0.9, about: "Снаружи тёплый терракотовый черепок, внутри прозрачная глазурь." },
      { adjective: "белый", detail: "с ручной росписью", material: "белая глина", factor: 1.2, about: "Белая глина, роспись кобальтом — каждый предмет расписан вручную." },
      { adjective: "матовый", detail: "цвета графита", material: "шамотная масса", factor: 1.1, about: "Шамотная масса и матовая глазурь, шершавая и тёплая на ощупь." },
      { detail: "с рельефной веткой рябины", material: "каменная масса", factor: 1.15, about: "Ветка рябины вылеплена вручную и покрыта красной глазурью." },
    ],
  },
  {
    category: "keramika",
    code: "KER",
    count: 6,
    care: "Протирайте мягкой влажной тканью.",
    items: [
      { noun: "ваза", gender: "f", price: 2600, about: "Высота 22 см, узкое горлышко для одной-трёх веток.", variants: GLAZE, weight_g: 700 },
      { noun: "подсвечник", gender: "m", price: 900, about: "Подходит для чайных свечей и свечей диаметром до 2 см.", weight_g: 250 },
      { noun: "кашпо", gender: "n", price: 1500, about: "Диаметр 14 см, с дренажным отверстием и поддоном.", weight_g: 650 },
      { noun: "колокольчик", gender: "m", price: 600, about: "Колокольчик высотой 8 см на льняном шнурке.", weight_g: 90 },
    ],
    styles: [
      { adjective: "керамический", detail: "с глазурью «морская волна»", material: "каменная масса", about: "Глазурь переливается от бирюзового к глубокому синему." },
      { detail: "из красной глины", material: "красная глина", factor: 0.9, about: "Неглазурованная красная глина, живая и тёплая." },
      { adjective: "белый", detail: "с ручной росписью", material: "белая глина", factor: 1.2, about: "Белая глина, роспись кобальтом — каждый предмет расписан вручную." },
    ],
  },
  {
    category: "vypechka",
    code: "VYP",
    count: 11,
    care: "Хранить в закрытой коробке в прохладном месте до пяти дней.",
    items: [
      { noun: "пирог", gender: "m", price: 1100, about: "Пирог диаметром 24 см, на 6–8 кусков.", weight_g: 900, care: "Хранить в холодильнике до трёх дней." },
      { noun: "кекс", gender: "m", price: 650, about: "Кекс в форме кирпичика.", variants: CAKE, weight_g: 450 },
      { noun: "печенье", gender: "n", price: 380, about: "Рассыпчатое печенье в крафтовом пакете.", variants: COOKIES, weight_g: 250 },
      { noun: "пряники", gender: "pl", price: 450, about: "Каждый пряник упакован отдельно — удобно дарить.", variants: GINGERBREAD, weight_g: 300 },
      { noun: "булочки", gender: "pl", price: 400, about: "Шесть пышных булочек на сливочном масле.", weight_g: 480, care: "Вкуснее всего в первые сутки; можно подогреть в духовке." },
      { noun: "рулет", gender: "m", price: 700, about: "Рулет длиной 25 см.", weight_g: 500 },
    ],
    styles: [
      { adjective: "домашний", detail: "с клюквой", factor: 1, about: "Тесто на сливочном масле и фермерских яйцах, ягоды — северная клюква." },
      { adjective: "медовый", factor: 1.1, about: "Гречишный мёд вместо сахара и ни капли ароматизаторов." },
      { detail: "с яблоками и корицей", about: "Антоновка из сада в Подмосковье и цейлонская корица." },
      { adjective: "ореховый", factor: 1.2, about: "Грецкий орех и фундук обжариваем прямо перед выпечкой." },
      { adjective: "постный", factor: 0.9, about: "Без молока и яиц: на растительном масле и яблочном пюре." },
    ],
  },
  {
    category: "vypechka",
    code: "VYP",
    count: 6,
    care: "Хранить в льняном мешочке до трёх дней; можно заморозить.",
    items: [
      { noun: "хлеб", gender: "m", price: 380, about: "Буханка около 700 г, корочка хрустит ещё сутки.", weight_g: 700 },
      { noun: "батон", gender: "m", price: 300, about: "Батон около 500 г, удобно резать на бутерброды.", weight_g: 500 },
      { noun: "лепёшки", gender: "pl", price: 250, about: "Четыре лепёшки диаметром 15 см.", weight_g: 400 },
    ],
    styles: [
      { adjective: "цельнозерновой", detail: "с семечками", about: "Цельнозерновая мука, подсолнечные и тыквенные семечки." },
      { detail: "на закваске с тмином", factor: 1.1, about: "Ржаная закваска живёт у нас девятый год, тмин добавляем щедро." },
      { adjective: "пшеничный", detail: "с прованскими травами", about: "Пшеничная мука первого сорта, оливковое масло и сушёные травы." },
    ],
  },
  {
    category: "mylo-i-kosmetika",
    code: "MYL",
    count: 17,
    care: "Хранить в сухом месте вдали от солнца; срок годности — 12 месяцев.",
    items: [
      { noun: "мыло", gender: "n", price: 350, about: "Брусок ручной нарезки; держите его на мыльнице с решёткой.", variants: SOAP, weight_g: 100 },
      { noun: "скраб для тела", gender: "m", price: 550, about: "Скраб в стеклянной банке на основе сахара и масла.", variants: JAR, weight_g: 200 },
      { noun: "бальзам для губ", gender: "m", price: 250, about: "Стик 5 г помещается в любой карман.", weight_g: 15 },
      { noun: "бомбочки для ванны", gender: "pl", price: 450, about: "Набор из трёх бомбочек по 120 г.", weight_g: 360 },
      { noun: "крем для рук", gender: "m", price: 480, about: "Тюбик 50 мл, быстро впитывается и не оставляет плёнки.", weight_g: 60 },
      { noun: "масло для тела", gender: "n", price: 650, about: "Флакон 100 мл с дозатором.", weight_g: 150 },
      { noun: "соль для ванн", gender: "f", price: 400, about: "Крупная морская соль в крафтовом пакете.", variants: BATH_SALT, weight_g: 250 },
    ],
    styles: [
      { adjective: "лавандовый", material: "масло ши, эфирное масло лаванды", factor: 1.1, about: "Эфирное масло крымской лаванды помогает расслабиться перед сном." },
      { detail: "с облепихой", material: "облепиховое масло", about: "Облепиховое масло питает сухую кожу и пахнет летом." },
      { adjective: "кофейный", material: "молотый кофе, кокосовое масло", about: "Свежемолотый кофе бодрит, кокосовое масло смягчает." },
      { detail: "с ромашкой и овсом", material: "овсяная мука, экстракт ромашки", factor: 0.95, about: "Мягкий состав без отдушек подходит даже чувствительной коже." },
      { adjective: "медовый", material: "мёд, пчелиный воск", factor: 1.05, about: "Липовый мёд с пасеки под Тулой и немного пчелиного воска." },
    ],
  },
  {
    category: "derevoobrabotka",
    code: "DER",
    count: 17,
    care: "Не замачивать и не мыть в посудомойке; время от времени протирайте льняным маслом.",
    items: [
      { noun: "разделочная доска", gender: "f", price: 1500, about: "Толщина 2 см, с отверстием для подвеса.", variants: BOARD, weight_g: 900 },
      { noun: "ложка", gender: "f", price: 450, about: "Длина 20 см — и для супа, и для каши.", weight_g: 40 },
      { noun: "кухонная лопатка", gender: "f", price: 400, about: "Лопатка длиной 30 см не царапает сковороду.", weight_g: 50 },
      { noun: "шкатулка", gender: "f", price: 1800, about: "Шкатулка 15×10×7 см на магнитной защёлке.", weight_g: 350 },
      { noun: "подставка под горячее", gender: "f", price: 500, about: "Диаметр 18 см, выдерживает кастрюлю прямо с плиты.", weight_g: 200 },
      { noun: "поднос", gender: "m", price: 2300, about: "Поднос 40×28 см с удобными прорезями для рук.", weight_g: 1200 },
      { noun: "кормушка для птиц", gender: "f", price: 900, about: "С навесом от снега, вешается на ветку или балкон.", weight_g: 600 },
      { noun: "настенная полка", gender: "f", price: 2900, about: "Длина 60 см, выдерживает до 10 кг, крепёж в комплекте.", weight_g: 2000 },
    ],
    styles: [
      { adjective: "дубовый", material: "дуб", factor: 1.2, about: "Массив дуба, пропитан льняным маслом и воском." },
      { adjective: "берёзовый", material: "берёза", about: "Берёза из Тверской области, сушилась два года." },
      { detail: "из вишни", material: "вишня", factor: 1.15, about: "У вишни тёплый красноватый оттенок, который с годами становится глубже." },
      { adjective: "ясеневый", material: "ясень", factor: 1.1, about: "Ясень прочный и красиво показывает рисунок волокон." },
      { adjective: "липовый", detail: "с резьбой", material: "липа", factor: 1.25, about: "Липа мягкая, поэтому узор вырезан вручную стамесками." },
    ],
  },
  {
    category: "shitye",
    code: "SHI",
    count: 17,
    care: "Стирка при 40 °C, гладить с изнанки.",
    items: [
      { noun: "фартук", gender: "m", price: 1300, about: "Фартук с карманом и регулируемой лямкой на шее.", variants: FABRIC },
      { noun: "сумка-шопер", gender: "f", price: 1100, about: "Шопер 40×38 см с ручками длиной 60 см." },
      { noun: "косметичка", gender: "f", price: 700, about: "Косметичка 20×12 см на молнии, внутри подкладка." },
      { noun: "прихватки", gender: "pl", price: 500, about: "Две прихватки 20×20 см с петелькой для крючка." },
      { noun: "скатерть", gender: "f", price: 2800, about: "Скатерть на шесть-восемь персон.", variants: TABLECLOTH },
      { noun: "наволочка", gender: "f", price: 650, about: "Наволочка 50×70 см на потайной молнии." },
      { noun: "рюкзак", gender: "m", price: 2600, about: "Лёгкий рюкзак-мешок 35×45 см на шнурке." },
      { noun: "пенал", gender: "m", price: 500, about: "Пенал 22×8 см на молнии, влезают ручки и линейка." },
    ],
    styles: [
      { adjective: "льняной", material: "лён", factor: 1.1, about: "Умягчённый лён: чем больше стирок, тем мягче ткань." },
      { detail: "с вышивкой «полевые цветы»", material: "хлопок", factor: 1.3, about: "Вышивка гладью — васильки и ромашки на плотном хлопке." },
      { adjective: "джинсовый", material: "переработанный деним", factor: 0.9, about: "Ткань — старые джинсы, которые соседи принесли в центр на переработку." },
      { detail: "в клетку", material: "хлопок", about: "Плотный хлопок в красно-белую клетку." },
      { detail: "с котами", material: "хлопок", about: "Хлопок с котами, напечатанный небольшой ивановской фабрикой." },
    ],
  },
  {
    category: "ukrasheniya",
    code: "UKR",
    count: 14,
    care: "Снимайте перед душем и бассейном, храните в мешочке.",
    items: [
      { noun: "серьги", gender: "pl", price: 900, about: "Длина 4 см, швензы из медицинской стали." },
      { noun: "кулон", gender: "m", price: 800, about: "Кулон на цепочке длиной 45 см." },
      { noun: "браслет", gender: "m", price: 700, about: "Браслет на эластичной нити.", variants: BRACELET },
      { noun: "брошь", gender: "f", price: 850, about: "Брошь 5 см на надёжной английской застёжке." },
      { noun: "кольцо", gender: "n", price: 750, about: "Регулируемый размер от 16 до 19." },
      { noun: "колье", gender: "n", price: 1900, about: "Длина 42 см и удлинитель на 5 см." },
      { noun: "заколка", gender: "f", price: 500, about: "Заколка-автомат длиной 8 см." },
    ],
    styles: [
      { detail: "с речным жемчугом", material: "речной жемчуг, латунь", factor: 1.3, about: "Жемчуг неправильной формы, поэтому двух одинаковых украшений не бывает." },
      { detail: "из полимерной глины", material: "полимерная глина", factor: 0.9, about: "Полимерная глина запечена и покрыта лаком, украшение почти невесомое." },
      { adjective: "латунный", material: "латунь", factor: 1.1, about: "Латунь выпилена и отполирована вручную, со временем появится мягкая патина." },
      { detail: "с сухоцветами в смоле", material: "ювелирная смола, сухоцветы", about: "Настоящие полевые цветы залиты прозрачной ювелирной смолой." },
      { adjective: "бисерный", material: "чешский бисер", about: "Чешский бисер, плотное плетение на крепкой нити." },
    ],
  },
  {
    category: "igrushki",
    code: "IGR",
    count: 8,
    care: "Ручная стирка при 30 °C в мешке для белья.",
    sellers: ["evgeniya-makarova"],
    items: [
      { noun: "заяц", gender: "m", price: 1600, about: "Высота 25 см, ушки держат форму." },
      { noun: "медвежонок", gender: "m", price: 1700, about: "Высота 22 см, лапки двигаются." },
      { noun: "лиса", gender: "f", price: 1800, about: "Высота 30 см и пушистый хвост." },
      { noun: "слонёнок", gender: "m", price: 1500, about: "Высота 18 см, удобно брать с собой в коляску." },
      { noun: "сова", gender: "f", price: 1200, about: "Сова-подушка 20 см для маленьких и больших." },
      { noun: "кот", gender: "m", price: 1400, about: "Высота 24 см, усы вышиты, а не приклеены." },
    ],
    styles: [
      { adjective: "вязаный", material: "хлопковая пряжа, холлофайбер", about: "Хлопковая пряжа и гипоаллергенный холлофайбер, глазки пришиты намертво." },
      { detail: "в полосатом шарфике", material: "хлопковая пряжа, холлофайбер", factor: 1.1, about: "Шарфик снимается, его можно примерить на себя." },
      { adjective: "плюшевый", material: "плюшевая пряжа", factor: 1.15, about: "Плюшевая пряжа очень мягкая — игрушку хочется обнимать." },
    ],
  },
  {
    category: "igrushki",
    code: "IGR",
    count: 6,
    care: "Протирайте влажной салфеткой.",
    sellers: ["petr-krylov"],
    items: [
      { noun: "машинка", gender: "f", price: 900, about: "Длина 15 см, колёса крутятся.", weight_g: 200 },
      { noun: "пирамидка", gender: "f", price: 800, about: "Семь колец на штыре, высота 20 см.", weight_g: 350 },
      { noun: "кубики", gender: "pl", price: 1200, about: "Двенадцать кубиков 4×4 см в холщовом мешке.", weight_g: 600 },
      { noun: "паровозик", gender: "m", price: 1500, about: "Паровозик с двумя вагончиками на магнитах.", weight_g: 450 },
      { noun: "сортер", gender: "m", price: 1300, about: "Коробка-сортер с пятью фигурками.", weight_g: 700 },
    ],
    styles: [
      { adjective: "деревянный", material: "берёза", about: "Берёза покрыта детским лаком на водной основе." },
      { adjective: "расписной", material: "липа, пищевые красители", factor: 1.2, about: "Роспись безопасными пищевыми красками, все углы скруглены." },
      { detail: "из сосны", material: "сосна", factor: 0.9, about: "Сосна пахнет смолой; игрушка пропитана маслом, а не лаком." },
    ],
  },
  {
    category: "svechi",
    code: "SVE",
    count: 12,
    care: "Не оставляйте горящую свечу без присмотра и обрезайте фитиль до 5 мм.",
    items: [
      { noun: "свеча в банке", gender: "f", price: 700, about: "Стеклянная банка с крышкой, горит до 40 часов.", variants: CANDLE, weight_g: 300 },
      { noun: "свеча-столбик", gender: "f", price: 500, about: "Высота 12 см, диаметр 5 см.", weight_g: 220 },
      { noun: "набор чайных свечей", gender: "m", price: 450, about: "Шесть чайных свечей в алюминиевых гильзах.", weight_g: 120 },
      { noun: "аромасаше", gender: "n", price: 350, about: "Саше 8×6 см на атласной ленте — для шкафа или машины.", weight_g: 40, care: "Саше не поджигают; аромат освежается, если потереть воск пальцами." },
      { noun: "свеча в керамической пиале", gender: "f", price: 1100, about: "Пиалу после свечи можно вымыть и пить из неё чай.", weight_g: 400 },
    ],
    styles: [
      { detail: "«Хвойный лес»", material: "соевый воск", about: "Соевый воск, хлопковый фитиль и аромат пихты с можжевельником." },
      { detail: "с ароматом апельсина и гвоздики", material: "соевый воск", about: "Пахнет как апельсины под Новый год." },
      { detail: "из пчелиного воска", material: "пчелиный воск", factor: 1.25, about: "Чистый пчелиный воск с пасеки под Рязанью, тёплый и медовый." },
      { detail: "«Липовый цвет»", material: "кокосовый воск", factor: 1.1, about: "Кокосовый воск и нежный аромат липы из московского двора в июле." },
      { detail: "с сухоцветами", material: "соевый воск, сухоцветы", factor: 1.15, about: "Сверху — лаванда и лепестки календулы." },
    ],
  },
  {
    category: "otkrytki",
    code: "OTK",
    count: 10,
    care: "Берегите от влаги и прямого солнца.",
    items: [
      { noun: "открытка", gender: "f", price: 250, about: "Формат 10×15 см, с конвертом из крафт-бумаги.", variants: CARDS },
      { noun: "блокнот", gender: "m", price: 600, about: "Блокнот А6 на 80 листов, сшит вручную." },
      { noun: "закладка", gender: "f", price: 150, about: "Закладка 5×18 см с кисточкой." },
      { noun: "набор конвертов", gender: "m", price: 350, about: "Пять конвертов с вкладышами." },
      { noun: "бирки для подарков", gender: "pl", price: 200, about: "Десять бирок с джутовой бечёвкой." },
      { noun: "настенный календарь", gender: "m", price: 700, about: "Календарь формата А4 на весь год, на скрепке." },
    ],
    styles: [
      { detail: "с акварельными птицами", material: "акварельная бумага", about: "Снегири и синицы нарисованы акварелью и напечатаны на хлопковой бумаге." },
      { detail: "с линогравюрой «Москва-река»", material: "бумага Fabriano", factor: 1.2, about: "Оттиск линогравюры сделан вручную на станке в соседском центре." },
      { detail: "из бумаги ручного отлива", material: "переработанная бумага", factor: 1.1, about: "Бумага отлита из макулатуры с лепестками цветов." },
      { detail: "с засушенными цветами", material: "картон, сухоцветы", about: "Настоящие засушенные анютины глазки под калькой." },
    ],
  },
]
