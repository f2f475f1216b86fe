// While decisions wait in the outbox, closing or reloading the tab asks first. The browser shows its
// own question: a page may only ask for it, by preventDefault() on the 'beforeunload' event
// (https://developer.mozilla.org/docs/Web/API/Window/beforeunload_event; the HTML standard's
// BeforeUnloadEvent), and only after the user has interacted with the page. The handler is there only
// while something waits, since one that is always there also keeps the page out of the back/forward
// cache. Inside Teams the tab is an iframe that Teams may remove without this question (switching
// channel or app: see the README); what waits is then sent by the next open of the tab.
import { useEffect } from 'react';

export function useAskBeforeClosing(somethingWaits: boolean): void {
  useEffect(() => {
    if (!somethingWaits) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Browsers before Chrome 119 asked only when returnValue was set (MDN, as above).
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [somethingWaits]);
}
