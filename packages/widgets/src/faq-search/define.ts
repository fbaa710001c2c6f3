import { define } from '../core/define.ts';
import { FaqSearch } from './faq-search.ts';

define('vn-faq-search', FaqSearch);
