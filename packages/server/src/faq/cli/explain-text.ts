// A search trace (search/trace.ts) as text for a terminal: each stage's candidates, scores and the
// rule that decided, in the pipeline's order.
import type { SearchTrace } from '../search/trace.ts';
import type { RuleDecision } from '../search/trace.ts';

const SHOWN_AT_MOST = 8;

function json(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function rules(decision: RuleDecision): string[] {
  return decision.rules.map((rule) => {
    const mark = rule.decided ? '→' : ' ';
    const settings = rule.settings ? `  settings ${json(rule.settings)}` : '';
    return `    ${mark} ${rule.rule}: ${json(rule.outcome)}${settings}`;
  });
}

export function traceText(trace: SearchTrace): string {
  const { request } = trace;
  const lines = [
    `"${request.query}" on ${request.site} (${request.lang}${request.topic ? `, topic ${request.topic}` : ''})`,
    `outcome: ${trace.outcome}, decided by ${trace.decidedBy}`,
  ];
  if (!trace.words.length) lines.push('', 'analyse: no words to search');
  for (const corpus of trace.corpora) {
    lines.push('', `== corpus ${corpus.lang}${corpus.standsInFor ? ` (standing in for ${corpus.standsInFor})` : ''}, ${corpus.articles} articles`);
    const words = corpus.analyse.tokens.map((token) => (token.stop ? `(${token.word})` : token.known ? `${token.word}=${token.known}[${token.articles}]` : `${token.word}?`));
    lines.push(`1 analyse   ${words.join(' ')}`);
    lines.push(`2 expand    ${corpus.expand.openWord ? `open word "${corpus.expand.openWord}"` : 'no open word'}`);
    for (const group of corpus.expand.groups) {
      const alternatives = group.alternatives.map((item) => `${item.lexeme} ${item.kind} ${item.weight}`).join(', ');
      lines.push(`    ${group.word} (value ${group.value}): ${alternatives || 'unknown to every article'}`);
    }
    const candidates = corpus.match.candidates.slice(0, SHOWN_AT_MOST).map((item) => `${item.id} ${item.score}`);
    lines.push(`3 match     ${corpus.match.candidates.length} from the postings${candidates.length ? `: ${candidates.join(', ')}` : ''}`);
    const asked = corpus.match.asked.map((item) => `${item.id} ${item.similarity}`);
    lines.push(`            close questions: ${asked.join(', ') || 'none'}`);
    lines.push('4 score     rank   relev  cover  headl  asked  confidence (rule)');
    for (const article of corpus.score.articles.slice(0, SHOWN_AT_MOST)) {
      const numbers = [article.rank, article.relevance, article.coverage, article.headlineCoverage, article.asked].map((value) => value.toFixed(3).padStart(6)).join(' ');
      const confidence = article.confidence ? `${article.confidence} (${article.shownBy})` : 'not shown';
      lines.push(`    ${numbers}  ${confidence}  ${article.id}${article.askedOnly ? ' [by its questions]' : ''}`);
    }
    lines.push(`5 decide    shown: ${corpus.decide.shown.join(', ') || 'none'}`, ...rules(corpus.decide));
    lines.push(`6 place-asked  shown: ${corpus.placeAsked.shown.join(', ') || 'none'}`, ...rules(corpus.placeAsked));
  }
  lines.push('', `merged: ${trace.merged.join(', ') || 'none'}`);
  lines.push(`7 refer     ${trace.refer.referral ? `referred to ${trace.refer.referral}` : 'no referral'}`, ...rules(trace.refer));
  const results = trace.present.results.map((hit) => `${hit.id} ${hit.score} ${hit.confidence}`);
  lines.push(`8 present   ${results.join(', ') || 'no results'}`, ...rules(trace.present));
  return lines.join('\n');
}
