// The scale seed's commitments in the other five languages, so that search is measured over translations as it will
// be used (issue 11, item 6): a realistic share of commitments carries one (about 30 % in French and in Spanish,
// 10 % in Arabic, Russian and Chinese; ROUGH_SHARES). The titles follow lib/i18n/glossary.json; the description says
// in each language what the English one says: fictional, generated to test the tracker at scale.
import type { Locale } from "@/lib/i18n/locales";

type OtherLocale = Exclude<Locale, "en">;

export const SCALE_TRANSLATION_SHARES: Record<OtherLocale, number> = { fr: 0.3, es: 0.3, ar: 0.1, ru: 0.1, zh: 0.1 };

/** The scale seed's template titles (prisma/seed/scale.ts TEMPLATES), in each other language. */
export const SCALE_TITLES: Record<string, Record<OtherLocale, string>> = {
  "Adopt a national action plan on Women, Peace and Security": {
    fr: "Adopter un plan d'action national pour les femmes et la paix et la sécurité",
    es: "Aprobar un plan de acción nacional sobre las mujeres y la paz y la seguridad",
    ar: "اعتماد خطة عمل وطنية بشأن المرأة والسلام والأمن",
    ru: "Принять национальный план действий по вопросу о женщинах и мире и безопасности",
    zh: "通过关于妇女与和平与安全的国家行动计划",
  },
  "Fund women-led peacebuilding organisations": {
    fr: "Financer les organisations de consolidation de la paix dirigées par des femmes",
    es: "Financiar las organizaciones de consolidación de la paz dirigidas por mujeres",
    ar: "تمويل منظمات بناء السلام التي تقودها نساء",
    ru: "Финансировать организации по миростроительству, возглавляемые женщинами",
    zh: "资助妇女领导的建设和平组织",
  },
  "Train peacekeepers in gender analysis": {
    fr: "Former le personnel de maintien de la paix à l'analyse de genre",
    es: "Capacitar al personal de mantenimiento de la paz en análisis de género",
    ar: "تدريب حفظة السلام على التحليل الجنساني",
    ru: "Обучать миротворцев гендерному анализу",
    zh: "培训维和人员开展性别分析",
  },
  "Raise the share of women in deployed military and police contingents": {
    fr: "Accroître la proportion de femmes dans les contingents militaires et de police déployés",
    es: "Aumentar la proporción de mujeres en los contingentes militares y de policía desplegados",
    ar: "زيادة نسبة النساء في الوحدات العسكرية ووحدات الشرطة المنتشرة",
    ru: "Увеличить долю женщин в развернутых воинских и полицейских контингентах",
    zh: "提高已部署军事和警察特遣队中的妇女比例",
  },
  "Include women mediators in every peace delegation": {
    fr: "Inclure des médiatrices dans chaque délégation de paix",
    es: "Incluir mediadoras en todas las delegaciones de paz",
    ar: "إشراك وسيطات في كل وفد سلام",
    ru: "Включать женщин-посредников в состав каждой мирной делегации",
    zh: "在每个和平代表团中纳入女性调解人",
  },
  "Invite women civil-society briefers to Security Council meetings": {
    fr: "Inviter des intervenantes de la société civile aux séances du Conseil de sécurité",
    es: "Invitar a ponentes de la sociedad civil a las sesiones del Consejo de Seguridad",
    ar: "دعوة مقدِّمات إحاطات من المجتمع المدني إلى جلسات مجلس الأمن",
    ru: "Приглашать представительниц гражданского общества выступать с брифингами на заседаниях Совета Безопасности",
    zh: "邀请民间社会女性通报人出席安全理事会会议",
  },
  "Appoint a Women, Peace and Security focal point in every ministry": {
    fr: "Nommer un coordonnateur pour les femmes et la paix et la sécurité dans chaque ministère",
    es: "Nombrar un coordinador sobre las mujeres y la paz y la seguridad en cada ministerio",
    ar: "تعيين جهة تنسيق معنية بالمرأة والسلام والأمن في كل وزارة",
    ru: "Назначить в каждом министерстве координатора по вопросу о женщинах и мире и безопасности",
    zh: "在每个部委任命妇女与和平与安全协调人",
  },
  "Support survivors of conflict-related sexual violence": {
    fr: "Soutenir les personnes rescapées de violences sexuelles liées aux conflits",
    es: "Apoyar a las sobrevivientes de la violencia sexual relacionada con los conflictos",
    ar: "دعم الناجيات من العنف الجنسي المرتبط بالنزاعات",
    ru: "Поддерживать лиц, переживших сексуальное насилие в условиях конфликта",
    zh: "支持与冲突有关的性暴力幸存者",
  },
  "Prosecute conflict-related sexual violence": {
    fr: "Poursuivre les auteurs de violences sexuelles liées aux conflits",
    es: "Enjuiciar la violencia sexual relacionada con los conflictos",
    ar: "الملاحقة القضائية على العنف الجنسي المرتبط بالنزاعات",
    ru: "Преследовать в судебном порядке за сексуальное насилие в условиях конфликта",
    zh: "起诉与冲突有关的性暴力行为",
  },
  "Integrate gender analysis into early-warning systems": {
    fr: "Intégrer l'analyse de genre dans les systèmes d'alerte rapide",
    es: "Integrar el análisis de género en los sistemas de alerta temprana",
    ar: "إدماج التحليل الجنساني في نظم الإنذار المبكر",
    ru: "Включить гендерный анализ в системы раннего предупреждения",
    zh: "将性别分析纳入预警系统",
  },
  "Develop local action plans with women's organisations": {
    fr: "Élaborer des plans d'action locaux avec les organisations de femmes",
    es: "Elaborar planes de acción locales con las organizaciones de mujeres",
    ar: "وضع خطط عمل محلية بالتعاون مع المنظمات النسائية",
    ru: "Разрабатывать местные планы действий совместно с женскими организациями",
    zh: "与妇女组织共同制定地方行动计划",
  },
  "Publish sex-disaggregated data on peace and security programmes": {
    fr: "Publier des données ventilées par sexe sur les programmes de paix et de sécurité",
    es: "Publicar datos desglosados por sexo sobre los programas de paz y seguridad",
    ar: "نشر بيانات مصنفة حسب الجنس عن برامج السلام والأمن",
    ru: "Публиковать данные в разбивке по полу о программах в области мира и безопасности",
    zh: "公布和平与安全方案按性别分列的数据",
  },
  "Champion the agenda in regional and multilateral forums": {
    fr: "Promouvoir le programme dans les instances régionales et multilatérales",
    es: "Promover la agenda en los foros regionales y multilaterales",
    ar: "مناصرة خطة العمل في المحافل الإقليمية والمتعددة الأطراف",
    ru: "Продвигать повестку дня на региональных и многосторонних форумах",
    zh: "在区域和多边论坛上倡导该议程",
  },
  "Train diplomats on Women, Peace and Security": {
    fr: "Former les diplomates aux questions relatives aux femmes et à la paix et à la sécurité",
    es: "Capacitar a los diplomáticos sobre las mujeres y la paz y la seguridad",
    ar: "تدريب الدبلوماسيين في مجال المرأة والسلام والأمن",
    ru: "Обучать дипломатов по вопросу о женщинах и мире и безопасности",
    zh: "就妇女与和平与安全问题培训外交官",
  },
  "Include women in disarmament, demobilisation and reintegration programmes": {
    fr: "Inclure les femmes dans les programmes de désarmement, démobilisation et réintégration",
    es: "Incluir a las mujeres en los programas de desarme, desmovilización y reintegración",
    ar: "إشراك النساء في برامج نزع السلاح والتسريح وإعادة الإدماج",
    ru: "Включать женщин в программы разоружения, демобилизации и реинтеграции",
    zh: "让妇女参与解除武装、复员和重返社会方案",
  },
  "Make humanitarian and recovery assistance gender-responsive": {
    fr: "Rendre l'aide humanitaire et l'aide au relèvement sensibles au genre",
    es: "Lograr que la asistencia humanitaria y para la recuperación tenga en cuenta las cuestiones de género",
    ar: "جعل المساعدة الإنسانية ومساعدة التعافي مراعية للاعتبارات الجنسانية",
    ru: "Сделать гуманитарную помощь и помощь в восстановлении учитывающими гендерные аспекты",
    zh: "使人道主义援助和恢复援助对性别问题有敏感认识",
  },
  "Protect women human rights defenders": {
    fr: "Protéger les défenseuses des droits humains",
    es: "Proteger a las defensoras de los derechos humanos",
    ar: "حماية المدافعات عن حقوق الإنسان",
    ru: "Защищать женщин — правозащитников",
    zh: "保护女性人权维护者",
  },
  "Dedicate a share of peace and security funding to gender equality": {
    fr: "Consacrer une part du financement de la paix et de la sécurité à l'égalité des genres",
    es: "Destinar una parte de la financiación de la paz y la seguridad a la igualdad de género",
    ar: "تخصيص حصة من تمويل السلام والأمن للمساواة بين الجنسين",
    ru: "Направлять часть финансирования в области мира и безопасности на достижение гендерного равенства",
    zh: "将和平与安全资金的一部分专门用于性别平等",
  },
  "Apply gender analysis to arms control and small arms policy": {
    fr: "Appliquer l'analyse de genre à la maîtrise des armements et à la politique relative aux armes légères",
    es: "Aplicar el análisis de género al control de armamentos y a la política sobre armas pequeñas",
    ar: "تطبيق التحليل الجنساني على تحديد الأسلحة وسياسة الأسلحة الصغيرة",
    ru: "Применять гендерный анализ в сфере контроля над вооружениями и политики в области стрелкового оружия",
    zh: "将性别分析应用于军备控制和小武器政策",
  },
  "Create a parliamentary caucus on Women, Peace and Security": {
    fr: "Créer un groupe parlementaire sur les femmes et la paix et la sécurité",
    es: "Crear un grupo parlamentario sobre las mujeres y la paz y la seguridad",
    ar: "إنشاء تجمع برلماني معني بالمرأة والسلام والأمن",
    ru: "Создать парламентскую группу по вопросу о женщинах и мире и безопасности",
    zh: "设立妇女与和平与安全问题议员小组",
  },
};

/** The description of a fictional commitment by `member`, in each other language. */
export const SCALE_DESCRIPTION: Record<OtherLocale, (member: string) => string> = {
  fr: (member) =>
    `Données de démonstration : engagement fictif de ${member}, créé pour tester l'outil de suivi à grande échelle.`,
  es: (member) =>
    `Datos de demostración: compromiso ficticio de ${member}, generado para probar el sistema de seguimiento a gran escala.`,
  ar: (member) => `بيانات توضيحية: التزام وهمي من ${member}، أُنشئ لاختبار أداة التتبع على نطاق واسع.`,
  ru: (member) =>
    `Демонстрационные данные: вымышленное обязательство участника ${member}, созданное для проверки системы отслеживания в большом масштабе.`,
  zh: (member) => `演示数据：${member}的虚构承诺，为大规模测试跟踪系统而生成。`,
};
