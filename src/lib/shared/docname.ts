/**
 * Doc names: the unit of sync and of access. Every name that reaches the server is parsed here;
 * anything that does not match one of these shapes is refused before a room is created.
 * Shared by browser and server so both build names the same way.
 */

export type DocName =
	| { kind: 'case'; caseId: string }
	| { kind: 'confidential'; caseId: string }
	| { kind: 'offers'; canton: string }
	| { kind: 'employers'; region: string }
	| { kind: 'index'; agency: string };

export type DocKind = DocName['kind'];

export const DOC_KINDS: readonly DocKind[] = ['case', 'confidential', 'offers', 'employers', 'index'];

/** Ids are slugs: short, URL- and file-safe, and never contain a slash. */
const ID = '[a-z0-9][a-z0-9-]{0,63}';
const CANTON = '[a-z]{2}';

const SHAPES: { kind: DocKind; pattern: RegExp }[] = [
	{ kind: 'case', pattern: new RegExp(`^case/(${ID})$`) },
	{ kind: 'confidential', pattern: new RegExp(`^case/(${ID})/confidential$`) },
	{ kind: 'offers', pattern: new RegExp(`^offers/(${CANTON})$`) },
	{ kind: 'employers', pattern: new RegExp(`^employers/(${ID})$`) },
	{ kind: 'index', pattern: new RegExp(`^index/(${ID})$`) }
];

export const MAX_DOC_NAME_LENGTH = 128;

export function isId(value: string): boolean {
	return new RegExp(`^${ID}$`).test(value);
}

/** Returns the parsed name, or null for anything that is not exactly one of the shapes. */
export function parse(name: string): DocName | null {
	if (name.length > MAX_DOC_NAME_LENGTH) return null;
	for (const { kind, pattern } of SHAPES) {
		const match = pattern.exec(name);
		if (!match) continue;
		const id = match[1] as string;
		switch (kind) {
			case 'case':
				return { kind, caseId: id };
			case 'confidential':
				return { kind, caseId: id };
			case 'offers':
				return { kind, canton: id };
			case 'employers':
				return { kind, region: id };
			case 'index':
				return { kind, agency: id };
		}
	}
	return null;
}

export function format(doc: DocName): string {
	switch (doc.kind) {
		case 'case':
			return `case/${doc.caseId}`;
		case 'confidential':
			return `case/${doc.caseId}/confidential`;
		case 'offers':
			return `offers/${doc.canton}`;
		case 'employers':
			return `employers/${doc.region}`;
		case 'index':
			return `index/${doc.agency}`;
	}
}

export const caseDoc = (caseId: string) => `case/${caseId}`;
export const confidentialDoc = (caseId: string) => `case/${caseId}/confidential`;
export const indexDoc = (agency: string) => `index/${agency}`;
export const offersDoc = (canton: string) => `offers/${canton}`;
export const employersDoc = (region: string) => `employers/${region}`;
