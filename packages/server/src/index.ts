/** The Preflight team server: one live, shared Yjs document per plan, on Hocuspocus. */
export { startTeamServer, CLOSE, type TeamServer, type TeamServerOptions, type Health, type Limits } from './server.js';
export { Tokens, loadSecret, parseDuration, type Grant, type Role } from './auth/tokens.js';
