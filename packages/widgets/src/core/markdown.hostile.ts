/**
 * Script-injection payloads for the Markdown renderer's tests. Each one, if it ever ran, would
 * call the page's canary `__vnPwned()` (directly, or through `parent.` from a frame); the tests
 * also inspect the DOM left behind, which catches payloads that would only run on a click.
 */

/** Event-handler attributes, on elements that fire them without any interaction. */
const eventHandlers = [
  '<img src=x onerror=__vnPwned()>',
  '<img src="data:," onerror="__vnPwned()">',
  '<img/src=x/onerror=__vnPwned()>',
  '<img src=`x` onerror=__vnPwned()>',
  '<img src=x onerror\n=__vnPwned()>',
  '<img src=x o\u0000nerror=__vnPwned()>',
  '<img src=x onerror=&#95;&#95;vnPwned()>',
  '<svg onload=__vnPwned()>',
  '<body onload=__vnPwned()>',
  '<body onpageshow=__vnPwned()>',
  '<frameset onload=__vnPwned()>',
  '<input autofocus onfocus=__vnPwned()>',
  '<div tabindex=1 autofocus onfocus=__vnPwned() onfocusin=__vnPwned()>focus me</div>',
  '<style>@keyframes vn{from{color:red}to{color:blue}}</style><p style="animation:vn 1ms" onanimationstart=__vnPwned() onanimationend=__vnPwned()>spin</p>',
  '<p style="transition:color 1ms" ontransitionrun=__vnPwned()>move</p>',
  '<svg><animate onbegin=__vnPwned() attributeName=x dur=1ms></animate></svg>',
  '<details open ontoggle=__vnPwned()><summary>x</summary>y</details>',
  '<video><source src=x onerror=__vnPwned()></video>',
  '<audio src=x onerror=__vnPwned()></audio>',
  '<video poster=javascript:__vnPwned() src=x onerror=__vnPwned()></video>',
  '<iframe onload=__vnPwned()></iframe>',
  '<marquee onstart=__vnPwned()>x</marquee>',
  '<a href="https://example.org" onmouseover=__vnPwned() onclick=__vnPwned() onfocus=__vnPwned()>x</a>',
  '<p onpointerenter=__vnPwned() onscrollend=__vnPwned()>x</p>',
  '<link rel=stylesheet href="data:text/css,p{}" onload=__vnPwned()>',
  '<input type=image src=x onerror=__vnPwned()>',
  '<isindex type=image src=x onerror=__vnPwned()>',
  '<vn-widget onclick=__vnPwned()>custom</vn-widget><div is="vn-widget" onclick=__vnPwned()>x</div>',
  '<img srcset="x 1x, y 2x" onerror=__vnPwned()>',
];

/** Scripts, plain and disguised. */
const scripts = [
  '<script>__vnPwned()</script>',
  '<ScRiPt>__vnPwned()</sCrIpT>',
  '<script src="data:text/javascript,__vnPwned()"></script>',
  '<<script>script>__vnPwned()<</script>/script>',
  '<scr<script>ipt>__vnPwned()</scr</script>ipt>',
  '<script\n>__vnPwned()</script\n>',
];

/** `javascript:` and friends, in HTML attributes: entities, whitespace, case, encodings. */
const dangerousUrlsInHtml = [
  '<a href="javascript:__vnPwned()">x</a>',
  '<a href="JaVaScRiPt:__vnPwned()">x</a>',
  '<a href="  javascript:__vnPwned()">x</a>',
  '<a href="\u0001javascript:__vnPwned()">x</a>',
  '<a href="jav&#x09;ascript:__vnPwned()">x</a>',
  '<a href="java\nscript:__vnPwned()">x</a>',
  '<a href="java&#10;script:__vnPwned()">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__vnPwned()">x</a>',
  '<a href="&#x6A;avascript&colon;__vnPwned()">x</a>',
  '<a href="&#0000106avascript:__vnPwned()">x</a>',
  '<a href="javascript&#x3A;__vnPwned()">x</a>',
  '<a href="javas%63ript:__vnPwned()">x</a>',
  '<a href="vbscript:__vnPwned()">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX192blB3bmVkKCk8L3NjcmlwdD4=">x</a>',
  '<a href="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0icGFyZW50Ll9fdm5Qd25lZCgpIi8+">x</a>',
  '<a href="//evil.example/">protocol-relative</a><a href="\\\\evil.example">backslashes</a>',
  '<a href="https://example.org" target="_blank" rel="opener" ping="https://evil.example">x</a>',
  '<table background="javascript:__vnPwned()"><tr><td>x</td></tr></table>',
  '<blockquote cite="javascript:__vnPwned()">x</blockquote>',
  '<object data="javascript:__vnPwned()"></object>',
  '<object data="data:text/html,<script>parent.__vnPwned()</script>"></object>',
  '<embed src="javascript:__vnPwned()">',
  '<iframe src="javascript:parent.__vnPwned()"></iframe>',
  '<iframe srcdoc="<script>parent.__vnPwned()</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=parent.__vnPwned()&gt;"></iframe>',
  '<form action="javascript:__vnPwned()"><button>send</button></form>',
  '<button formaction="javascript:__vnPwned()">send</button>',
  '<form><input type=submit formaction="javascript:__vnPwned()"></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__vnPwned()">',
  '<base href="javascript:__vnPwned()//"><a href="/x">x</a>',
  '<base href="https://evil.example/"><a href="relative">x</a>',
];

