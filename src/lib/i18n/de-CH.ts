/**
 * German (Switzerland) texts. Every string the user sees lives in one of the area files under
 * de-CH/; keys are English and prefixed by screen. French and Italian will mirror these keys
 * (the type `Messages` makes a missing key a compile error).
 */
import { common } from './de-CH/common';
import { login } from './de-CH/login';
import { cases } from './de-CH/cases';
import { dossier } from './de-CH/dossier';
import { assessment } from './de-CH/assessment';
import { privacy } from './de-CH/privacy';
import { offers } from './de-CH/offers';
import { plan } from './de-CH/plan';
import { indicators } from './de-CH/indicators';
import { boards } from './de-CH/boards';
import { cockpit } from './de-CH/cockpit';
import { documents } from './de-CH/documents';
import { registerImport } from './de-CH/import';
import { security } from './de-CH/security';
import { programm } from './de-CH/programm';

export const deCH = {
	...common,
	...login,
	...cases,
	...dossier,
	...assessment,
	...privacy,
	...offers,
	...plan,
	...indicators,
	...boards,
	...cockpit,
	...documents,
	...registerImport,
	...security,
	...programm
} as const;

export type MessageKey = keyof typeof deCH;
export type Messages = Record<MessageKey, string>;
