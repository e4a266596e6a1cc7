// A choice of the site's six languages, each named in itself and marked with its own language, so a screen reader
// reads "Français" in French and a reader finds their language whatever the page's language is.
import { directionOf, localeNames, locales, type Locale } from "@/lib/i18n/locales";
import { INPUT_CLASS } from "./styles";

type Control = { id: string; "aria-describedby"?: string; "aria-invalid"?: true; required?: true };

export function LanguageSelect({ control, name, value }: { control: Control; name: string; value: Locale }) {
  return (
    <select {...control} name={name} defaultValue={value} className={`${INPUT_CLASS} max-w-md`}>
      {locales.map((locale) => (
        <option key={locale} value={locale} lang={locale} dir={directionOf(locale)}>
          {localeNames[locale]}
        </option>
      ))}
    </select>
  );
}
