/* global window, document, URLSearchParams, URL, setTimeout, clearTimeout */
// The simulated Teams host: plain browser JavaScript served by teamsHost.ts as /host.js.
// It frames the tab named by ?tab=, answers @microsoft/teams-js's postMessage protocol the way the
// Teams web client does, and exposes window.teamsHost for playwright tests (see teamsHost.ts).
(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);
  const tabUrl = params.get('tab');
  const frameContext = params.get('frameContext') || 'content';
  const width = params.get('width');
  const hostClientType = 'web';
  const givenContext = JSON.parse(params.get('context') || '{}');
  let theme = givenContext.theme || 'default';

  // The runtime config a Teams host passes on initialize (apiVersion 4, teams-js's latest): every
  // capability listed here makes the matching isSupported() return true in the tab.
  const runtimeConfig = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isNAAChannelRecommended: false,
    isLegacyTeams: false,
    supports: {
      app: { notifySuccessResponse: {} },
      appEntity: {},
      dialog: { url: { bot: {}, parentCommunication: {} }, update: {} },
      pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
      sharing: {},
      teamsCore: {},
    },
  };

  const log = []; // every request/notification the tab sent: { func, args }
  const unhandled = []; // funcs the simulator does not answer
  const handlers = []; // names passed to registerHandler
  const deepLinks = [];
  const openedLinks = [];
  let validity;
  let savedConfig;
  let initialized = false;
  const pending = { save: null, remove: null };

  if (!tabUrl) {
    document.body.textContent = 'host.html needs ?tab=<encoded tab url>';
    return;
  }
  const tabOrigin = new URL(tabUrl, window.location.href).origin;

  function legacyContext() {
    return Object.assign(
      { locale: 'en-us', theme: 'default', hostClientType: hostClientType, hostName: 'Teams' },
      givenContext,
      { frameContext: frameContext, theme: theme },
    );
  }

  const iframe = document.createElement('iframe');
  iframe.id = 'tab';
  iframe.name = 'tab';
  iframe.title = 'Tab';
  iframe.allow = 'clipboard-write; clipboard-read';
  iframe.style.border = '0';
  iframe.style.display = 'block';
  iframe.style.height = '100vh';
  iframe.style.width = width ? width + 'px' : '100%';

  function reply(event, request, args) {
    event.source.postMessage(
      { id: request.id, uuidAsString: request.uuidAsString, args: args },
      event.origin,
    );
  }

  function sendEvent(func, args) {
    iframe.contentWindow.postMessage({ func: func, args: args || [] }, tabOrigin);
  }

  function settle(kind, ok, value) {
    const waiting = pending[kind];
    if (!waiting) return;
    pending[kind] = null;
    clearTimeout(waiting.timer);
    if (ok) waiting.resolve(value);
    else waiting.reject(new Error(value === undefined || value === null ? kind + ' failed' : String(value)));
  }

  function startEvent(kind, func, args, timeoutMs) {
    if (pending[kind]) return Promise.reject(new Error(kind + ' already in progress'));
    return new Promise(function (resolve, reject) {
      const timer = setTimeout(function () {
        settle(kind, false, 'the tab did not answer ' + func + ' within ' + timeoutMs + ' ms');
      }, timeoutMs);
      pending[kind] = { resolve: resolve, reject: reject, timer: timer };
      sendEvent(func, args);
    });
  }

  function handle(event) {
    if (event.source !== iframe.contentWindow) return;
    const request = event.data;
    if (!request || typeof request !== 'object' || typeof request.func !== 'string') return;
    const args = Array.isArray(request.args) ? request.args : [];
    log.push({ func: request.func, args: args });
    switch (request.func) {
      case 'initialize':
        // args: [teams-js version, runtime api version, valid message origins]
        initialized = true;
        reply(event, request, [frameContext, hostClientType, JSON.stringify(runtimeConfig), args[0]]);
        break;
      case 'getContext':
        reply(event, request, [legacyContext()]);
        break;
      case 'registerHandler':
        handlers.push(args[0]);
        break;
      case 'appInitialization.appLoaded':
      case 'appInitialization.failure':
      case 'appInitialization.expectedFailure':
        break;
      case 'appInitialization.success':
        // Answered because runtimeConfig.supports.app.notifySuccessResponse is set.
        reply(event, request, [undefined]);
        break;
      case 'settings.setValidityState':
        validity = args[0];
        break;
      case 'settings.setSettings':
        savedConfig = args[0];
        reply(event, request, [true]);
        break;
      case 'settings.getSettings':
        reply(event, request, [savedConfig || {}]);
        break;
      case 'settings.save.success':
        settle('save', true, savedConfig);
        break;
      case 'settings.save.failure':
        settle('save', false, args[0]);
        break;
      case 'settings.remove.success':
        settle('remove', true, undefined);
        break;
      case 'settings.remove.failure':
        settle('remove', false, args[0]);
        break;
      case 'shareDeepLink':
        deepLinks.push({ subPageId: args[0], subPageLabel: args[1], subPageWebUrl: args[2] });
        break;
      case 'executeDeepLink':
        openedLinks.push(args[0]);
        reply(event, request, [true]);
        break;
      default:
        unhandled.push(request.func);
    }
  }

  window.addEventListener('message', handle);

  const copy = function (value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  };

  window.teamsHost = {
    setTheme: function (name) {
      theme = name;
      sendEvent('themeChange', [name]);
    },
    save: function (saveParameters) {
      return startEvent('save', 'settings.save', [saveParameters || {}], 10000).then(copy);
    },
    remove: function () {
      return startEvent('remove', 'settings.remove', [], 10000);
    },
    sendEvent: sendEvent,
    initialized: function () {
      return initialized;
    },
    messages: function () {
      return log.map(function (entry) {
        return entry.func;
      });
    },
    log: function () {
      return copy(log);
    },
    unhandled: function () {
      return unhandled.slice();
    },
    handlers: function () {
      return handlers.slice();
    },
    savedConfig: function () {
      return copy(savedConfig);
    },
    validity: function () {
      return validity;
    },
    deepLinks: function () {
      return copy(deepLinks);
    },
    openedLinks: function () {
      return openedLinks.slice();
    },
  };

  iframe.src = tabUrl;
  document.body.appendChild(iframe);
})();
