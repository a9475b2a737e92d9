import { cypher, type QueryName } from '../cypher/registry';
import { toElements, type Elements, type NodeRecord } from './elements';
import { evidenceFor, type EvidenceItem } from './entityQueries';
import { readTx } from './session';

/** Innovation-chain templates: each is one named Cypher file returning node and edge id lists. */
export const CHAIN_PATTERNS = Object.freeze([
  {
    id: 'transfer-to-company',
    query: 'queries/chains/transfer-to-company',
    label: {
      zh: '高校/院所/团队 → 成果转化 → 企业',
      en: 'University/Institute/Team → transfer → Company',
    },
    description: 'Research results moving to a company, directly or through intermediaries.',
  },
  {
    id: 'introduce-cobuild',
    query: 'queries/chains/introduce-cobuild',
    label: {
      zh: '柔性引进团队 ← 区县/企业 → 共建平台',
      en: 'Team ← flexibly introduced by → host → co-builds Lab',
    },
    description:
      'A district or company that flexibly introduces a team and co-builds a lab or platform.',
  },
  {
    id: 'team-supports-company',
    query: 'queries/chains/team-supports-company',
    label: { zh: '高校 ⊃ 团队 → 助力企业', en: 'University ⊃ Team → supports Company' },
    description:
      'A research team (with its home institution) supporting or transferring to a company or lab.',
  },
  {
    id: 'school-company-cobuild',
    query: 'queries/chains/school-company-cobuild',
    label: { zh: '高校 → 共建 ← 企业', en: 'School → co-builds ← Company' },
    description: 'A school and a company co-building the same lab, platform or talent class.',
  },
] as const satisfies readonly {
  id: string;
  query: QueryName;
  label: { zh: string; en: string };
  description: string;
}[]);

export type ChainPatternId = (typeof CHAIN_PATTERNS)[number]['id'];
export const CHAIN_PATTERN_IDS = CHAIN_PATTERNS.map((p) => p.id) as [
  ChainPatternId,
  ...ChainPatternId[],
];

export interface Chain {
  nodes: string[];
  edges: string[];
  hops: { edge: unknown; evidence: EvidenceItem[] }[];
}

/** Chains matching a template, each hop with its evidence sentences. */
export async function findChains(
  id: ChainPatternId,
  limit: number,
): Promise<{ chains: Chain[]; elements: Elements }> {
  const pattern = CHAIN_PATTERNS.find((p) => p.id === id)!;
  const rows = await readTx(async (tx) => {
    const res = await tx.run(cypher(pattern.query), { limit });
    const found = res.records.map((r) => ({
      nodes: r.get('nodeIds') as string[],
      edges: r.get('edgeIds') as string[],
    }));
    const ids = [...new Set(found.flatMap((c) => c.nodes))];
    const nodes = (await tx.run(cypher('queries/nodes-by-id'), { ids })).records.map(
      (r) => r.get('node') as NodeRecord,
    );
    return { found, nodes };
  });
  const evidence = await evidenceFor([...new Set(rows.found.flatMap((c) => c.edges))]);
  const chains = rows.found.map((c) => ({
    nodes: c.nodes,
    edges: c.edges,
    hops: c.edges.map((e) => ({
      edge: evidence.get(e)?.edge ?? { id: e },
      evidence: evidence.get(e)?.evidence ?? [],
    })),
  }));
  const edges = [...evidence.values()].map(({ edge }) => {
    const e = edge as {
      id: string;
      type: string;
      confidence: number;
      evidenceCount: number;
      source: { id: string };
      target: { id: string };
    };
    return {
      id: e.id,
      type: e.type,
      confidence: e.confidence,
      evidenceCount: e.evidenceCount,
      source: e.source.id,
      target: e.target.id,
    };
  });
  return { chains, elements: toElements(rows.nodes, edges) };
}
