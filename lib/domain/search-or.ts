/**
 * PostgreSQL's websearch_to_tsquery knows one word for "either": the English "or". People search in their own
 * language, so the word for "or" in each of the site's six languages, and the symbol "|", mean the same here:
 * "paix ou sécurité", "paz o seguridad", "мир или безопасность", "السلام أو الأمن", "和平 或 安全", "peace | security".
 * Only a word standing alone between two others counts: "ou" inside a word, or at either end, is searched as text.
 */
const OR_WORDS = ["or", "ou", "o", "u", "или", "أو", "او", "或", "或者", "\\|"];
const OR_BETWEEN_WORDS = new RegExp(`(?<=\\S)\\s+(?:${OR_WORDS.join("|")})\\s+(?=\\S)`, "giu");

export function withSearchOr(query: string): string {
  return query.replace(OR_BETWEEN_WORDS, " or ");
}
