// The engine worker: a composition root. It wires the embedded Hanoi data into the engine and
// exposes the engine service with comlink, nothing else. Requests and answers are plain data;
// progress callbacks arrive as Comlink.proxy functions (see src/ui/engine/client.ts).
// The checks of outside input (zod) load on the first request that needs them: the notebook the
// app opens on ships with it (the same text as App.svelte's), so the first answers wait for none.
import * as Comlink from 'comlink';
import defaultScenarioText from '../scenarios/hanoi-2025-baseline.json?raw';
import { HANOI } from '../src/data/index.ts';
import { createEngineCore, EngineService, loadScenarioChecks } from '../src/engine/index.ts';
import { keepErrorTexts } from '../src/ui/engine/keyed-errors.ts';

keepErrorTexts();
const core = createEngineCore(HANOI);
Comlink.expose(new EngineService(core, () => loadScenarioChecks(core.context), { shipped: [defaultScenarioText] }));
