// Strings every element shares, in Spanish (the kit's first language).
export const es = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  retrying: 'Intentándolo de nuevo…',
  offline: 'No hay conexión a internet. Lo intentaremos de nuevo cuando vuelva.',
  unavailable: 'Este servicio no está disponible ahora mismo.',
  noEndpoint: 'Este servicio no está configurado.',
};

export type CoreStringKey = keyof typeof es;
