// The engine worker: a composition root. It wires the embedded Hanoi data into the engine and
// exposes the engine service with comlink, nothing else. Requests and answers are plain data;
// progress callbacks arrive as Comlink.proxy functions (see src/ui/engine/client.ts).
import * as Comlink from 'comlink';
import { HANOI } from '../src/data/index.ts';
import { createEngine, EngineService } from '../src/engine/index.ts';
import { keepErrorTexts } from '../src/ui/engine/keyed-errors.ts';

keepErrorTexts();
Comlink.expose(new EngineService(createEngine(HANOI)));
