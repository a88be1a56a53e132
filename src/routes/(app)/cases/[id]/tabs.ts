/**
 * The sections of the case page, in order. A feature adds its tab here (one line) and its
 * component beside this file; links elsewhere (Ampel reasons, tasks) open a tab with ?tab=<id>.
 * Every tab component receives the same props: the case view and whether it is read-only.
 */
import type { Component } from 'svelte';
import type { MessageKey } from '$lib/i18n';
import type { CaseView } from '$lib/state/caseview.svelte';
import AuditTab from './AuditTab.svelte';
import DocumentsTab from './DocumentsTab.svelte';
import OverviewTab from './OverviewTab.svelte';
import AssessmentTab from './assessment/AssessmentTab.svelte';
import SituationTab from './situation/SituationTab.svelte';
import PrivacyTab from './PrivacyTab.svelte';
import PlanTab from './PlanTab.svelte';
import TimelineTab from './TimelineTab.svelte';
import ConferenceTab from './ConferenceTab.svelte';
import TasksTab from './TasksTab.svelte';

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
	{ id: 'timeline', label: 'case.tab.timeline', component: TimelineTab },
	{ id: 'assessment', label: 'case.tab.assessment', component: AssessmentTab },
	{ id: 'plan', label: 'plan.tab', component: PlanTab },
	{ id: 'tasks', label: 'case.tab.tasks', component: TasksTab },
	{ id: 'documents', label: 'case.tab.documents', component: DocumentsTab },
	{ id: 'situation', label: 'case.tab.situation', component: SituationTab },
	{ id: 'conference', label: 'case.tab.conference', component: ConferenceTab },
	{ id: 'privacy', label: 'case.tab.privacy', component: PrivacyTab },
	{ id: 'audit', label: 'case.tab.audit', component: AuditTab }
];
