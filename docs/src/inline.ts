// One line of markdown as HTML, for the places that show a title or a summary outside its
// page (sidebar, lecture cards, pager, the home page's lede): the same markdown-it the pages
// use, so `VM_02` keeps its underscore and `code` is code, never raw backticks.

import markdownit from 'markdown-it';

const md = markdownit({ html: false, linkify: false, typographer: false });

/** Inline markdown -> HTML (links keep only their text: their targets are page-relative). */
export function inlineHtml(text: string): string {
  return md.renderInline(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
}

/** Inline markdown -> plain text, for a page's <title>. */
export function plainText(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1').replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2');
}
