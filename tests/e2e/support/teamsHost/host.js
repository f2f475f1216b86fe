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
  // ?naa=1: a host that recommends nested app authentication and brokers tokens (new Teams);
  // otherwise a host without it, where the tab signs in through authentication.authenticate.
  const naa = params.get('naa') === '1';
  const naaToken = params.get('naaToken') || '';
  // ?hostClipboard=0: a host without teams-js's clipboard capability (the tab must share the link
  // through pages.shareDeepLink instead). The iframe never has clipboard-write, as in Teams.
  const hostClipboard = params.get('hostClipboard') !== '0';

  // The runtime config a Teams host passes on initialize (apiVersion 4, teams-js's latest): every
  // capability listed here makes the matching isSupported() return true in the tab.
  const runtimeConfig = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isNAAChannelRecommended: naa,
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
  if (naa) runtimeConfig.supports.nestedAppAuth = {};
  if (hostClipboard) runtimeConfig.supports.clipboard = {};

  const log = []; // every request/notification the tab sent: { func, args }
  const unhandled = []; // funcs the simulator does not answer
  const handlers = []; // names passed to registerHandler
  const deepLinks = [];
  const openedLinks = [];
  const clipboardWrites = []; // { mimeType, text } written through clipboard.write
  const naaRequests = []; // { method, scope } of each nested-app-auth request, in order
  const authWindows = []; // URLs authentication.authenticate opened
  let authPopup = null; // { window, event, request, settled } of the authenticate request under way
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
  // Teams' web client frames tabs without clipboard-write, so navigator.clipboard.writeText is refused
  // (OfficeDev/microsoft-teams-library-js issues #738 and #1402).
  iframe.allow = '';
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

  function base64url(value) {
    return window
      .btoa(unescape(encodeURIComponent(JSON.stringify(value))))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  }

  // The brokered answer of nested app authentication (MSAL's BridgeProxy protocol): the init context,
  // then a token for whatever scopes the tab asks, as Teams' own broker would after consent.
  function answerNestedAuth(event, request) {
    const message = JSON.parse(request.data);
    const user = legacyContext();
    const tenantId = user.tid || 'tenant';
    const oid = user.userObjectId || 'user';
    const account = {
      homeAccountId: oid + '.' + tenantId,
      environment: 'login.microsoftonline.com',
      tenantId: tenantId,
      localAccountId: oid,
      username: user.loginHint || user.userPrincipalName || '',
      name: user.userPrincipalName || '',
    };
    const response = { messageType: 'NestedAppAuthResponse', requestId: message.requestId, success: true };
    if (message.method === 'GetInitContext') {
      response.initContext = {
        sdkName: 'simulated-teams-host',
        sdkVersion: '1.0.0',
        capabilities: { queryAccount: false },
        accountContext: {
          homeAccountId: account.homeAccountId,
          environment: account.environment,
          tenantId: tenantId,
        },
      };
    } else {
      const scope = message.tokenParams ? message.tokenParams.scope : '';
      naaRequests.push({ method: message.method, scope: scope });
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        aud: message.tokenParams ? message.tokenParams.clientId : '',
        iss: 'https://login.microsoftonline.com/' + tenantId + '/v2.0',
        tid: tenantId,
        oid: oid,
        preferred_username: account.username,
        name: account.name,
        iat: now,
        exp: now + 3600,
        ver: '2.0',
      };
      response.token = {
        access_token: naaToken,
        id_token: base64url({ alg: 'none', typ: 'JWT' }) + '.' + base64url(claims) + '.',
        expires_in: 3600,
        scope: scope,
      };
      response.account = account;
    }
    event.source.postMessage(
      { id: request.id, uuidAsString: request.uuidAsString, args: [undefined, JSON.stringify(response)] },
      event.origin,
    );
  }

  // authentication.authenticate: Teams opens the URL in a window of its own; the page there initializes
  // teams-js (frame context "authentication") and ends with notifySuccess or notifyFailure.
  function openAuthWindow(event, request, args) {
    if (authPopup && !authPopup.settled) {
      reply(event, request, [false, 'An authentication window is already open.']);
      return;
    }
    authWindows.push(args[0]);
    const popup = window.open(
      args[0],
      'teams-auth',
      'width=' + (args[1] || 600) + ',height=' + (args[2] || 535),
    );
    if (!popup) {
      reply(event, request, [false, 'FailedToOpenWindow']);
      return;
    }
    authPopup = { window: popup, event: event, request: request, settled: false };
    const watch = window.setInterval(function () {
      if (!popup.closed) return;
      window.clearInterval(watch);
      settleAuth(false, 'CancelledByUser');
    }, 200);
  }

  function settleAuth(ok, value) {
    if (!authPopup || authPopup.settled) return;
    authPopup.settled = true;
    reply(authPopup.event, authPopup.request, [ok, value]);
  }

  function handleAuthWindow(event) {
    const request = event.data;
    if (!request || typeof request !== 'object' || typeof request.func !== 'string') return;
    const args = Array.isArray(request.args) ? request.args : [];
    log.push({ func: 'auth-window:' + request.func, args: args });
    switch (request.func) {
      case 'initialize':
        reply(event, request, ['authentication', hostClientType, args[0], JSON.stringify(runtimeConfig)]);
        break;
      case 'getContext':
        reply(event, request, [Object.assign(legacyContext(), { frameContext: 'authentication' })]);
        break;
      case 'authentication.authenticate.success':
        settleAuth(true, args[0]);
        break;
      case 'authentication.authenticate.failure':
        settleAuth(false, args[0]);
        break;
      default:
        break;
    }
  }

  function handle(event) {
    if (authPopup && event.source === authPopup.window) {
      handleAuthWindow(event);
      return;
    }
    if (event.source !== iframe.contentWindow) return;
    const request = event.data;
    if (!request || typeof request !== 'object' || typeof request.func !== 'string') return;
    const args = Array.isArray(request.args) ? request.args : [];
    log.push({ func: request.func, args: args });
    switch (request.func) {
      case 'initialize':
        // args: [teams-js version, runtime api version, valid message origins]. Teams answers with the
        // SDK version third and the runtime config fourth (the order teams-js's initialize copes with
        // and the one its nested-app-auth bridge reads the runtime config from).
        initialized = true;
        reply(event, request, [frameContext, hostClientType, args[0], JSON.stringify(runtimeConfig)]);
        break;
      case 'nestedAppAuth.execute':
        if (naa) answerNestedAuth(event, request);
        else unhandled.push(request.func);
        break;
      case 'authentication.authenticate':
        openAuthWindow(event, request, args);
        break;
      case 'clipboard.writeToClipboard': {
        // args: [{ mimeType, content (base64) }]; answered [error, result] (sendAndHandleSdkError).
        if (!hostClipboard) {
          unhandled.push(request.func);
          break;
        }
        const written = args[0] || {};
        clipboardWrites.push({
          mimeType: written.mimeType,
          text: decodeURIComponent(escape(window.atob(written.content || ''))),
        });
        reply(event, request, [undefined, undefined]);
        break;
      }
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
    clipboardWrites: function () {
      return copy(clipboardWrites);
    },
    naaRequests: function () {
      return copy(naaRequests);
    },
    authWindows: function () {
      return authWindows.slice();
    },
  };

  iframe.src = tabUrl;
  document.body.appendChild(iframe);
})();
