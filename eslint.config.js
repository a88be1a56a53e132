// ESLint finds problems; Prettier (.prettierrc) owns the layout, so every formatting rule is off
// (eslint-config-prettier). Rules are errors or off, never warnings: a warning nobody must fix is
// noise. The folder boundaries of docs/architecture.md are enforced at the end of this file.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** `$lib/<folder>` or a relative path that climbs into `<folder>` (from inside src/lib). */
const libFolder = (...folders) => `^(\\$lib/|(\\.\\./)+)(${folders.join('|')})(/|$)`;
/** The Node server (server/ at the root) or src/lib/server, by alias or relative path. */
const serverCode = '^(\\$lib/server|(\\.\\./)+(lib/)?server)(/|$)';
/** A browser-only folder of src/lib, as the server reaches it (relative path or alias). */
const browserOnly = '(^\\$lib/|(^|/)src/lib/)(sync|db|state|components|charts)(/|$)';
/** Packages and modules that do I/O: sockets, storage, files, mail, IndexedDB. */
const ioModules =
	'^(node:.*|fs|path|os|net|http|https|child_process|worker_threads|ws|better-sqlite3|pg|ioredis|nodemailer|dexie|y-indexeddb|y-websocket|\\$app/.*)$';

const restrict = (patterns) => ({
	// The TypeScript variant lets `import type` through: types vanish at build time, so a shared
	// interface (e.g. the `Me` the server sends) may be named in the browser without shipping code.
	'@typescript-eslint/no-restricted-imports': ['error', { patterns }]
});
const forbid = (regex, message) => ({ regex, message, allowTypeImports: true });

