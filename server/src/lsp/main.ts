// Entry point of dist/server.js: the language server over IPC (from the VS Code client) or stdio (--stdio).

import { runServer } from './server';

runServer();
