import { useEffect } from 'react';

/** A CSS string literal: quotes and backslashes escaped, line breaks as CSS newlines. */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\r?\n/g, '\\A ')}"`;
}

/**
 * Puts `title` in the top margin of every printed page and "`pageWord` 2 / 6" in the bottom right (CSS page-margin
 * boxes, printed by Chromium 131+). CSS cannot read the page's own text into a margin box, so the rule is written
 * for this plan and language while the report is open and removed when it closes; the report's first lines carry
 * the same facts where margin boxes are not supported.
 */
export function PrintPageHeader({ title, pageWord }: { title: string; pageWord: string }) {
  useEffect(() => {
    const css =
      `@media print { @page { @top-center { content: ${cssString(title)}; } ` +
      `@bottom-right { content: ${cssString(`${pageWord} `)} counter(page) " / " counter(pages); } } }`;
    // A constructed stylesheet: the Content-Security-Policy allows no inline <style> element. Where there is no
    // adoptedStyleSheets (jsdom in the unit tests) an element does the same.
    if ('adoptedStyleSheets' in Document.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
      };
    }
    const style = document.createElement('style');
    style.dataset.printPageHeader = '';
    style.textContent = css;
    document.head.appendChild(style);
    return () => style.remove();
  }, [title, pageWord]);
  return null;
}
