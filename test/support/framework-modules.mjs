// React and Vue for the framework tests (test/frameworks/), served to the browser as ES modules.
// React ships CommonJS only, so esbuild bundles it once (React and react-dom/client together, one
// instance) and `react` / `react-dom/client` resolve to thin modules over that bundle; `vue`
// resolves to Vue's own browser ES build (with its template compiler). Test files import them by
// their usual names, so TypeScript checks them against the packages' own types.
import { build } from 'esbuild';

const modules = {
  '/__frameworks/react.js': "import { React } from './react-bundle.js';\nexport default React;\nexport const { createElement, Fragment, StrictMode, useState, useEffect, useRef, act } = React;\n",
  '/__frameworks/react-dom-client.js': "import { ReactDOMClient } from './react-bundle.js';\nexport const { createRoot } = ReactDOMClient;\n",
};
const specifiers = { react: '/__frameworks/react.js', 'react-dom/client': '/__frameworks/react-dom-client.js', vue: '/node_modules/vue/dist/vue.esm-browser.js' };

let bundle;
async function reactBundle() {
  bundle ??= build({
    stdin: { contents: "import * as React from 'react';\nimport * as ReactDOMClient from 'react-dom/client';\nexport { React, ReactDOMClient };\n", resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: 'esm',
    // the development build: it warns about what a React user would be warned about
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

export function frameworkModules() {
  return {
    name: 'framework-modules',
    resolveImport({ source }) {
      return specifiers[source];
    },
    async serve(context) {
      if (context.path === '/__frameworks/react-bundle.js') return { body: await reactBundle(), type: 'js' };
      if (modules[context.path]) return { body: modules[context.path], type: 'js' };
      return undefined;
    },
  };
}
