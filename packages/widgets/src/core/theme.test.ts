import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { ChannelPicker } from '../channel-picker/channel-picker.ts';
import { darkColors, lightColors, shapeTokens } from './theme.ts';

function cssText(styles: unknown): string {
  const list = Array.isArray(styles) ? styles.flat(Infinity) : [styles];
  return list.map((style) => (style as CSSResult).cssText ?? '').join('\n');
}

describe('theme tokens', () => {
  const css = cssText(ChannelPicker.styles);
  const declared = new Set([...css.matchAll(/(--_vn-[\w-]+)\s*:/g)].map((match) => match[1]));
  const used = new Set([...css.matchAll(/var\(\s*(--_vn-[\w-]+)/g)].map((match) => match[1]));

  it('every private token an element uses is declared by the theme', () => {
    expect([...used].filter((token) => !declared.has(token))).to.deep.equal([]);
  });

  it('every token the theme declares is used by the styles', () => {
    expect([...declared].filter((token) => !used.has(token))).to.deep.equal([]);
  });

  it('light and dark define the same colours, and each global token has a documented default', () => {
    expect(Object.keys(darkColors).sort()).to.deep.equal(Object.keys(lightColors).sort());
    for (const name of Object.keys(lightColors)) expect(css).to.contain(`var(--vn-color-${name}, `);
    for (const name of Object.keys(shapeTokens)) expect(css).to.contain(`var(--vn-${name}, `);
  });

  it('has a forced-colours block made of system colours only', () => {
    const forced = /@media \(forced-colors: active\)\s*{([^}]*{[^}]*})/.exec(css)?.[1] ?? '';
    expect(forced).to.contain('CanvasText');
    expect(forced).to.not.match(/#[0-9a-f]{3,6}/i);
  });
});
