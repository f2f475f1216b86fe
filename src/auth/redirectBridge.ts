// The page MSAL's sign-in popup returns to (redirect.html): it passes the answer back to the tab that
// opened it and closes. Served from the tab's own origin, as MSAL v5 requires.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

void broadcastResponseToMainFrame();
