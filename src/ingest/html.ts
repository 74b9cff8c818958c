// A news web page in, the article out: its prose as paragraphs separated by
// blank lines (the text the extractor takes), its figures with captions and
// credits, and the metadata the page declares (html-meta.ts). The page is
// hostile input: it is measured with htmlparser2's tokenizer (the one linkedom
// builds its tree with) before any tree is built, and refused when it is too
// large, has too many elements or nests them too deep. linkedom has no
// script engine and no resource loader, so nothing in the page runs or is
// fetched; Readability (Firefox's reader view) finds the article in it.
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { ValidationError } from '../errors.ts';
import { creditNames } from '../extract/index.ts';
import { splitCredit } from '../extract/segment.ts';
import { absoluteUrl, type PageMetadata, pageMetadata } from './html-meta.ts';

export const htmlLimits = {
  /** Characters of HTML (5 MiB); a long article's page with its inline scripts is 0.5–2 MB. */
  size: 5_242_880,
  /** Elements; a heavy news page has 3,000–15,000. */
  elements: 100_000,
  /** Nesting depth; pages rarely pass 60, and Chromium flattens past 512. */
  depth: 400,
} as const;

export interface PageImage {
  url: string | null;
  caption: string;
  creditLine: string | null;
  photographer: string | null;
  agencies: string[];
}

export interface Page extends PageMetadata {
  /** The article's prose: one paragraph per block, separated by blank lines. */
  text: string;
  images: PageImage[];
}

/**
 * Whether `text` is plainly an HTML page or fragment rather than article text: it opens with a doctype or an
 * <html>, <head> or <body> tag, or markup makes up most of it.
 */
export function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text)) return true;
  const tags = text.match(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi) ?? [];
  if (tags.length < 5) return false;
  const markup = tags.reduce((sum, tag) => sum + tag.length, 0);
  return markup / text.trim().length > 0.3;
}

// Elements that never take a closing tag: they add no depth.
const voidElements = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(' '),
);

