// Builds the tab. `npm start` serves it on http://127.0.0.1:3000; `npm run build` writes dist/.
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { HostingHeadersPlugin } = require('./webpack.hosting');

/** A page of its own: html-webpack-plugin puts the policy and the scripts in its <head>. */
const page = (title, body = '') =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** Whether the build takes the Graph address and a development user from the page address (see below). */
const developmentSettings = (env, argv) =>
  argv.mode !== 'production' || Boolean(env?.development) || process.env.CHEFFORUM_DEVELOPMENT === 'on';

module.exports = (env, argv) => ({
  entry: {
    app: './src/ui/main.tsx',
    redirect: './src/auth/redirectBridge.ts',
    authStart: './src/auth/authStart.ts',
  },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].[contenthash].js',
    chunkFilename: '[name].[contenthash].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  module: {
    rules: [{ test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2022', jsx: 'automatic' } }],
  },
  plugins: [
    // pdf.js is loaded differently in Node (its legacy build) and in the browser (its worker build).
    new webpack.NormalModuleReplacementPlugin(/[\\/]loadPdfjs$/, (resource) => {
      resource.request = resource.request.replace(/loadPdfjs$/, 'loadPdfjs.browser');
    }),
    // The tab's settings, fixed at build time (see README: running against a real tenant).
    new webpack.DefinePlugin(
      Object.fromEntries(
        [
          'CHEFFORUM_GRAPH_URL',
          'CHEFFORUM_TEAM_ID',
          'CHEFFORUM_CHANNEL_ID',
          'CHEFFORUM_DEV_USER',
          'CHEFFORUM_CLIENT_ID',
          'CHEFFORUM_APP_ID',
        ].map((name) => [`process.env.${name}`, JSON.stringify(process.env[name] ?? '')]),
      ),
    ),
    // A development build takes the Graph address and a development user from the page address (see
    // src/ui/app/appConfig.ts). A production build does not, unless built with CHEFFORUM_DEVELOPMENT=on
    // (or `--env development`):
    // the browser tests do, to test the production React build against the emulator.
    new webpack.DefinePlugin({
      'process.env.CHEFFORUM_DEVELOPMENT': JSON.stringify(developmentSettings(env, argv) ? 'on' : ''),
    }),
    new HtmlWebpackPlugin({ template: './src/ui/index.html', chunks: ['app'] }),
    // The privacy and terms pages the Teams manifest links to.
    ...[
      [
        'privacy.html',
        'Privatliv',
        'Appen gemmer intet selv: dokumenter, beslutninger og kommentarer ligger i Microsoft 365 (SharePoint og Teams) under kommunens egne regler. Log ind-oplysninger holdes kun i browserens sessionslager.',
      ],
      [
        'terms.html',
        'Vilkår',
        'Appen er kommunens eget værktøj til Chefforum og bruges på de vilkår, der gælder for kommunens Microsoft 365.',
      ],
    ].map(
      ([filename, title, text]) =>
        new HtmlWebpackPlugin({
          filename,
          chunks: [],
          templateContent: page(`Chefforum – ${title}`, `<h1>${title}</h1><p>${text}</p>`),
        }),
    ),
    // MSAL v5's redirect bridge: the popup lands here and hands the answer back to the tab.
    new HtmlWebpackPlugin({
      filename: 'redirect.html',
      templateContent: page('Chefforum'),
      chunks: ['redirect'],
    }),
    // The window Teams opens for authentication.authenticate where it does not recommend NAA: signs in
    // with MSAL's redirect flow and hands the token to the tab through notifySuccess.
    new HtmlWebpackPlugin({
      filename: 'auth-start.html',
      templateContent: page('Chefforum – log ind'),
      chunks: ['authStart'],
    }),
    // A production build's pages allow no inline or evaluated script (the development server's
    // eval source maps would need it), and it writes the hosting headers Teams needs (webpack.hosting.js).
    ...(argv.mode === 'production'
      ? [
          new HostingHeadersPlugin({
            graphUrl: process.env.CHEFFORUM_GRAPH_URL,
            development: developmentSettings(env, argv),
          }),
        ]
      : []),
  ],
  // No source maps in a production build: nothing of the sources is served to users.
  devtool: argv.mode === 'production' ? false : 'eval-cheap-module-source-map',
  devServer: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 3000),
    open: false,
    client: { overlay: { warnings: false } },
  },
  performance: { hints: false },
});
