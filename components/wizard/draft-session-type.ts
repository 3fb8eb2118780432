// The type of ./draft-session, for the modules that are handed it (a type import loads nothing).
import type * as Session from './draft-session';

export type DraftSession = typeof Session;
