import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/app.css';
import { appUpdate } from './ui/pwa/app-update.svelte.ts';
import { builtServiceWorker } from './ui/pwa/protocol.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
// Offline after the first visit, in a build (which writes the service worker); not in `vite dev`.
const serviceWorker = builtServiceWorker();
if (serviceWorker && 'serviceWorker' in navigator) appUpdate.register(`${import.meta.env.BASE_URL}${serviceWorker}`);
