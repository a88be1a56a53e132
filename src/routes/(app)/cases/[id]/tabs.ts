/**
 * The sections of the case page, in order. A feature adds its tab here (one line) and its
 * component beside this file; links elsewhere (Ampel reasons, tasks) open a tab with ?tab=<id>.
 * Every tab component receives the same props: the case view and whether it is read-only.
 */
import type { Component } from 'svelte';
import type { MessageKey } from '$lib/i18n';
import type { CaseView } from '$lib/state/caseview.svelte';
import DocumentsTab from './DocumentsTab.svelte';
import OverviewTab from './OverviewTab.svelte';

export interface TabProps {
	view: CaseView;
	readonly: boolean;
}

export interface Tab {
	id: string;
	label: MessageKey;
	component: Component<TabProps>;
}

export const TABS: Tab[] = [
	{ id: 'overview', label: 'case.tab.overview', component: OverviewTab },
	{ id: 'documents', label: 'case.tab.documents', component: DocumentsTab }
];
