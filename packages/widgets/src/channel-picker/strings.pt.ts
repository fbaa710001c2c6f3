// The channel picker's strings in Portuguese, loaded only on pages that show it.
import type { StringTable } from '../core/localize.ts';
import type { ChannelPickerStringKey } from './strings.ts';

const pt: StringTable<ChannelPickerStringKey> = {
  title: 'Canais de atendimento',
  loadingChannels: 'A carregar os canais de atendimento…',
  unavailableChannels: 'Não conseguimos mostrar agora os canais de atendimento. Tente novamente dentro de alguns minutos.',
  offlineChannels: 'Não há ligação à internet, por isso não conseguimos mostrar os canais de atendimento. Voltaremos a tentar quando a ligação regressar.',
  empty: 'Não há canais de atendimento publicados.',
  loaded: { one: '{count} canal de atendimento carregado.', other: '{count} canais de atendimento carregados.' },
  statusOpen: 'Aberto agora',
  statusAlways: 'Sempre disponível',
  statusClosed: 'Fechado',
  statusHoliday: 'Fechado por feriado ({name})',
  statusClosure: 'Temporariamente fechado',
  statusNoHours: 'Sem horário de atendimento publicado',
  closes: 'fecha {when}',
  opens: 'abre {when}',
  whenToday: { one: 'à {time}', other: 'às {time}' },
  whenTomorrow: { one: 'amanhã à {time}', other: 'amanhã às {time}' },
  whenWeekday: { one: '{weekday} à {time}', other: '{weekday} às {time}' },
  whenDate: { one: 'a {date} à {time}', other: 'a {date} às {time}' },
  call: 'Ligar para o {contact}',
  write: 'Escrever para {contact}',
  sms: 'Enviar SMS para o {contact}',
  openLink: 'Abrir {contact}',
  whatsapp: 'Escrever por WhatsApp para o {contact}',
  videoCall: 'Iniciar a videochamada',
  map: 'Ver no mapa',
  hours: 'Horário',
  hoursUnavailable: 'Não foi possível carregar o horário. Volte a abri-lo quando tiver ligação.',
  responseTime: 'Tempo habitual de resposta: {duration}',
};

export default pt;
