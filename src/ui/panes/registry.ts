/**
 * The panes, in tab order: the tab bar, Tab and the number keys read this
 * list, so a pane is added here, with its view (a reducer, a keys hook and the
 * view it renders; see docs/DESIGN.md, "The UI").
 */
import type { ReactNode } from 'react';
import { ArticlesPane } from './articles/ArticlesPane.js';
import { ClaimsPane } from './claims/ClaimsPane.js';
import { CoveragePane } from './coverage/CoveragePane.js';
import { EntitiesPane } from './entities/EntitiesPane.js';
import type { PaneProps } from './pane-props.js';
import { ReaderPane } from './reader/ReaderPane.js';
import { SearchPane } from './search/SearchPane.js';

export interface PaneEntry {
	id: string;
	title: string;
	View: (props: PaneProps) => ReactNode;
}

export const PANES = [
	{ id: 'articles', title: 'Articles', View: ArticlesPane },
	{ id: 'search', title: 'Search', View: SearchPane },
	{ id: 'entities', title: 'Entities', View: EntitiesPane },
	{ id: 'claims', title: 'Claims', View: ClaimsPane },
	{ id: 'coverage', title: 'Coverage', View: CoveragePane },
	{ id: 'reader', title: 'Reader', View: ReaderPane },
] as const satisfies readonly PaneEntry[];

export type PaneId = (typeof PANES)[number]['id'];

export const PANE_IDS: readonly PaneId[] = PANES.map((pane) => pane.id);
