// The words of the weekly tables, in the tables' own chunk (see hours-table.ts); the picker
// looks them up like its other strings, so `strings` and `registerStrings` override them too.
import { defineStrings } from '../core/localize.ts';

export const hoursStrings = defineStrings({
  es: {
    hoursCaption: 'Horario semanal de {name}',
    hoursZone: 'Horas de {zone}.',
    day: 'Día',
    hoursColumn: 'Horario',
    closedDay: 'Cerrado',
    today: 'hoy',
    upcoming: 'Próximos cierres',
    holidayEntry: '{date}: {name} (festivo)',
    closureEntry: '{dates}: {reason}',
  },
  en: {
    hoursCaption: 'Weekly opening hours of {name}',
    hoursZone: 'Times in {zone}.',
    day: 'Day',
    hoursColumn: 'Hours',
    closedDay: 'Closed',
    today: 'today',
    upcoming: 'Coming closures',
    holidayEntry: '{date}: {name} (public holiday)',
    closureEntry: '{dates}: {reason}',
  },
  pt: {
    hoursCaption: 'Horário semanal de {name}',
    hoursZone: 'Horas de {zone}.',
    day: 'Dia',
    hoursColumn: 'Horário',
    closedDay: 'Fechado',
    today: 'hoje',
    upcoming: 'Próximos encerramentos',
    holidayEntry: '{date}: {name} (feriado)',
    closureEntry: '{dates}: {reason}',
  },
});

export type HoursStringKey = keyof typeof hoursStrings.es;
