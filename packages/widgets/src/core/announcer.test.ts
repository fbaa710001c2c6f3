import { expect } from '@open-wc/testing';
import { announce, announcerElement, ANNOUNCER_ID } from './announcer.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('announcer', () => {
  it('keeps one live region per page, in the light DOM, polite and assertive', async () => {
    announce('Primero');
    announce('Urgente', 'assertive');
    await settle();
    expect(document.querySelectorAll(`#${ANNOUNCER_ID}`)).to.have.length(1);
    const host = announcerElement()!;
    expect(host.parentElement).to.equal(document.body);
    expect(host.querySelector('[aria-live="polite"]')!.textContent).to.equal('Primero');
    expect(host.querySelector('[aria-live="assertive"]')!.textContent).to.equal('Urgente');
  });

  it('is visually hidden without inline styles, even under hostile page CSS, yet stays in the accessibility tree', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '* { all: revert; } span { display: none !important; } vn-announcer { position: static; width: 500px; height: 500px; clip-path: none; }';
    document.head.append(hostile);
    try {
      announce('Oculto');
      await settle();
      const host = announcerElement()!;
      expect(host.hasAttribute('style')).to.equal(false);
      const box = host.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([1, 1]);
      const region = host.querySelector('[aria-live="polite"]')!;
      expect(getComputedStyle(region).display).to.not.equal('none');
    } finally {
      hostile.remove();
    }
  });

  it('announces the same message twice (the region changes each time)', async () => {
    const region = () => announcerElement()!.querySelector('[aria-live="polite"]')!;
    announce('Repetido');
    await settle();
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(region().textContent ?? ''));
    observer.observe(region(), { childList: true, characterData: true, subtree: true });
    announce('Repetido');
    await settle();
    observer.disconnect();
    expect(changes).to.deep.equal(['', 'Repetido']);
  });

  it('is shared with another copy of the kit, found by its id', async () => {
    announce('Una');
    await settle();
    // Another copy finds the region by id and speaks through plain DOM, as this one does.
    const other = document.getElementById(ANNOUNCER_ID)!.querySelector('[data-vn-live="polite"]')!;
    other.textContent = 'Otra copia';
    announce('De nuevo');
    await settle();
    expect(document.querySelectorAll(`#${ANNOUNCER_ID}`)).to.have.length(1);
    expect(other.textContent).to.equal('De nuevo');
  });
});
