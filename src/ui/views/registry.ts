// The app's views, in tab order. Each takes the session and renders its state; a view that
// needs the open scenario is only shown once one is open.
import type { Component } from 'svelte';
import type { StringKey } from '../i18n/strings.ts';
import type { Session } from '../notebook/session.svelte.ts';
import CompareView from './CompareView.svelte';
import DatasetView from './DatasetView.svelte';
import NotebookView from './NotebookView.svelte';
import PreviewView from './PreviewView.svelte';

export interface ViewDef {
  id: string;
  label: StringKey;
  component: Component<{ session: Session }>;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'notebook', label: 'viewNotebook', component: NotebookView },
  { id: 'data', label: 'viewData', component: DatasetView },
  { id: 'compare', label: 'viewCompare', component: CompareView },
  { id: 'preview', label: 'viewPreview', component: PreviewView },
];
