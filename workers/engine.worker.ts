// The engine worker: the engine service behind comlink, nothing else. Requests and answers are
// plain data; progress callbacks arrive as Comlink.proxy functions (see src/ui/engine/client.ts).
import * as Comlink from 'comlink';
import { EngineService } from '../src/engine/service.ts';
import type { EngineApi } from '../src/ui/engine/types.ts';

Comlink.expose(new EngineService() satisfies EngineApi);
