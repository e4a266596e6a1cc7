// ISO 3166-1 country codes: alpha-3 (what members carry), alpha-2 (what Intl.DisplayNames names) and numeric (what
// world-atlas uses as feature ids). The 249 officially assigned codes; user-assigned codes such as XKX (Kosovo) have no
// numeric code, and world-atlas leaves those features without an id, so they are drawn but never matched to a member.

/** [alpha-3, alpha-2, numeric] */
const CODES: readonly (readonly [string, string, string])[] = [
  ["AFG","AF","004"], ["ALA","AX","248"], ["ALB","AL","008"], ["DZA","DZ","012"], ["ASM","AS","016"],
  ["AND","AD","020"], ["AGO","AO","024"], ["AIA","AI","660"], ["ATA","AQ","010"], ["ATG","AG","028"],
  ["ARG","AR","032"], ["ARM","AM","051"], ["ABW","AW","533"], ["AUS","AU","036"], ["AUT","AT","040"],
  ["AZE","AZ","031"], ["BHS","BS","044"], ["BHR","BH","048"], ["BGD","BD","050"], ["BRB","BB","052"],
  ["BLR","BY","112"], ["BEL","BE","056"], ["BLZ","BZ","084"], ["BEN","BJ","204"], ["BMU","BM","060"],
  ["BTN","BT","064"], ["BOL","BO","068"], ["BES","BQ","535"], ["BIH","BA","070"], ["BWA","BW","072"],
  ["BVT","BV","074"], ["BRA","BR","076"], ["IOT","IO","086"], ["BRN","BN","096"], ["BGR","BG","100"],
  ["BFA","BF","854"], ["BDI","BI","108"], ["CPV","CV","132"], ["KHM","KH","116"], ["CMR","CM","120"],
  ["CAN","CA","124"], ["CYM","KY","136"], ["CAF","CF","140"], ["TCD","TD","148"], ["CHL","CL","152"],
  ["CHN","CN","156"], ["CXR","CX","162"], ["CCK","CC","166"], ["COL","CO","170"], ["COM","KM","174"],
  ["COG","CG","178"], ["COD","CD","180"], ["COK","CK","184"], ["CRI","CR","188"], ["CIV","CI","384"],
  ["HRV","HR","191"], ["CUB","CU","192"], ["CUW","CW","531"], ["CYP","CY","196"], ["CZE","CZ","203"],
  ["DNK","DK","208"], ["DJI","DJ","262"], ["DMA","DM","212"], ["DOM","DO","214"], ["ECU","EC","218"],
  ["EGY","EG","818"], ["SLV","SV","222"], ["GNQ","GQ","226"], ["ERI","ER","232"], ["EST","EE","233"],
  ["SWZ","SZ","748"], ["ETH","ET","231"], ["FLK","FK","238"], ["FRO","FO","234"], ["FJI","FJ","242"],
  ["FIN","FI","246"], ["FRA","FR","250"], ["GUF","GF","254"], ["PYF","PF","258"], ["ATF","TF","260"],
  ["GAB","GA","266"], ["GMB","GM","270"], ["GEO","GE","268"], ["DEU","DE","276"], ["GHA","GH","288"],
  ["GIB","GI","292"], ["GRC","GR","300"], ["GRL","GL","304"], ["GRD","GD","308"], ["GLP","GP","312"],
  ["GUM","GU","316"], ["GTM","GT","320"], ["GGY","GG","831"], ["GIN","GN","324"], ["GNB","GW","624"],
  ["GUY","GY","328"], ["HTI","HT","332"], ["HMD","HM","334"], ["VAT","VA","336"], ["HND","HN","340"],
  ["HKG","HK","344"], ["HUN","HU","348"], ["ISL","IS","352"], ["IND","IN","356"], ["IDN","ID","360"],
  ["IRN","IR","364"], ["IRQ","IQ","368"], ["IRL","IE","372"], ["IMN","IM","833"], ["ISR","IL","376"],
  ["ITA","IT","380"], ["JAM","JM","388"], ["JPN","JP","392"], ["JEY","JE","832"], ["JOR","JO","400"],
  ["KAZ","KZ","398"], ["KEN","KE","404"], ["KIR","KI","296"], ["PRK","KP","408"], ["KOR","KR","410"],
  ["KWT","KW","414"], ["KGZ","KG","417"], ["LAO","LA","418"], ["LVA","LV","428"], ["LBN","LB","422"],
  ["LSO","LS","426"], ["LBR","LR","430"], ["LBY","LY","434"], ["LIE","LI","438"], ["LTU","LT","440"],
  ["LUX","LU","442"], ["MAC","MO","446"], ["MDG","MG","450"], ["MWI","MW","454"], ["MYS","MY","458"],
  ["MDV","MV","462"], ["MLI","ML","466"], ["MLT","MT","470"], ["MHL","MH","584"], ["MTQ","MQ","474"],
  ["MRT","MR","478"], ["MUS","MU","480"], ["MYT","YT","175"], ["MEX","MX","484"], ["FSM","FM","583"],
  ["MDA","MD","498"], ["MCO","MC","492"], ["MNG","MN","496"], ["MNE","ME","499"], ["MSR","MS","500"],
  ["MAR","MA","504"], ["MOZ","MZ","508"], ["MMR","MM","104"], ["NAM","NA","516"], ["NRU","NR","520"],
  ["NPL","NP","524"], ["NLD","NL","528"], ["NCL","NC","540"], ["NZL","NZ","554"], ["NIC","NI","558"],
  ["NER","NE","562"], ["NGA","NG","566"], ["NIU","NU","570"], ["NFK","NF","574"], ["MKD","MK","807"],
  ["MNP","MP","580"], ["NOR","NO","578"], ["OMN","OM","512"], ["PAK","PK","586"], ["PLW","PW","585"],
  ["PSE","PS","275"], ["PAN","PA","591"], ["PNG","PG","598"], ["PRY","PY","600"], ["PER","PE","604"],
  ["PHL","PH","608"], ["PCN","PN","612"], ["POL","PL","616"], ["PRT","PT","620"], ["PRI","PR","630"],
  ["QAT","QA","634"], ["REU","RE","638"], ["ROU","RO","642"], ["RUS","RU","643"], ["RWA","RW","646"],
  ["BLM","BL","652"], ["SHN","SH","654"], ["KNA","KN","659"], ["LCA","LC","662"], ["MAF","MF","663"],
  ["SPM","PM","666"], ["VCT","VC","670"], ["WSM","WS","882"], ["SMR","SM","674"], ["STP","ST","678"],
  ["SAU","SA","682"], ["SEN","SN","686"], ["SRB","RS","688"], ["SYC","SC","690"], ["SLE","SL","694"],
  ["SGP","SG","702"], ["SXM","SX","534"], ["SVK","SK","703"], ["SVN","SI","705"], ["SLB","SB","090"],
  ["SOM","SO","706"], ["ZAF","ZA","710"], ["SGS","GS","239"], ["SSD","SS","728"], ["ESP","ES","724"],
  ["LKA","LK","144"], ["SDN","SD","729"], ["SUR","SR","740"], ["SJM","SJ","744"], ["SWE","SE","752"],
  ["CHE","CH","756"], ["SYR","SY","760"], ["TWN","TW","158"], ["TJK","TJ","762"], ["TZA","TZ","834"],
  ["THA","TH","764"], ["TLS","TL","626"], ["TGO","TG","768"], ["TKL","TK","772"], ["TON","TO","776"],
  ["TTO","TT","780"], ["TUN","TN","788"], ["TUR","TR","792"], ["TKM","TM","795"], ["TCA","TC","796"],
  ["TUV","TV","798"], ["UGA","UG","800"], ["UKR","UA","804"], ["ARE","AE","784"], ["GBR","GB","826"],
  ["USA","US","840"], ["UMI","UM","581"], ["URY","UY","858"], ["UZB","UZ","860"], ["VUT","VU","548"],
  ["VEN","VE","862"], ["VNM","VN","704"], ["VGB","VG","092"], ["VIR","VI","850"], ["WLF","WF","876"],
  ["ESH","EH","732"], ["YEM","YE","887"], ["ZMB","ZM","894"], ["ZWE","ZW","716"],
];

const BY_ALPHA3 = new Map(CODES.map(([alpha3, alpha2, numeric]) => [alpha3, { alpha2, numeric }]));
const BY_NUMERIC = new Map(CODES.map(([alpha3, , numeric]) => [numeric, alpha3]));

/** The alpha-3 code of a world-atlas feature id ("170" → "COL"); null for a missing, "-99" or unknown id. */
export function alpha3FromNumeric(id: string | number | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  const numeric = String(id).padStart(3, "0");
  return /^\d{3}$/.test(numeric) ? (BY_NUMERIC.get(numeric) ?? null) : null;
}

/** The numeric code of an alpha-3 code ("COL" → "170"); null when unknown. */
export function numericFromAlpha3(alpha3: string): string | null {
  return BY_ALPHA3.get(alpha3.toUpperCase())?.numeric ?? null;
}

/** The alpha-2 code of an alpha-3 code ("COL" → "CO"), for Intl.DisplayNames; null when unknown. */
export function alpha2FromAlpha3(alpha3: string): string | null {
  return BY_ALPHA3.get(alpha3.toUpperCase())?.alpha2 ?? null;
}
