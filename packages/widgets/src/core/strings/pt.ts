// Strings every element shares, in Portuguese (loaded only by pages that show it).
import type { CoreStringKey } from './es.ts';

const pt: Record<CoreStringKey, string> = {
  loading: 'A carregar…',
  retry: 'Tentar novamente',
  retrying: 'A tentar novamente…',
  offline: 'Não há ligação à internet. Voltaremos a tentar quando regressar.',
  unavailable: 'Este serviço não está disponível neste momento.',
  noEndpoint: 'Este serviço não está configurado.',
};

export default pt;
