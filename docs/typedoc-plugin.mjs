// A typedoc plugin that puts the course's header on every API page, so a reader who came from a
// lecture has a way back: the site's brand, its lectures, the playground, and the favicon.
// apidoc.ts passes the header (with {{ROOT}} where the site root goes) in CEVAL_TYPEDOC_NAV.

import { JSX } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  const nav = process.env.CEVAL_TYPEDOC_NAV ?? '';
  // The site root, seen from the page being written: typedoc resolves URLs from api/.
  const root = (ctx) => ctx.relativeURL('index.html').replace(/index\.html$/, '') + '../';
  app.renderer.hooks.on('head.end', (ctx) => JSX.createElement(JSX.Raw, {
    html: `<link rel="icon" href="${root(ctx)}assets/favicon.svg" type="image/svg+xml">` +
      `<link rel="stylesheet" href="${root(ctx)}assets/api.css">`,
  }));
  app.renderer.hooks.on('body.begin', (ctx) => JSX.createElement(JSX.Raw, {
    html: nav.split('{{ROOT}}').join(root(ctx)),
  }));
}
