import { DemoCenter, OpeningHours } from "./types"

type Span = [string, string]

/** Opening hours from a weekday span, a Saturday span and a Sunday span; `closed` lists days off. */
function hours(weekdays: Span, sat: Span | null, sun: Span | null, closed: string[] = []): OpeningHours {
  const day = (name: string, span: Span | null): Span | null =>
    closed.includes(name) || !span ? null : [span[0], span[1]]
  return {
    mon: day("mon", weekdays),
    tue: day("tue", weekdays),
    wed: day("wed", weekdays),
    thu: day("thu", weekdays),
    fri: day("fri", weekdays),
    sat: day("sat", sat),
    sun: day("sun", sun),
  }
}

const KITCHEN = ["плита и духовой шкаф", "посуда на 12 человек", "холодильник", "раковина"]

export const CENTERS: DemoCenter[] = [
  {
    handle: "khamovniki",
    name: "Соседский центр «Хамовники»",
    district: "Хамовники",
    address: "ул. Ефремова, д. 14",
    lat: 55.7282,
    lng: 37.5707,
    opening_hours: hours(["12:00", "21:00"], ["10:00", "18:00"], ["10:00", "16:00"], ["mon"]),
    phone: "+7 (499) 245-18-30",
    email: "khamovniki@sosedi.local",
    description:
      "Уютный центр в двух шагах от Новодевичьего: по вечерам здесь шьют, лепят и спорят о книгах. " +
      "Окно мастерской выходит в тихий двор, а на кухне всегда найдутся чайник и печенье от соседей.",
    rooms: [
      { name: "Мастерская", capacity: 12, hourly_price: 600, amenities: ["рабочие столы", "раковина", "гончарный круг", "хорошее дневное освещение"] },
      { name: "Большой зал", capacity: 40, hourly_price: 1500, amenities: ["проектор", "звуковая колонка", "стулья на 40 мест", "Wi-Fi"] },
      { name: "Кухня", capacity: 10, hourly_price: 700, amenities: [...KITCHEN] },
    ],
  },
  {
    handle: "basmanny",
    name: "Соседский центр «Басманный»",
    district: "Басманный",
    address: "ул. Старая Басманная, д. 18, стр. 1",
    lat: 55.7662,
    lng: 37.6655,
    opening_hours: hours(["11:00", "21:00"], ["11:00", "19:00"], null),
    phone: "+7 (495) 607-42-15",
    email: "basmanny@sosedi.local",
    description:
      "Центр в старом купеческом доме на Старой Басманной: кирпичные своды, скрипучий паркет и самая большая гончарная мастерская в округе. " +
      "Здесь за одним столом часто оказываются студенты, художники и пенсионеры.",
    rooms: [
      { name: "Гончарная мастерская", capacity: 8, hourly_price: 900, amenities: ["гончарные круги ×4", "муфельная печь", "стеллажи для сушки", "фартуки"] },
      { name: "Зал со сводами", capacity: 30, hourly_price: 1200, amenities: ["проектор", "пианино", "Wi-Fi"] },
      { name: "Переговорная", capacity: 6, hourly_price: 400, amenities: ["телевизор", "маркерная доска"] },
    ],
  },
  {
    handle: "maryino",
    name: "Соседский центр «Марьино»",
    district: "Марьино",
    address: "ул. Донецкая, д. 22",
    lat: 55.6505,
    lng: 37.7412,
    opening_hours: hours(["10:00", "21:00"], ["10:00", "18:00"], ["12:00", "18:00"]),
    phone: "+7 (495) 346-71-02",
    email: "maryino@sosedi.local",
    description:
      "Светлый центр на первом этаже жилого дома, куда удобно прийти с коляской: пандус, широкие двери и игровая комната. " +
      "По выходным на кухне пекут пироги, а в швейной комнате учат шить всех — от школьников до бабушек.",
    rooms: [
      { name: "Кухня", capacity: 12, hourly_price: 800, amenities: ["две плиты и духовые шкафы", "тестомес", "посуда на 15 человек"] },
      { name: "Швейная комната", capacity: 8, hourly_price: 600, amenities: ["швейные машины ×4", "оверлок", "гладильная доска", "манекен"] },
      { name: "Игровая", capacity: 10, hourly_price: 400, amenities: ["мягкие модули", "развивающие игрушки", "пеленальный столик"] },
    ],
  },
  {
    handle: "biryulyovo-vostochnoe",
    name: "Соседский центр «Бирюлёво Восточное»",
    district: "Бирюлёво Восточное",
    address: "ул. Липецкая, д. 12, корп. 2",
    lat: 55.6003,
    lng: 37.6768,
    opening_hours: hours(["11:00", "20:00"], ["11:00", "20:00"], ["11:00", "17:00"], ["mon"]),
    phone: "+7 (495) 329-54-61",
    email: "biryulyovo@sosedi.local",
    description:
      "Центр рядом с Бирюлёвским дендропарком, где по четвергам вяжут, а по субботам вышивают. " +
      "Новичкам тут всегда рады: спицы, пяльцы и нитки для первого раза найдутся, было бы желание.",
    rooms: [
      { name: "Мастерская", capacity: 10, hourly_price: 500, amenities: ["большой стол", "спицы и пяльцы для гостей", "лампы дневного света"] },
      { name: "Зал", capacity: 25, hourly_price: 900, amenities: ["проектор", "стулья на 25 мест", "доступ для колясок"] },
    ],
  },
  {
    handle: "teplyy-stan",
    name: "Соседский центр «Тёплый Стан»",
    district: "Тёплый Стан",
    address: "ул. Генерала Тюленева, д. 25",
    lat: 55.6205,
    lng: 37.5035,
    opening_hours: hours(["12:00", "21:00"], ["10:00", "18:00"], ["10:00", "18:00"]),
    phone: "+7 (495) 338-20-77",
    email: "teplyy-stan@sosedi.local",
    description:
      "Центр на юго-западе с настоящей печью для обжига и кухней, где к каждому празднику пекут пряники. " +
      "Рядом природный заказник «Тёплый Стан», так что после занятий здесь принято гулять всей группой.",
    rooms: [
      { name: "Керамическая мастерская", capacity: 8, hourly_price: 800, amenities: ["гончарные круги ×2", "печь для обжига", "набор глазурей"] },
      { name: "Кухня", capacity: 10, hourly_price: 700, amenities: ["духовой шкаф", "миксеры", "посуда на 12 человек"] },
      { name: "Зал", capacity: 30, hourly_price: 1000, amenities: ["проектор", "флипчарт", "Wi-Fi"] },
    ],
  },
  {
    handle: "severnoe-izmaylovo",
    name: "Соседский центр «Северное Измайлово»",
    district: "Северное Измайлово",
    address: "ул. Константина Федина, д. 7",
    lat: 55.8075,
    lng: 37.7985,
    opening_hours: hours(["11:00", "21:00"], ["10:00", "20:00"], null, ["tue"]),
    phone: "+7 (499) 461-33-08",
    email: "severnoe-izmaylovo@sosedi.local",
    description:
      "Большой центр у Щёлковского шоссе со столярной мастерской и хлебной печью. " +
      "Здесь можно за один день вырезать ложку, испечь хлеб и остаться на вечер настольных игр.",
    rooms: [
      { name: "Столярная мастерская", capacity: 6, hourly_price: 900, amenities: ["верстаки ×3", "ручной инструмент", "вытяжка", "защитные очки"] },
      { name: "Кухня", capacity: 10, hourly_price: 700, amenities: ["хлебная печь", ...KITCHEN] },
      { name: "Большой зал", capacity: 50, hourly_price: 1500, amenities: ["сцена", "проектор", "звуковая система", "Wi-Fi"] },
    ],
  },
  {
    handle: "mitino",
    name: "Соседский центр «Митино»",
    district: "Митино",
    address: "ул. Митинская, д. 36",
    lat: 55.8455,
    lng: 37.361,
    opening_hours: hours(["12:00", "21:00"], ["11:00", "18:00"], ["11:00", "18:00"], ["wed"]),
    phone: "+7 (495) 751-09-44",
    email: "mitino@sosedi.local",
    description:
      "Молодой центр у Митинского ландшафтного парка, куда по вечерам приходят целыми семьями. " +
      "В мастерской пахнет деревом и лавандой: одни соседи строгают доски, другие варят мыло.",
    rooms: [
      { name: "Мастерская", capacity: 8, hourly_price: 700, amenities: ["верстак", "вытяжка", "раковина", "плитка для мыловарения"] },
      { name: "Зал", capacity: 30, hourly_price: 1100, amenities: ["проектор", "Wi-Fi", "стулья на 30 мест"] },
    ],
  },
  {
    handle: "babushkinskiy",
    name: "Соседский центр «Бабушкинский»",
    district: "Бабушкинский",
    address: "ул. Менжинского, д. 32",
    lat: 55.8695,
    lng: 37.664,
    opening_hours: hours(["10:00", "20:00"], ["11:00", "17:00"], null),
    phone: "+7 (499) 184-62-19",
    email: "babushkinskiy@sosedi.local",
    description:
      "Тёплый центр недалеко от Яузы, где встречаются мастера всех возрастов — от мам в декрете до рукодельниц за восемьдесят. " +
      "По средам здесь вяжут пледы, а по пятницам отливают свечи.",
    rooms: [
      { name: "Мастерская", capacity: 10, hourly_price: 500, amenities: ["рабочие столы", "плитка и водяная баня", "вытяжка"] },
      { name: "Гостиная", capacity: 15, hourly_price: 600, amenities: ["диваны", "чайная станция", "книжный шкаф"] },
    ],
  },
]