/** The same URLs through Markdown syntax: inline, angle-bracketed, reference, autolink, image. */
const dangerousUrlsInMarkdown = [
  '[x](javascript:__vnPwned())',
  '[x](JAVASCRIPT:__vnPwned())',
  '[x](javascript&#58;__vnPwned())',
  '[x](javas%63ript:__vnPwned())',
  '[x](<javascript:__vnPwned()>)',
  '[x]( javascript:__vnPwned() "title")',
  '[x](vbscript:__vnPwned())',
  '[x](data:text/html,<script>parent.__vnPwned()</script>)',
  '<javascript:__vnPwned()>',
  '<vbscript:__vnPwned()>',
  '[x][evil]\n\n[evil]: javascript:__vnPwned()',
  '[evil]\n\n[evil]: <javascript:__vnPwned()> "title"',
  '[x][]\n\n[x]: data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX192blB3bmVkKCk8L3NjcmlwdD4=',
  '![x](javascript:__vnPwned())',
  '![x](x" onerror="__vnPwned())',
  '![x" onerror="__vnPwned()](https://example.org/a.png)',
  '[x](https://example.org" onmouseover="__vnPwned())',
  '[x](https://example.org \'a" onmouseover="__vnPwned()\')',
  '[<img src=x onerror=__vnPwned()>](https://example.org)',
  '[x](mailto:a@example.org?body=<script>__vnPwned()</script>)',
  '[relative](/tramites) [fragment](#top) [scheme-less](www.example.org)',
];

/** SVG and MathML: navigation, animation and namespace-confusion (mXSS) tricks. */
const foreignContent = [
  '<svg><a xlink:href="javascript:__vnPwned()"><text y=20>x</text></a></svg>',
  '<svg><a href="javascript:__vnPwned()"><text y=20>x</text></a></svg>',
  '<svg><animate xlink:href=#vn attributeName=href values="javascript:__vnPwned()"/><a id=vn><text y=20>x</text></a></svg>',
  '<svg><set attributeName=onmouseover to=__vnPwned()></set></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=\'x\' xmlns=\'http://www.w3.org/2000/svg\'><image href=\'x\' onerror=\'parent.__vnPwned()\'/></svg>#x"/></svg>',
  '<svg><script>__vnPwned()</script></svg>',
  '<svg><style><img src=x onerror=__vnPwned()></style></svg>',
  '<svg></p><style><a id="</style><img src=1 onerror=__vnPwned()>">',
  '<svg><foreignObject><iframe srcdoc="&lt;script&gt;parent.__vnPwned()&lt;/script&gt;"></iframe></foreignObject></svg>',
  '<math><maction actiontype=statusline xlink:href="javascript:__vnPwned()">x</maction></math>',
  '<math href="javascript:__vnPwned()">click</math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__vnPwned()>',
  '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=__vnPwned()>"></style></h1>',
  '<math><annotation-xml encoding="text/html"><style><img src=x onerror=__vnPwned()></style></annotation-xml></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__vnPwned()>',
  '<math><mi><table><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=__vnPwned() src=1>">',
];

