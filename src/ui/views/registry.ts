// The app's views, in tab order. Each takes the session and renders its state; a view that
// needs the open scenario is only shown once one is open. The notebook is the first screen and
// ships with the first load; the other views load the first time they are shown.
import type { Component } from 'svelte';
import type { StringKey } from '../i18n/strings.ts';
import type { Lazy } from '../lib/lazy.ts';
import type { Session } from '../notebook/session.svelte.ts';
import NotebookView from './NotebookView.svelte';

type ViewProps = { session: Session };

export interface ViewDef {
  id: string;
  label: StringKey;
  component: Component<ViewProps> | Lazy<ViewProps>;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'notebook', label: 'viewNotebook', component: NotebookView },
  { id: 'data', label: 'viewData', component: { load: () => import('./DatasetView.svelte') } },
  { id: 'compare', label: 'viewCompare', component: { load: () => import('./CompareView.svelte') } },
  { id: 'preview', label: 'viewPreview', component: { load: () => import('./PreviewView.svelte') } },
];
