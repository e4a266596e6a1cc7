// The Berlin 2018 record's names in the six official UN languages, for the seed to write once members, themes and
// meetings carry translations. Plain data: the English repeats berlin-2018.ts, and berlin-2018-translations.test.ts
// holds the two together and checks that every text uses the glossary's terms (lib/i18n/glossary.json).
// - Member states: the UN's official short names (UNTERM). Organisations: the names the UN uses for them.
// - Themes: names exactly as the glossary's `theme-<slug>` entries; descriptions translated for meaning. Where the
//   English says "the agenda", the translations name it in full: without a preceding mention, "le programme" or
//   "该议程" would not say which agenda.
// - The communiqué's own title (`sourceTitle`) and the verbatim excerpts stay in English and are not here.
import type { Language } from "@/lib/i18n/glossary";
import type { BERLIN_MEETING, BerlinMemberSlug, NEW_YORK_DEBRIEF, ThemeSlug } from "./berlin-2018";

export type InEachLanguage = Readonly<Record<Language, string>>;

export type MemberNames = { name: InEachLanguage; shortName?: InEachLanguage };

export const BERLIN_MEMBER_NAMES = {
  germany: { name: { en: "Germany", ar: "ألمانيا", zh: "德国", fr: "Allemagne", ru: "Германия", es: "Alemania" } },
  spain: { name: { en: "Spain", ar: "إسبانيا", zh: "西班牙", fr: "Espagne", ru: "Испания", es: "España" } },
  namibia: { name: { en: "Namibia", ar: "ناميبيا", zh: "纳米比亚", fr: "Namibie", ru: "Намибия", es: "Namibia" } },
  "un-women": {
    name: {
      en: "UN Women",
      ar: "هيئة الأمم المتحدة للمرأة",
      zh: "联合国妇女署",
      fr: "ONU-Femmes",
      ru: "Структура «ООН-женщины»",
      es: "ONU-Mujeres",
    },
  },
  colombia: {
    name: { en: "Colombia", ar: "كولومبيا", zh: "哥伦比亚", fr: "Colombie", ru: "Колумбия", es: "Colombia" },
  },
  ecowas: {
    name: {
      en: "Economic Community of West African States",
      ar: "الجماعة الاقتصادية لدول غرب أفريقيا",
      zh: "西非国家经济共同体",
      fr: "Communauté économique des États de l'Afrique de l'Ouest",
      ru: "Экономическое сообщество западноафриканских государств",
      es: "Comunidad Económica de los Estados de África Occidental",
    },
    shortName: { en: "ECOWAS", ar: "إيكواس", zh: "西非经共体", fr: "CEDEAO", ru: "ЭКОВАС", es: "CEDEAO" },
  },
  sweden: { name: { en: "Sweden", ar: "السويد", zh: "瑞典", fr: "Suède", ru: "Швеция", es: "Suecia" } },
  // An English-only name: descriptive renderings built like UN working groups' names (see the glossary's notes).
  "ngo-working-group-on-wps": {
    name: {
      en: "NGO Working Group on Women, Peace and Security",
      ar: "الفريق العامل للمنظمات غير الحكومية المعني بالمرأة والسلام والأمن",
      zh: "妇女与和平与安全问题非政府组织工作组",
      fr: "Groupe de travail des ONG sur les femmes et la paix et la sécurité",
      ru: "Рабочая группа НПО по вопросам женщин и мира и безопасности",
      es: "Grupo de Trabajo de las ONG sobre las Mujeres y la Paz y la Seguridad",
    },
    shortName: {
      en: "NGO Working Group on WPS",
      ar: "الفريق العامل للمنظمات غير الحكومية",
      zh: "非政府组织工作组",
      fr: "Groupe de travail des ONG",
      ru: "Рабочая группа НПО",
      es: "Grupo de Trabajo de las ONG",
    },
  },
  hungary: { name: { en: "Hungary", ar: "هنغاريا", zh: "匈牙利", fr: "Hongrie", ru: "Венгрия", es: "Hungría" } },
  "el-salvador": {
    name: { en: "El Salvador", ar: "السلفادور", zh: "萨尔瓦多", fr: "El Salvador", ru: "Сальвадор", es: "El Salvador" },
  },
  // The UN's official short name is the full one; "United Kingdom" is the accepted shorter form. The seed's English
  // name is "United Kingdom" (short name "UK", which has no equivalent in the other languages).
  "united-kingdom": {
    name: {
      en: "United Kingdom of Great Britain and Northern Ireland",
      ar: "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
      zh: "大不列颠及北爱尔兰联合王国",
      fr: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
      ru: "Соединенное Королевство Великобритании и Северной Ирландии",
      es: "Reino Unido de Gran Bretaña e Irlanda del Norte",
    },
    shortName: {
      en: "United Kingdom",
      ar: "المملكة المتحدة",
      zh: "联合王国",
      fr: "Royaume-Uni",
      ru: "Соединенное Королевство",
      es: "Reino Unido",
    },
  },
  norway: { name: { en: "Norway", ar: "النرويج", zh: "挪威", fr: "Norvège", ru: "Норвегия", es: "Noruega" } },
} as const satisfies Record<BerlinMemberSlug, MemberNames>;

