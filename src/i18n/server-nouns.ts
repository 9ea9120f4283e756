/*
 * What each server role is called, in every language, for the sentences that count servers or say
 * what "one … replicates". Keyed by role, never by rule set: a new rule set reusing a role needs
 * no new words.
 */
import type { ServerRole } from '../core/rules';
import { SERVER_NAMES_EN, type ServerNames } from '../core/server-names';
import type { Formatters } from './format';

type Nouns = ServerNames;

// English is the domain's own (src/core/server-names.ts): one list of names for every English sentence.
const EN = SERVER_NAMES_EN;

// Korean counts with 대 and has no plural; the docs' terms (복제 어플라이언스, 확장 프로세스 서버).
const KO: Record<ServerRole, Omit<Nouns, 'many'>> = {
  configuration: { one: '구성 서버', heading: '구성 서버', replicator: '구성 서버', full: '구성 서버' },
  'scale-out': { one: '확장 프로세스 서버', heading: '확장 프로세스 서버', replicator: '프로세스 서버', full: '확장 프로세스 서버' },
  appliance: { one: '복제 어플라이언스', heading: '복제 어플라이언스', replicator: '복제 어플라이언스', full: '복제 어플라이언스' },
};

/** English names of a role. */
export const nounsEn = (role: ServerRole): Nouns => EN[role];

/** Korean names of a role. */
export const nounsKo = (role: ServerRole): Omit<Nouns, 'many'> => KO[role];

/** "1 scale-out server", "1,200 appliances". */
export const serversEn = (f: Formatters, role: ServerRole, n: number): string => `${f.num(n)} ${n === 1 ? EN[role].one : EN[role].many}`;

/** "확장 프로세스 서버 3대". */
export const serversKo = (f: Formatters, role: ServerRole, n: number): string => `${KO[role].one} ${f.num(n)}대`;

/** "scale-out servers" → "Scale-out servers", to start a sentence or a label. */
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
