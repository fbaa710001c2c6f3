// A large FAQ for measuring search speed: deterministic variations of the real articles. Each
// variant keeps its department, mixes its article's paragraphs with others of the department,
// and names invented streets and districts, so that the vocabulary grows as a real one would.
import type { ArticleInput } from '../../packages/server/src/faq/import.ts';

/** A small, seeded pseudo-random generator (mulberry32), so that every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'al ba be bo ca ce co da de do fa ga gue la le lo ma me mo na ne no pa pe po ra re ro sa se so ta te to va ve vi za'.split(' ');
const PLACES = ['barrio', 'distrito', 'calle', 'plaza', 'avenida', 'urbanización', 'pedanía', 'polígono'];

export function syntheticArticles(real: readonly ArticleInput[], count: number, seed = 7): ArticleInput[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = () => {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(SYLLABLES);
    return word;
  };
  const byDepartment = new Map<string, ArticleInput[]>();
  for (const article of real) byDepartment.set(article.department, [...(byDepartment.get(article.department) ?? []), article]);
  const paragraphs = (article: ArticleInput) => article.body.split(/\n{2,}/).filter((part) => part.trim());

  const articles: ArticleInput[] = [];
  for (let index = 0; index < count; index++) {
    const base = real[index % real.length]!;
    const siblings = byDepartment.get(base.department)!;
    const other = pick(siblings);
    const place = `${pick(PLACES)} ${name()}`;
    const own = paragraphs(base).filter(() => random() < 0.7);
    const borrowed = paragraphs(other).filter(() => random() < 0.3);
    const body = [...own, ...borrowed]
      .sort(() => random() - 0.5)
      .concat(`Este procedimiento también se aplica en el ${place}, en la zona de ${name()} y junto a la calle ${name()}.`)
      .join('\n\n');
    const tags = [...base.tags.filter(() => random() < 0.6), ...other.tags.filter(() => random() < 0.3), place];
    articles.push({
      id: `${base.id}-${index}`.slice(0, 80),
      department: base.department,
      title: `${random() < 0.5 ? base.title : other.title.replace(/\?$/, '')} (${place})`,
      keywords: (base.keywords ?? []).filter(() => random() < 0.6),
      questions: (base.questions ?? []).filter(() => random() < 0.6),
      tags,
      body,
      updated: base.updated,
    });
  }
  return articles;
}