export type ThemeText = { name: InEachLanguage; description: InEachLanguage };

export const THEME_TRANSLATIONS = {
  "participation-in-peace-processes": {
    name: {
      en: "Participation in peace processes",
      ar: "المشاركة في عمليات السلام",
      zh: "参与和平进程",
      fr: "Participation aux processus de paix",
      ru: "Участие в мирных процессах",
      es: "Participación en los procesos de paz",
    },
    description: {
      en: "Women's full, equal and meaningful participation in peace negotiations, mediation and peace operations.",
      ar: "مشاركة المرأة الكاملة والمتساوية والهادفة في مفاوضات السلام والوساطة وعمليات السلام.",
      zh: "妇女充分、平等和有意义地参与和平谈判、调解及和平行动。",
      fr: "Participation pleine, égale et véritable des femmes aux négociations de paix, à la médiation et aux opérations de paix.",
      ru: "Полноценное, равноправное и конструктивное участие женщин в мирных переговорах, посредничестве и операциях в пользу мира.",
      es: "Participación plena, igualitaria y significativa de las mujeres en las negociaciones de paz, la mediación y las operaciones de paz.",
    },
  },
  "training-and-capacity-building": {
    name: {
      en: "Training and capacity building",
      ar: "التدريب وبناء القدرات",
      zh: "培训和能力建设",
      fr: "Formation et renforcement des capacités",
      ru: "Подготовка кадров и наращивание потенциала",
      es: "Capacitación y creación de capacidad",
    },
    description: {
      en: "Gender training and capacity building for peacekeepers, security forces, diplomats and officials.",
      ar: "التدريب على المسائل الجنسانية وبناء القدرات لفائدة حفظة السلام وقوات الأمن والدبلوماسيين والمسؤولين.",
      zh: "为维和人员、安全部队、外交官和官员提供性别问题培训和能力建设。",
      fr: "Formation aux questions de genre et renforcement des capacités du personnel de maintien de la paix, des forces de sécurité, des diplomates et des fonctionnaires.",
      ru: "Гендерная подготовка и наращивание потенциала миротворцев, сил безопасности, дипломатов и должностных лиц.",
      es: "Capacitación en cuestiones de género y creación de capacidad para el personal de mantenimiento de la paz, las fuerzas de seguridad, los diplomáticos y los funcionarios.",
    },
  },
  "civil-society-access": {
    name: {
      en: "Civil-society access",
      ar: "وصول المجتمع المدني",
      zh: "民间社会参与渠道",
      fr: "Accès de la société civile",
      ru: "Доступ гражданского общества",
      es: "Acceso de la sociedad civil",
    },
    description: {
      en: "Civil society's access to decision-making, from briefing the Security Council to shaping mandates.",
      ar: "وصول المجتمع المدني إلى عمليات صنع القرار، من تقديم الإحاطات إلى مجلس الأمن إلى المشاركة في صياغة الولايات.",
      zh: "民间社会参与决策的渠道，从向安全理事会通报情况到参与制定任务授权。",
      fr: "Accès de la société civile à la prise de décisions, des exposés faits au Conseil de sécurité à l'élaboration des mandats.",
      ru: "Доступ гражданского общества к принятию решений — от брифингов в Совете Безопасности до формирования мандатов.",
      es: "Acceso de la sociedad civil a la toma de decisiones, desde las exposiciones informativas ante el Consejo de Seguridad hasta la definición de los mandatos.",
    },
  },
  "legal-and-policy-frameworks": {
    name: {
      en: "Legal and policy frameworks",
      ar: "الأطر القانونية والسياساتية",
      zh: "法律和政策框架",
      fr: "Cadres juridiques et politiques",
      ru: "Правовая и политическая база",
      es: "Marcos jurídicos y normativos",
    },
    description: {
      en: "Laws, action plans, strategies and policies that put the agenda into effect nationally and regionally.",
      ar: "القوانين وخطط العمل والاستراتيجيات والسياسات التي تضع خطة العمل المتعلقة بالمرأة والسلام والأمن موضع التنفيذ على الصعيدين الوطني والإقليمي.",
      zh: "在国家和区域层面落实妇女与和平与安全议程的法律、行动计划、战略和政策。",
      fr: "Lois, plans d'action, stratégies et politiques qui mettent en œuvre le programme pour les femmes et la paix et la sécurité aux niveaux national et régional.",
      ru: "Законы, планы действий, стратегии и политика, обеспечивающие осуществление повестки дня по вопросу о женщинах и мире и безопасности на национальном и региональном уровнях.",
      es: "Leyes, planes de acción, estrategias y políticas que ponen en práctica la agenda sobre las mujeres y la paz y la seguridad a nivel nacional y regional.",
    },
  },
  "accountability-and-justice": {
    name: {
      en: "Accountability and justice",
      ar: "المساءلة والعدالة",
      zh: "问责与司法",
      fr: "Établissement des responsabilités et justice",
      ru: "Привлечение к ответственности и правосудие",
      es: "Rendición de cuentas y justicia",
    },
    description: {
      en: "Ending impunity and holding perpetrators to account under national and international law.",
      ar: "وضع حد للإفلات من العقاب ومحاسبة الجناة بموجب القانون الوطني والقانون الدولي.",
      zh: "根据国内法和国际法终止有罪不罚现象，追究肇事者的责任。",
      fr: "Mettre fin à l'impunité et amener les auteurs à répondre de leurs actes en vertu du droit interne et du droit international.",
      ru: "Прекращение безнаказанности и привлечение виновных к ответственности по национальному и международному праву.",
      es: "Poner fin a la impunidad y exigir responsabilidades a los autores con arreglo al derecho nacional e internacional.",
    },
  },
  "peacekeeping-and-security-sector": {
    name: {
      en: "Peacekeeping and security sector",
      ar: "حفظ السلام وقطاع الأمن",
      zh: "维持和平与安全部门",
      fr: "Maintien de la paix et secteur de la sécurité",
      ru: "Поддержание мира и сектор безопасности",
      es: "Mantenimiento de la paz y sector de la seguridad",
    },
    description: {
      en: "Women in peacekeeping, the military and the police, and gender-responsive security institutions.",
      ar: "المرأة في عمليات حفظ السلام والقوات المسلحة والشرطة، ومؤسسات أمنية مراعية للاعتبارات الجنسانية.",
      zh: "妇女参与维持和平、军队和警察工作，以及顾及性别问题的安全机构。",
      fr: "Les femmes dans le maintien de la paix, les forces armées et la police, et des institutions de sécurité tenant compte des questions de genre.",
      ru: "Женщины в миротворческой деятельности, вооруженных силах и полиции, а также институты безопасности, учитывающие гендерную проблематику.",
      es: "Las mujeres en el mantenimiento de la paz, las fuerzas armadas y la policía, e instituciones de seguridad con perspectiva de género.",
    },
  },
  "gender-analysis-and-mainstreaming": {
    name: {
      en: "Gender analysis and mainstreaming",
      ar: "التحليل الجنساني وتعميم مراعاة المنظور الجنساني",
      zh: "性别分析和性别观点主流化",
      fr: "Analyse de genre et prise en compte systématique des questions de genre",
      ru: "Гендерный анализ и учет гендерной проблематики",
      es: "Análisis de género e incorporación de la perspectiva de género",
    },
    description: {
      en: "Gender analysis built into policy, doctrine, arms control and conflict analysis.",
      ar: "إدماج التحليل الجنساني في السياسات والعقيدة وتحديد الأسلحة وتحليل النزاعات.",
      zh: "将性别分析纳入政策、条令、军备控制和冲突分析。",
      fr: "Une analyse de genre intégrée aux politiques, à la doctrine, à la maîtrise des armements et à l'analyse des conflits.",
      ru: "Гендерный анализ как неотъемлемая часть политики, доктрины, контроля над вооружениями и анализа конфликтов.",
      es: "Análisis de género incorporado a las políticas, la doctrina, el control de armamentos y el análisis de los conflictos.",
    },
  },
  localisation: {
    name: {
      en: "Localisation",
      ar: "التوطين",
      zh: "本地化",
      fr: "Localisation",
      ru: "Локализация",
      es: "Localización",
    },
    description: {
      en: "Implementation led by and with local actors and communities, including local action plans.",
      ar: "تنفيذ يقوده الفاعلون المحليون والمجتمعات المحلية ويشاركون فيه، بما في ذلك خطط العمل المحلية.",
      zh: "由地方行为体和社区主导并与其共同开展的落实工作，包括地方行动计划。",
      fr: "Une mise en œuvre conduite par les acteurs et les communautés locales et avec eux, y compris au moyen de plans d'action locaux.",
      ru: "Осуществление силами местных субъектов и общин и совместно с ними, в том числе посредством местных планов действий.",
      es: "Aplicación dirigida por los actores y las comunidades locales y con ellos, incluidos los planes de acción locales.",
    },
  },
  "institutional-mechanisms": {
    name: {
      en: "Institutional mechanisms",
      ar: "الآليات المؤسسية",
      zh: "体制机制",
      fr: "Mécanismes institutionnels",
      ru: "Институциональные механизмы",
      es: "Mecanismos institucionales",
    },
    description: {
      en: "Bodies, focal points and networks that carry the agenda inside governments and organisations.",
      ar: "الهيئات وجهات التنسيق والشبكات التي تنهض بخطة العمل المتعلقة بالمرأة والسلام والأمن داخل الحكومات والمنظمات.",
      zh: "在政府和组织内部推进妇女与和平与安全议程的机构、协调人和网络。",
      fr: "Organes, coordonnateurs et coordonnatrices, et réseaux qui portent le programme pour les femmes et la paix et la sécurité au sein des gouvernements et des organisations.",
      ru: "Органы, координаторы и сети, продвигающие повестку дня по вопросу о женщинах и мире и безопасности в правительствах и организациях.",
      es: "Órganos, coordinadores y redes que impulsan la agenda sobre las mujeres y la paz y la seguridad en los gobiernos y las organizaciones.",
    },
  },
  "norm-building-and-advocacy": {
    name: {
      en: "Norm building and advocacy",
      ar: "بناء المعايير والدعوة",
      zh: "规范建设与倡导",
      fr: "Élaboration de normes et plaidoyer",
      ru: "Нормотворчество и информационно-пропагандистская деятельность",
      es: "Elaboración de normas y promoción",
    },
    description: {
      en: "Building and defending international norms, and advocating for the agenda in multilateral forums.",
      ar: "وضع المعايير الدولية والدفاع عنها، والدعوة إلى خطة العمل المتعلقة بالمرأة والسلام والأمن في المحافل المتعددة الأطراف.",
      zh: "制定和维护国际规范，并在多边论坛倡导妇女与和平与安全议程。",
      fr: "Élaborer et défendre les normes internationales, et plaider en faveur du programme pour les femmes et la paix et la sécurité dans les instances multilatérales.",
      ru: "Разработка и защита международных норм и продвижение повестки дня по вопросу о женщинах и мире и безопасности на многосторонних форумах.",
      es: "Elaboración y defensa de las normas internacionales y promoción de la agenda sobre las mujeres y la paz y la seguridad en los foros multilaterales.",
    },
  },
} as const satisfies Record<ThemeSlug, ThemeText>;

