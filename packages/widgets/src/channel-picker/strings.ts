// The channel picker's strings: Spanish here (the default and the fallback), English and
// Portuguese in their own chunks, loaded only where a page shows them. `{time}` choose their
// plural form by the hour, which is how Spanish says "a la 1:00" but "a las 13:00" (and
// Portuguese "à 1:00", "às 13:00").
import { defineStrings } from '../core/localize.ts';

const es = {
  title: 'Canales de atención',
  loadingChannels: 'Cargando los canales de atención…',
  unavailableChannels: 'No podemos mostrar ahora los canales de atención. Inténtelo de nuevo en unos minutos.',
  offlineChannels: 'No hay conexión a internet, así que no podemos mostrar los canales de atención. Lo intentaremos de nuevo cuando vuelva la conexión.',
  empty: 'No hay canales de atención publicados.',
  loaded: { one: 'Se ha cargado {count} canal de atención.', other: 'Se han cargado {count} canales de atención.' },
  statusOpen: 'Abierto ahora',
  statusAlways: 'Siempre disponible',
  statusClosed: 'Cerrado',
  statusHoliday: 'Cerrado por festivo ({name})',
  statusClosure: 'Cerrado temporalmente',
  statusNoHours: 'Sin horario de atención publicado',
  closes: 'cierra {when}',
  opens: 'abre {when}',
  whenToday: { one: 'a la {time}', other: 'a las {time}' },
  whenTomorrow: { one: 'mañana a la {time}', other: 'mañana a las {time}' },
  whenWeekday: { one: 'el {weekday} a la {time}', other: 'el {weekday} a las {time}' },
  whenDate: { one: 'el {date} a la {time}', other: 'el {date} a las {time}' },
  call: 'Llamar al {contact}',
  write: 'Escribir a {contact}',
  sms: 'Enviar un SMS al {contact}',
  openLink: 'Abrir {contact}',
  whatsapp: 'Escribir por WhatsApp al {contact}',
  videoCall: 'Iniciar la videollamada',
  map: 'Ver en el mapa',
  hours: 'Horario',
  hoursUnavailable: 'No se ha podido cargar el horario. Vuelva a abrirlo cuando haya conexión.',
  responseTime: 'Tiempo habitual de respuesta: {duration}',
};

export type ChannelPickerStringKey = keyof typeof es;

export const channelPickerStrings = defineStrings<ChannelPickerStringKey>({
  es,
  en: () => import('./strings.en.ts'),
  pt: () => import('./strings.pt.ts'),
});
