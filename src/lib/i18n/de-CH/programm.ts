/**
 * Texts of the Programm S rules on the case page and in the catalogue: conditions of the
 * allocation rules, social assistance and the two tracks, journal entry types, and the access
 * criteria the plan leaves to the canton.
 */
export const programm = {
	'choice.unclear': 'unklar',
	'assessment.dailyStructureNeeded': 'Braucht den Aufbau einer Tagesstruktur',

	'allocation.cond.age': 'Alter {range}',
	'allocation.cond.dailyStructureNeeded': 'Aufbau einer Tagesstruktur nötig: {list}',
	'allocation.cond.workloadBelow': 'erwerbstätig unter {percent} % (alle Stellen zusammen)',
	'allocation.cond.ravRegistered.true': 'beim RAV angemeldet',
	'allocation.cond.ravRegistered.false': 'nicht beim RAV angemeldet',
	'allocation.cond.inTraining.true': 'zurzeit in Lehre oder Ausbildung',
	'allocation.cond.inTraining.false': 'zurzeit nicht in Lehre oder Ausbildung (Brückenangebot, Sek II, Tertiär)',
	'allocation.cond.trainingBelow.bridge': 'noch kein Brückenangebot besucht',
	'allocation.cond.trainingBelow.invol': 'noch keine Vorlehre oder Lehre begonnen oder abgeschlossen',
	'allocation.cond.trainingBelow.certifying':
		'noch keine Berufslehre (EBA/EFZ) oder Sekundarstufe II begonnen oder abgeschlossen',
	'allocation.offerWhy': 'Zugangskriterien laut Angebotskatalog: {list}',
	'allocation.offerNoCriteria': 'Angebotskatalog: keine Zugangskriterien',
	'allocation.criteriaSource': 'Quelle der Zugangskriterien: {source}',
	'allocation.catalogueSource': 'Angebotskatalog des Kantons',
	'allocation.inPlan': 'bereits im Integrationsplan',
	'allocation.noCatalogue':
		'Der Angebotskatalog ist noch nicht geladen. Vorschläge erscheinen, sobald er auf diesem Gerät verfügbar ist.',
	'allocation.col.criteria': 'Angebote und Zugangskriterien (Angebotskatalog)',
	'allocation.own': 'Bedingungen der Regel',
	'allocation.ownNone': 'keine eigenen – nur die Zugangskriterien der Angebote',
	'allocation.pickFirst': 'Vorgeschlagen wird nur das erste passende Angebot in dieser Reihenfolge.',
	'allocation.never':
		'Nie vorgeschlagen wird ein Angebot, das nicht im Katalog steht, inaktiv ist oder das die Person besucht oder abgeschlossen hat.',
	'allocation.fit.fits': 'passt',
	'allocation.fit.missing': 'nicht im Katalog',
	'allocation.fit.inactive': 'im Katalog inaktiv',
	'allocation.fit.taken': 'besucht oder abgeschlossen',
	'allocation.fit.criteria': 'Zugangskriterien nicht erfüllt',
	'allocation.ruleFires': 'Bedingungen der Regel erfüllt',
	'allocation.ruleNot': 'Bedingungen der Regel nicht erfüllt',

	'journal.type': 'Art des Eintrags',
	'journal.newType': 'Art des neuen Eintrags',
	'journal.type.firstInformation': 'Erstinformationsgespräch',
	'journal.type.followUp': 'Folgegespräch',
	'journal.type.integration': 'Integrationsgespräch',
	'journal.type.contact': 'Kontakt mit Stellen oder Dritten',
	'journal.type.note': 'Aktennotiz',
	'journal.type.none': 'ohne Art',
	'journal.typeHint':
		'Gesprächsarten nach Programm S 5.2.2; das Erstinformationsgespräch zählt für die KIP-Kennzahl «durch Erstinformation erreicht».',

	'social.title': 'Sozialhilfe und Zuständigkeit',
	'social.intro':
		'Programm S (Abschnitt 5, 1.2): Personen mit Sozialhilfe begleitet die Sozialregion, Personen ohne Sozialhilfe die Einwohnergemeinde. Daraus folgen Zuständigkeit und Pflichten.',
	'social.receives': 'Bezieht Sozialhilfe seit {date}.',
	'social.none': 'Bezieht zurzeit keine Sozialhilfe.',
	'social.ended': 'Sozialhilfe bis {date}.',
	'social.startLabel': 'Sozialhilfe ab',
	'social.start': 'Sozialhilfe erfassen',
	'social.endLabel': 'Sozialhilfe endet am',
	'social.end': 'Ende erfassen',
	'social.endBeforeStart': 'Das Ende liegt vor dem Beginn ({date}).',
	'social.track': 'Spur',
	'social.track.socialRegion': 'Sozialregion – mit Sozialhilfe',
	'social.track.municipality': 'Einwohnergemeinde – ohne Sozialhilfe',
	'social.responsible': 'Zuständig laut Plan',
	'social.responsible.socialRegion': 'Sozialregion',
	'social.responsible.municipality': 'Einwohnergemeinde',
	'social.mismatch':
		'Dieser Fall liegt bei «{agency}» ({kind}). Für diese Spur ist laut Programm S die {responsible} zuständig: Fallübergabe prüfen.',
	'social.duties': 'Pflichten in dieser Spur (Programm S)',
	'social.invitation': 'Systematische Einladung zum persönlichen Gespräch',
	'social.invitationBasis': 'Programm S 1.2, 5.1',
	'social.invitedAt': 'Eingeladen am',
	'social.notInvited': 'Noch nicht eingeladen.',
	'social.invitationNotDue':
		'Die systematische Einladung betrifft Personen von {min} bis {max} Jahren (potenziell erwerbsfähig oder ausbildungsfähig).',
	'social.firstInfo': 'Erstinformationsgespräch am {date} (Journal).',
	'social.firstInfoNone': 'Noch kein Erstinformationsgespräch im Journal.',

	'offers.field.wording': 'Zugangskriterien im Wortlaut',
	'offers.field.source': 'Quelle (Plan, festgelegt durch)',
	'offers.placeable.unclear': 'Vermittelbarkeit unklar',
	'offers.canton.note':
		'Der Plan überlässt diese Zugangskriterien dem Kanton. Quelle: {source}. Die Zuweisungsregeln lesen sie von hier.',
	'offers.canton.default': 'Entspricht der Vorgabe (Wortlaut des Plans).',
	'offers.canton.changed': 'Vom Kanton angepasst.',
	'offers.canton.restore': 'Vorgabe wiederherstellen',
	'offers.canton.restoreConfirm': 'Die Zugangskriterien dieses Angebots auf die Vorgabe zurücksetzen?',

	'rules.col.source': 'Quelle',
	'rules.allocationTitle': 'Zuweisungsregeln (vorgeschlagene nächste Massnahmen)',
	'rules.allocationIntro':
		'Auf der Potenzialabklärung jedes Falls schlagen diese Regeln die nächsten Massnahmen vor. Eine Regel trifft zu, wenn alle ihre Bedingungen erfüllt sind; vorgeschlagen werden nur Angebote, deren Zugangskriterien im Angebotskatalog passen.'
} as const;