const tests = ['**/*.test.ts', '**/*.contract.ts', '**/*.fixtures.ts'];

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'data/', 'test-results/', 'playwright-report/', 'tests/.artifacts/'] },
	{ linterOptions: { reportUnusedDisableDirectives: 'error' } },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				// Type information for the promise rules below (and for Svelte rules that use it).
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				extraFileExtensions: ['.svelte']
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } }
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	},
	{
		rules: {
			// `_name` marks a value kept on purpose (a rest-sibling omitted from a copy, a positional
			// parameter); anything else unused is dead code.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					argsIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					caughtErrorsIgnorePattern: '^_',
					ignoreRestSiblings: true
				}
			],
			// Lotse is served at the root (no `paths.base`), so resolve() would change no link; the rule
			// would only make every href longer.
			'svelte/no-navigation-without-resolve': 'off',
			// Lotse's state classes re-read Y.Docs on a version counter (`void this.#version`) and build
			// plain Set/Map/Date temporaries in getters; the rule flags every such temporary although none
			// is stored in reactive state.
			'svelte/prefer-svelte-reactivity': 'off',
			// $state + $effect is used on purpose for values that may only be read in the browser
			// (localStorage); $derived would also run during server rendering.
			'svelte/prefer-writable-derived': 'off'
		}
	},
	{
		// Not for Svelte files: there the option makes the rule flag every `let { … } = $props()`.
		files: ['**/*.ts'],
		ignores: ['**/*.svelte.ts'],
		rules: {
			// `let x: T;` assigned after a closure that reads it (rooms ↔ projections wiring) cannot be
			// const without reordering the wiring.
			'prefer-const': ['error', { ignoreReadBeforeAssign: true }]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte'],
		ignores: ['*.config.ts'],
		rules: {
			// An unawaited promise that rejects is an unhandled rejection: it ends the Node server and
			// loses the error in the browser. Write `void p` where fire-and-forget is meant.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},

	// ---- Folder boundaries (docs/architecture.md). Type-only imports are allowed everywhere. ----
	{
		files: ['src/lib/shared/**/*.ts'],
		ignores: tests,
		rules: restrict([
			forbid(
				libFolder('model', 'rules', 'sync', 'db', 'state', 'components', 'charts', 'i18n', 'export', 'server'),
				'shared/ is imported by browser and server alike: it depends on nothing else in src/lib.'
			),
			forbid('^(svelte|svelte/.*|node:.*|\\$app/.*)$', 'shared/ runs in browser and Node: no Svelte, no node:*.'),
			forbid(serverCode, 'shared/ never imports server code.')
		])
	},
	{
		files: ['src/lib/model/**/*.ts', 'src/lib/rules/**/*.ts', 'src/lib/i18n/**/*.ts'],
		ignores: tests,
		rules: restrict([
			forbid(ioModules, 'model/, rules/ and i18n/ are pure: no I/O (the caller passes data and `now` in).'),
			forbid(
				libFolder('sync', 'db', 'state', 'components', 'charts', 'export', 'server'),
				'model/, rules/ and i18n/ are pure and import only shared/, model/, rules/ (and i18n/ for words).'
			),
			forbid(serverCode, 'model/, rules/ and i18n/ never import server code.')
		])
	},
	{
		files: ['src/lib/model/**/*.ts'],
		ignores: [
			...tests,
			// Known exceptions (STYLE.md, "where the house is weakest"): the summary is a projection and
			// belongs beside the rules; move it, then delete these two lines.
			'src/lib/model/summary.ts',
			'src/lib/model/provenance.ts'
		],
		rules: restrict([
			forbid(ioModules, 'model/ is pure: no I/O (the caller passes data and `now` in).'),
			forbid(
				libFolder('rules', 'i18n', 'sync', 'db', 'state', 'components', 'charts', 'export', 'server'),
				'model/ is the domain on Y.Doc: it does not know the rules, the words or the I/O around it.'
			),
			forbid(serverCode, 'model/ never imports server code.')
		])
	},
	{
		files: ['src/lib/model/**/*.ts', 'src/lib/rules/**/*.ts'],
		ignores: tests,
		rules: {
			// The clock and randomness live at the edge: pass `now` (and a seeded random) in.
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'model/ and rules/ take `now` as a parameter instead of reading the clock.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'model/ and rules/ take `now` as a parameter instead of reading the clock.'
				},
				{
					selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
					message: 'model/ and rules/ are deterministic: take a random source as a parameter.'
				}
			],
			'no-restricted-globals': [
				'error',
				...['fetch', 'localStorage', 'sessionStorage', 'indexedDB', 'WebSocket', 'XMLHttpRequest'].map((name) => ({
					name,
					message: 'model/ and rules/ do no I/O.'
				}))
			]
		}
	},
	{
		files: ['src/lib/components/**/*.svelte', 'src/lib/components/**/*.ts'],
		ignores: [
			...tests,
			// Known exceptions, to be moved behind a state class: the bell's unread count (sync/api)
			// and the reminder badge's Dexie query.
			'src/lib/components/NotificationsLink.svelte',
			'src/lib/components/cockpit/ReminderBadge.svelte'
		],
		rules: restrict([
			forbid(libFolder('sync', 'db'), 'components/ get data through props or a state/ class, never from sync/ or db/.'),
			forbid(serverCode, 'Browser code never imports server code.')
		])
	},
	{
		files: [
			'src/lib/{sync,db,state,charts,export}/**/*.{ts,svelte}',
			'src/routes/**/*.svelte',
			'src/routes/**/+page.ts',
			'src/routes/**/+layout.ts',
			'src/service-worker.ts'
		],
		ignores: tests,
		rules: restrict([forbid(serverCode, 'Browser code never imports server code.')])
	},
	{
		files: ['server/**/*.ts'],
		ignores: tests,
		rules: restrict([
			forbid(browserOnly, 'server/ never imports browser-only code (sync, db, state, components, charts).'),
			forbid('^(svelte|svelte/.*|\\$app/.*)$', 'server/ runs outside SvelteKit too (tsx): no svelte, no $app.')
		])
	}
);
