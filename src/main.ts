import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/app.css';
import { answersShown } from './ui/lib/answers-shown.ts';
import { appUpdate } from './ui/pwa/app-update.svelte.ts';
import { builtServiceWorker } from './ui/pwa/protocol.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
// Offline after the first visit, in a build (which writes the service worker); not in `vite dev`.
// Registered once the first answers are on screen (its install fetches and stores every file), or
// after REGISTER_AT_LATEST_MS if a notebook never answers: the offline copy must not wait on it.
const REGISTER_AT_LATEST_MS = 15_000;
const serviceWorker = builtServiceWorker();
if (serviceWorker && 'serviceWorker' in navigator)
  void Promise.race([answersShown, new Promise((resolve) => setTimeout(resolve, REGISTER_AT_LATEST_MS))]).then(() =>
    appUpdate.register(`${import.meta.env.BASE_URL}${serviceWorker}`),
  );
