import { parentPort, workerData } from 'node:worker_threads';
import { computeHubScores, type AnalyticsEdge, type AnalyticsNode } from './hubs';

/** Computes hub scores off the main thread, so the API keeps answering meanwhile. */
const { nodes, edges } = workerData as { nodes: AnalyticsNode[]; edges: AnalyticsEdge[] };
parentPort?.postMessage(computeHubScores(nodes, edges));
