// Strings every element shares, in English (loaded only by pages that show it).
import type { CoreStringKey } from './es.ts';

const en: Record<CoreStringKey, string> = {
  loading: 'Loading…',
  retry: 'Try again',
  retrying: 'Trying again…',
  offline: 'There is no internet connection. We will try again when it is back.',
  unavailable: 'This service is not available right now.',
  noEndpoint: 'This service is not set up.',
};

export default en;
