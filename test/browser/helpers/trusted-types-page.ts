// A frame on test/browser/fixtures/csp/element.html: the strict policy of an embedding page with
// Trusted Types enforced (`require-trusted-types-for 'script'; trusted-types lit-html dompurify`,
// the header set by web-test-runner.config.mjs), where an element of the registry is shown.

interface ElementPage {
  violations: string[];
  define(tag: string): Promise<void>;
}

type Settling = HTMLElement & { settled?: () => Promise<void> };

export const TRUSTED_TYPES_PAGE = '/test/browser/fixtures/csp/element.html';

export class TrustedTypesPage {
  private constructor(
    readonly frame: HTMLIFrameElement,
    private readonly page: ElementPage,
  ) {}

  /** Opens the page in a frame of the test page and defines `tag` there, from the registry. */
  static async open(tag: string): Promise<TrustedTypesPage> {
    const frame = document.createElement('iframe');
    frame.title = 'Trusted Types page';
    frame.src = TRUSTED_TYPES_PAGE;
    // Wide enough for the elements' wide layout.
    frame.width = '1024';
    frame.height = '768';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = (frame.contentWindow as (Window & { __vnElementPage?: ElementPage }) | null)?.__vnElementPage;
    if (!page) {
      frame.remove();
      throw new Error('the Trusted Types page script did not run (blocked?)');
    }
    await page.define(tag);
    return new TrustedTypesPage(frame, page);
  }

  get document(): Document {
    return this.frame.contentDocument!;
  }

  /** Shows `markup` alone in the page's <main> and waits until its element has settled. */
  async show<T extends HTMLElement = HTMLElement>(markup: string): Promise<T> {
    // Parsed here, where no policy applies; the frame only adopts the nodes.
    const template = document.createElement('template');
    template.innerHTML = markup;
    const main = this.document.querySelector('main')!;
    main.querySelectorAll(':scope > :not(h1)').forEach((node) => node.remove());
    main.append(this.document.importNode(template.content, true));
    const element = main.querySelector(':scope > :not(h1)') as Settling | null;
    if (!element) throw new Error(`nothing to show in ${markup}`);
    await element.settled?.();
    return element as T;
  }

  /** The violations reported so far (violation events are dispatched a moment later), then forgotten. */
  async takeViolations(): Promise<string[]> {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return this.page.violations.splice(0);
  }

  close(): void {
    this.frame.remove();
  }
}