/** Refuses a page over htmlLimits, naming `field`; stops reading at the first limit passed. */
export function checkPageShape(html: string, field: string): void {
  if (html.length > htmlLimits.size) {
    throw ValidationError.field(field, `must be at most ${htmlLimits.size} characters (got ${html.length})`);
  }
  let elements = 0;
  let depth = 0;
  let refusal: string | null = null;
  const parser = new Parser(
    {
      onopentag(name) {
        elements++;
        if (!voidElements.has(name)) depth++;
        if (elements > htmlLimits.elements) refusal = `has more than ${htmlLimits.elements} elements`;
        else if (depth > htmlLimits.depth) refusal = `nests elements more than ${htmlLimits.depth} deep`;
        if (refusal) parser.pause();
      },
      onclosetag(name) {
        if (!voidElements.has(name)) depth--;
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(html);
  if (refusal) throw ValidationError.field(field, refusal);
}

/** Reads a page checked by checkPageShape; `pageUrl` resolves relative links (null: the page's own canonical URL). */
export function readPage(html: string, pageUrl: string | null): Page {
  const document = parsePage(html);
  const meta = pageMetadata(document, pageUrl);
  const base = pageUrl ?? meta.canonicalUrl;
  const scope = articleScope(document);
  const images = articleFigures(scope).flatMap((figure) => readFigure(figure, base) ?? []);
  stripFurniture(document, scope);
  const article = new Readability(document as unknown as Document, { serializer: (node) => node as Element }).parse();
  const text = article?.content ? paragraphsOf(article.content) : '';
  return {
    ...meta,
    headline: meta.headline ?? (clean(article?.title ?? '') || null),
    authors: meta.authors.length ? meta.authors : bylineNames(article?.byline ?? null),
    publisher: meta.publisher ?? (clean(article?.siteName ?? '') || null),
    text,
    images,
  };
}

const blocks = new Set(
  'p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td th tr div section article header footer main ul ol dl table figure address hr br'.split(
    ' ',
  ),
);
const skipped = new Set('script style noscript template iframe object embed svg button form nav aside figure figcaption select'.split(' '));

/** The text of Readability's article element, one paragraph per block element. */
function paragraphsOf(root: Element): string {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = clean(current);
    if (paragraph) out.push(paragraph);
    current = '';
  };
  // Iterative: the depth is bounded by checkPageShape, but a loop needs no stack to be.
  const stack: (Node | 'end')[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node | 'end';
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName;
    if (skipped.has(name)) continue;
    const block = blocks.has(name);
    if (block) {
      flush();
      stack.push('end');
    }
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return out.join('\n\n');
}

/** Collapses runs of white space (non-breaking spaces too) and trims. */
function clean(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

/** Containers of page furniture: a figure inside one is a teaser's thumbnail, not the article's image. */
const furniture =
  'aside, nav, footer, [role="complementary"], [class*="related"], [class*="sidebar"], [class*="widget"], [class*="promo"], [class*="recirc"], [class*="comment"], [class*="newsletter"], [id*="related"], [id*="sidebar"], [id*="comments"]';

type Doc = ReturnType<typeof parseHTML>['document'];

/**
 * The page as a document with an <html> root. linkedom builds the tree from what it is given: a
 * fragment or bare text has no root, and then even `document.body` throws; so those are parsed
 * again inside an empty page.
 */
function parsePage(html: string): Doc {
  const { document } = parseHTML(html);
  if (document.documentElement?.localName === 'html') return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/**
 * Where the article is: the <article> with the most paragraph text, when it holds most of the page's (teaser cards
 * are <article>s too, and some pages put the story in a <div>), else <main>, else <body>.
 */
function articleScope(document: Doc): Element {
  const body = document.body as unknown as Element;
  const textOf = (element: Element) => [...element.querySelectorAll('p')].reduce((sum, p) => sum + (p.textContent ?? '').length, 0);
  const [best] = ([...document.querySelectorAll('article')] as unknown as Element[]).sort((a, b) => textOf(b) - textOf(a));
  if (best && textOf(best) * 2 >= textOf(body)) return best;
  return (document.querySelector('main') as unknown as Element | null) ?? body;
}

/** The figures of the article, outside furniture. */
function articleFigures(scope: Element): Element[] {
  return [...scope.querySelectorAll('figure')].filter((figure) => !figure.parentElement?.closest(furniture));
}

/** Furniture and bylines (the metadata has the authors) that Readability would keep as prose. */
const strippable = `${furniture}, [class*="byline"], [class*="share"], [class*="advert" i], [class*="author-bio"], [class*="copyright"], amp-ad, amp-social-share, amp-sidebar, amp-analytics, form, button`;

/**
 * Removes what must not reach Readability: scripts and other inert content, figures (read already; their captions
 * are not prose), furniture (never the article's own element, whatever its classes), and blocks that hold nothing
 * but a <time> stamp.
 */
function stripFurniture(document: Doc, scope: Element): void {
  const remove = (selector: string, keep?: (element: Element) => boolean) => {
    for (const element of [...document.querySelectorAll(selector)] as unknown as Element[]) {
      if (element.isConnected && !keep?.(element)) element.remove();
    }
  };
  remove('script:not([type="application/ld+json"]), style, noscript, template, iframe, object, embed, figure, figcaption');
  remove(strippable, (element) => element === scope || element.contains(scope));
  for (const time of [...document.querySelectorAll('time')] as unknown as Element[]) {
    const block = time.parentElement?.closest('p, div, li, span, header');
    const alone = block && clean(block.textContent ?? '') === clean(time.textContent ?? '');
    if (alone && block !== scope && !block.contains(scope)) block.remove();
  }
}

const creditSelector =
  '[class*="credit"], [class*="copyright"], [class*="photographer"], [class*="byline"], [class*="source"], [itemprop="copyrightHolder"], [itemprop="creditText"], [itemprop="author"], cite, small';

/** One figure's image: its address, the caption without the credit, and the credit as printed. */
function readFigure(figure: Element, base: string | null): PageImage | null {
  const img = figure.querySelector('img, amp-img');
  const caption = figure.querySelector('figcaption');
  let creditLine: string | null = null;
  let captionText = '';
  if (caption) {
    const credits = [...caption.querySelectorAll(creditSelector)].filter((el) => !el.parentElement?.closest(creditSelector));
    creditLine = clean(credits.map((el) => el.textContent ?? '').join(' ')) || null;
    for (const el of credits) el.remove();
    captionText = clean(caption.textContent ?? '');
    if (!creditLine) {
      const split = splitCredit(captionText);
      if (split) ({ caption: captionText, credit: creditLine } = split);
    }
  }
  captionText ||= clean(img?.getAttribute('alt') ?? '');
  if (!captionText) return null;
  const credit = creditLine ? creditNames(creditLine) : { photographer: null, agencies: [] };
  return {
    url: img ? imageUrl(img, base) : null,
    caption: captionText.slice(0, 2_000),
    creditLine: creditLine?.slice(0, 300) ?? null,
    ...credit,
  };
}

/** The image's address, resolved against the page: `src`, else a lazy loader's `data-src`, else the first of `srcset`. */
function imageUrl(img: Element, base: string | null): string | null {
  const candidates = [img.getAttribute('src'), img.getAttribute('data-src'), img.getAttribute('srcset')?.trim().split(/\s+/)[0]];
  for (const candidate of candidates) {
    const url = absoluteUrl(candidate, base);
    if (url) return url;
  }
  return null;
}

/** Names in a byline as Readability found it: "By Ana Ruiz and Tom Beck, Staff Writers" → Ana Ruiz, Tom Beck. */
function bylineNames(byline: string | null): PageMetadata['authors'] {
  const text = clean(byline ?? '')
    .replace(/^by\s+/i, '')
    .replace(/\s*[|,–—-]\s*(?:staff|senior|chief|special)?\s*(?:writers?|reporters?|correspondents?|editors?)\b.*$/i, '');
  if (!text || text.length > 200) return [];
  return text
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => /^[\p{Lu}]/u.test(name))
    .map((name) => ({ name, organization: false }));
}