/** Raw-text and template elements whose parsing changes between contexts (mutation XSS). */
const mutationXss = [
  '<template><img src=x onerror=__vnPwned()></template>',
  '<template shadowrootmode="open"><img src=x onerror=__vnPwned()></template>',
  '<div><template shadowrootmode="open"><slot></slot><img src=x onerror=__vnPwned()></template>x</div>',
  '<noscript><p title="</noscript><img src=x onerror=__vnPwned()>"></noscript>',
  '<style><style/><img src=x onerror=__vnPwned()>',
  '<style>p{}</style><img src=x onerror=__vnPwned()>',
  '<noembed><img title="</noembed><img src=x onerror=__vnPwned()>"></noembed>',
  '<noframes><img title="</noframes><img src=x onerror=__vnPwned()>"></noframes>',
  '<xmp><img title="</xmp><img src=x onerror=__vnPwned()>"></xmp>',
  '<textarea><img title="</textarea><img src=x onerror=__vnPwned()>"></textarea>',
  '<title><img title="</title><img src=x onerror=__vnPwned()>"></title>',
  '<select><template><img src=x onerror=__vnPwned()></template></select>',
  '<table><tr><td><form><style></td></tr></table><img src=x onerror=__vnPwned()></style>',
  '<plaintext><img src=x onerror=__vnPwned()>',
];

/** Comments, processing instructions and CDATA that end earlier than they look. */
const commentTricks = [
  '<!--><img src=x onerror=__vnPwned()>-->',
  '<!-- --!><img src=x onerror=__vnPwned()> -->',
  '<!--<img src="--><img src=x onerror=__vnPwned()//">',
  '<!-- x --><a href="javascript:__vnPwned()">x</a><!-- y -->',
  '<?xml><img src=x onerror=__vnPwned()>?>',
  '<![CDATA[><img src=x onerror=__vnPwned()>]]>',
  '<!DOCTYPE html><img src=x onerror=__vnPwned()>',
];

/** Unclosed and malformed markup. */
const brokenMarkup = [
  '<img src=x onerror=__vnPwned()',
  '<a href="javascript:__vnPwned()"',
  '<div><p>x<img src=x onerror=__vnPwned()//<',
  '<img """><script>__vnPwned()</script>">',
  '<a href="https://example.org"><a href="javascript:__vnPwned()">nested</a></a>',
  '<table><img src=x onerror=__vnPwned()></table>',
  '</p><img src=x onerror=__vnPwned()><p>',
  '<div title="x"onmouseover=__vnPwned()>x</div>',
];

/** Markdown constructs carrying HTML: emphasis, tables, headings, quotes, lists, code. */
const markdownCarriers = [
  '*<img src=x onerror=__vnPwned()>*',
  '| a | b |\n|---|---|\n| <img src=x onerror=__vnPwned()> | <a href="javascript:__vnPwned()">x</a> |',
  '# <svg onload=__vnPwned()>',
  'Title <img src=x onerror=__vnPwned()>\n===',
  '> <iframe src="javascript:parent.__vnPwned()"></iframe>',
  '- [ ] <input onfocus=__vnPwned() autofocus>\n- [x] done',
  '1. <details open ontoggle=__vnPwned()>x</details>',
  '```html\n<script>__vnPwned()</script>\n```',
  '```"><img src=x onerror=__vnPwned()>\ncode\n```',
  '`<img src=x onerror=__vnPwned()>`',
  '    <img src=x onerror=__vnPwned()>',
  '<div>\n\n[x](javascript:__vnPwned())\n\n</div>',
  '<div markdown="1" onclick=__vnPwned()>*x*</div>',
];

/** DOM clobbering and layout/focus hijacking (nothing to execute; the DOM checks catch these). */
const clobbering = [
  '<a id="location" href="https://example.org">x</a>',
  '<img name="cookie"><img name="getElementById">',
  '<form name="body"><input name="attributes"></form>',
  '<a id="__vnPwned" name="__vnPwned">x</a>',
  '<a id="defaultView" name="defaultView">x</a><a id="defaultView" name="x">y</a>',
  '<p id="vn-md-table">x</p><p name="vnConfig">y</p>',
  '<a href="https://example.org" style="position:fixed;inset:0">cover</a>',
  '<div popover id=p>x</div><button popovertarget=p>open</button>',
  '<p tabindex=1>first</p><p tabindex=-1>x</p>',
  '<p slot=x part=x exportparts=x>x</p>',
];

/** Every hand-written payload, flattened. */
export const hostilePayloads: readonly string[] = [
  ...eventHandlers,
  ...scripts,
  ...dangerousUrlsInHtml,
  ...dangerousUrlsInMarkdown,
  ...foreignContent,
  ...mutationXss,
  ...commentTricks,
  ...brokenMarkup,
  ...markdownCarriers,
  ...clobbering,
];
