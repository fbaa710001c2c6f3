// A language's name in the reader's own ("español" for a Spanish reader, "Spanish" for an
// English one): for titles and articles shown in Spanish because a translation is missing.

/** One Intl.DisplayNames per locale: they are costly to create and a list names many titles. */
const names = new Map<string, Intl.DisplayNames>();

export function languageName(locale: string, lang: string): string {
  let display = names.get(locale);
  if (!display) names.set(locale, (display = new Intl.DisplayNames([locale], { type: 'language' })));
  return display.of(lang) ?? lang;
}