export type MeetingText = {
  title: InEachLanguage;
  theme?: InEachLanguage;
  city: InEachLanguage;
  country: InEachLanguage;
};

// Dates as each language's UN documents write them: two days as "9 et 10 avril", Arabic months with their double
// names. The countries are the seed's short forms (the UN's official short name of the United States is "United
// States of America").
export const MEETING_TRANSLATIONS = {
  "berlin-2018": {
    title: {
      en: "Capital-level meeting, Berlin, 9–10 April 2018",
      ar: "اجتماع على مستوى العواصم، برلين، 9 و 10 نيسان/أبريل 2018",
      zh: "首都一级会议，柏林，2018年4月9日至10日",
      fr: "Réunion au niveau des capitales, Berlin, 9 et 10 avril 2018",
      ru: "Совещание на уровне столиц, Берлин, 9 и 10 апреля 2018 года",
      es: "Reunión a nivel de capitales, Berlín, 9 y 10 de abril de 2018",
    },
    theme: {
      en: "Building Alliances to Advance the Women, Peace and Security Agenda",
      ar: "بناء التحالفات من أجل النهوض بخطة العمل المتعلقة بالمرأة والسلام والأمن",
      zh: "建立联盟，推进妇女与和平与安全议程",
      fr: "Nouer des alliances pour faire progresser le programme pour les femmes et la paix et la sécurité",
      ru: "Создание альянсов для продвижения повестки дня по вопросу о женщинах и мире и безопасности",
      es: "Forjar alianzas para impulsar la agenda sobre las mujeres y la paz y la seguridad",
    },
    city: { en: "Berlin", ar: "برلين", zh: "柏林", fr: "Berlin", ru: "Берлин", es: "Berlín" },
    country: { en: "Germany", ar: "ألمانيا", zh: "德国", fr: "Allemagne", ru: "Германия", es: "Alemania" },
  },
  "new-york-debrief-2018": {
    title: {
      en: "Debrief of the Berlin meeting, New York, 24 May 2018",
      ar: "إحاطة بشأن اجتماع برلين، نيويورك، 24 أيار/مايو 2018",
      zh: "柏林会议情况通报会，纽约，2018年5月24日",
      fr: "Compte rendu de la réunion de Berlin, New York, 24 mai 2018",
      ru: "Брифинг по итогам совещания в Берлине, Нью-Йорк, 24 мая 2018 года",
      es: "Sesión informativa sobre la reunión de Berlín, Nueva York, 24 de mayo de 2018",
    },
    city: { en: "New York", ar: "نيويورك", zh: "纽约", fr: "New York", ru: "Нью-Йорк", es: "Nueva York" },
    country: {
      en: "United States",
      ar: "الولايات المتحدة",
      zh: "美国",
      fr: "États-Unis",
      ru: "Соединенные Штаты",
      es: "Estados Unidos",
    },
  },
} as const satisfies Record<(typeof BERLIN_MEETING | typeof NEW_YORK_DEBRIEF)["slug"], MeetingText>;
