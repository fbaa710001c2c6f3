// The words of <vn-faq-search>: Spanish here (the default and the fallback), English and
// Portuguese in their own chunks, loaded only where a page shows them (all complete).
// Integrators override any of them per instance (`strings`) or for the kit (`registerStrings`).
import { defineStrings, type Vars } from '../core/localize.ts';
import type { CoreStringKey } from '../core/strings/index.ts';

const es = {
  label: 'Busca en las preguntas frecuentes',
  hint: 'Escribe tu duda con tus propias palabras; no hace falta poner tildes.',
  submit: 'Buscar',
  searching: 'Buscando…',
  noResults: 'Ningún resultado',
  resultCount: { one: '{count} resultado', other: '{count} resultados' },
  resultsHeading: 'Resultados para «{query}»',
  popularHeading: 'Las más consultadas',
  topicsHeading: 'Buscar por tema',
  topicArticles: { one: '{count} pregunta', other: '{count} preguntas' },
  topicFilter: 'Buscando en el tema «{topic}»',
  allTopics: 'Buscar en todos los temas',
  noResultsTitle: 'No hemos encontrado nada',
  noResultsText: 'Prueba con otras palabras, o habla con una persona:',
  referralHandledBy: 'Esto no se tramita aquí. Quién lo gestiona: {name}.',
  referralLink: 'Su web: {name}',
  referralContactText: 'Si aun así necesitas ayuda, habla con una persona:',
  contactPage: 'Todas las formas de contactar',
  backToResults: 'Volver a los resultados',
  backToTopic: 'Volver al tema',
  backToStart: 'Volver a las preguntas',
  fallbackNotice: 'Este artículo no está disponible en {requested}; se muestra en {shown}.',
  updated: 'Actualizado el {date}',
  helpfulQuestion: '¿Te ha resultado útil?',
  yes: 'Sí',
  no: 'No',
  whyLabel: '¿Qué te ha faltado? (opcional)',
  privacyWarning: 'No escribas datos personales (nombre, DNI, teléfono, correo, dirección): este comentario es anónimo y no recibe respuesta.',
  send: 'Enviar',
  sending: 'Enviando…',
  thanksYes: 'Gracias por tu respuesta.',
  thanksNo: 'Gracias. Tu opinión nos ayuda a mejorar esta respuesta.',
  feedbackFailed: 'No hemos podido enviar tu respuesta.',
  feedbackOffline: 'No hay conexión: tu respuesta no se ha enviado todavía.',
  searchUnavailable: 'El buscador no responde ahora mismo.',
  offlineKept: 'No hay conexión a internet. Lo que ya estaba cargado sigue disponible.',
  unavailableKept: 'El buscador no responde ahora mismo. Lo que ya estaba cargado sigue disponible.',
  articleNotFound: 'No encontramos esta pregunta; puede que se haya retirado.',
  tableLabel: 'Tabla',
};

export type FaqSearchStringKey = keyof typeof es;

export const faqSearchStrings = defineStrings<FaqSearchStringKey>({
  es,
  en: () => import('./strings.en.ts'),
  pt: () => import('./strings.pt.ts'),
});

/** Looks a string up in the citizen's language (the views get it from the element). */
export type Translate = (key: FaqSearchStringKey | CoreStringKey, vars?: Vars) => string;
