import { expect } from '@open-wc/testing';
it('runs', () => { expect(document.body).to.exist; });
