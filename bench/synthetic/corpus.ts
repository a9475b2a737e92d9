import { documentId, entityId, relationId, textHash } from '../../graph/ids';
import type { EntityType, RelationType } from '../../graph/ontology';
import type {
  Entity,
  Evidence,
  ExtractionResult,
  Mention,
  Relation,
  SourceDocument,
} from '../../graph/types';
import { nameForRank, nameOf, placeName, type NamedEntity } from './names';
import { Prng } from './prng';
import { FILLER_TEMPLATES, RELATION_ENDS, RELATION_TEMPLATES, templateParts } from './templates';

/**
 * A deterministic synthetic corpus of Chinese innovation news. Each document is produced both
 * as raw article text and directly as the ExtractionResult the extractor would give for it, so
 * a load benchmark can measure the loader alone. Entities are drawn from per-type popularity
 * universes with a Zipf-like law: a few hubs appear in many documents, most names in few.
 */
export interface CorpusOptions {
  seed: number;
  entitiesPerDoc: number;
  relationsPerDoc: number;
  jitter: number;
  zipfExponent: number;
  universe: Readonly<Record<Exclude<EntityType, 'Other' | 'ResearchTeam'>, number>> & {
    ResearchTeam: number;
  };
  typeMix: Readonly<Partial<Record<EntityType, number>>>;
  relationMix: Readonly<Partial<Record<RelationType, number>>>;
  aliasShare: number;
}

export const CORPUS_DEFAULTS: Readonly<CorpusOptions> = Object.freeze({
  /** Same seed, same corpus, byte for byte. */
  seed: 20_240_601,
  /** Mean distinct entities in an ordinary article. */
  entitiesPerDoc: 50,
  /** Mean distinct relationships (ties) stated in an ordinary article. */
  relationsPerDoc: 100,
  /** ± share by which an article's size varies around the means. */
  jitter: 0.2,
  /** Zipf exponent of entity popularity: 1 gives a few strong hubs and a long tail. */
  zipfExponent: 1.0,
  /** Popularity universe per type (distinct names that can ever appear). */
  universe: Object.freeze({
    Company: 90_000,
    University: 4_000,
    ResearchTeam: 60_000,
    Lab: 21_000,
    Institute: 5_000,
    Fund: 1_200,
    District: 3_000,
    Person: 120_000,
  }),
  /** Share of an article's entities per type (universities of teams are added on top). */
  typeMix: Object.freeze({
    Company: 0.3,
    University: 0.08,
    ResearchTeam: 0.08,
    Lab: 0.12,
    Institute: 0.06,
    Fund: 0.06,
    District: 0.1,
    Person: 0.2,
  }),
  /** Share of an article's ties per type (PART_OF comes from team names, on top). */
  relationMix: Object.freeze({
    CO_BUILDS: 0.2,
    FLEXIBLY_INTRODUCES: 0.15,
    TRANSFERS_TO: 0.2,
    SUPPORTS: 0.25,
    LOCATED_IN: 0.2,
  }),
  /** Chance that a later mention of a company uses its short name (an alias). */
  aliasShare: 0.5,
});

export interface SyntheticDocument {
  /** The raw article, as a user would hand it to `innochain extract`. */
  article: SourceDocument;
  /** What extracting that article gives (ids, mentions, evidence offsets into `article.text`). */
  extraction: ExtractionResult;
}

const SOURCES = Object.freeze(['重庆日报', '四川日报', '科技日报', '新华网', '人民网', '光明日报']);
const SENTENCES_PER_PARAGRAPH = 8;

interface DocEntity {
  entity: Entity;
  named: NamedEntity;
}

/** Builds one article's text while recording where each mention and sentence lands. */
class ArticleWriter {
  text = '';
  private sentencesInParagraph = 0;
  private readonly mentioned = new Set<string>();

  constructor(
    private readonly prng: Prng,
    private readonly aliasShare: number,
  ) {}

  surfaceFor(e: DocEntity): string {
    const alias = e.named.aliases[0];
    const reuse =
      alias !== undefined && this.mentioned.has(e.entity.id) && this.prng.chance(this.aliasShare);
    return reuse ? alias : e.named.name;
  }

  /** Appends one sentence; returns its evidence span (doc filled in later). */
  sentence(template: string, a: DocEntity, b?: DocEntity, inner?: DocEntity): Evidence {
    if (this.sentencesInParagraph >= SENTENCES_PER_PARAGRAPH) {
      this.text += '\n';
      this.sentencesInParagraph = 0;
    }
    const start = this.text.length;
    for (const part of templateParts(template)) {
      if (typeof part === 'string') {
        this.text += part;
        continue;
      }
      const e = part.slot === 'a' ? a : (b ?? a);
      const surface = this.surfaceFor(e);
      this.mention(e, surface);
      // A team's name contains its university's name: that is a mention of the university too.
      if (inner && e === a) this.mention(inner, inner.named.name, this.text.length);
      this.text += surface;
    }
    this.sentencesInParagraph++;
    return { doc: '', start, end: this.text.length, sentence: this.text.slice(start) };
  }

  private mention(e: DocEntity, surface: string, at = this.text.length): void {
    const m: Mention = { doc: '', start: at, end: at + surface.length, text: surface };
    e.entity.mentions.push(m);
    if (!e.entity.aliases.includes(surface)) e.entity.aliases.push(surface);
    this.mentioned.add(e.entity.id);
  }
}

function sized(prng: Prng, mean: number, jitter: number): number {
  return Math.max(1, Math.round(mean * (1 + jitter * (2 * prng.next() - 1))));
}

function weighted<K extends string>(prng: Prng, entries: readonly [K, number][]): K {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let u = prng.next() * total;
  for (const [k, w] of entries) {
    u -= w;
    if (u < 0) return k;
  }
  return (entries[entries.length - 1] as [K, number])[0];
}

/** Draws the article's cast: distinct entities per type by popularity, plus the teams' universities. */
function drawEntities(prng: Prng, opts: CorpusOptions): DocEntity[] {
  const byKey = new Map<string, DocEntity>();
  const add = (type: EntityType, named: NamedEntity): DocEntity => {
    const key = `${type}|${named.name}`;
    let e = byKey.get(key);
    if (!e) {
      const entity: Entity = {
        id: entityId(type, named.name),
        name: named.name,
        type,
        aliases: [],
        mentions: [],
      };
      e = { entity, named };
      byKey.set(key, e);
    }
    return e;
  };
  const total = sized(prng, opts.entitiesPerDoc, opts.jitter);
  for (const [type, share] of Object.entries(opts.typeMix) as [EntityType, number][]) {
    if (type === 'Other') continue;
    const want = Math.max(1, Math.round(total * share));
    const universe = opts.universe[type];
    for (let tries = 0, got = 0; got < want && tries < want * 4; tries++) {
      const before = byKey.size;
      const named = nameForRank(type, prng.zipf(universe, opts.zipfExponent), opts.seed);
      add(type, named);
      if (byKey.size > before) got++;
    }
  }
  for (const e of [...byKey.values()]) {
    if (e.named.universityIndex !== undefined)
      add('University', nameOf('University', e.named.universityIndex));
  }
  return [...byKey.values()];
}

/** Generates document `index` of the corpus (pure function of options and index). */
export function generateDocument(
  index: number,
  options: Partial<CorpusOptions> = {},
): SyntheticDocument {
  const opts: CorpusOptions = { ...CORPUS_DEFAULTS, ...options };
  const prng = Prng.forItem(opts.seed, index);
  const cast = drawEntities(prng, opts);
  const byType = new Map<EntityType, DocEntity[]>();
  for (const e of cast) {
    const list = byType.get(e.entity.type);
    if (list) list.push(e);
    else byType.set(e.entity.type, [e]);
  }
  const byName = new Map(cast.map((e) => [`${e.entity.type}|${e.named.name}`, e]));

  const title = `${placeName(prng.int(60))}科技创新动态（第${index + 1}期）`;
  const writer = new ArticleWriter(prng, opts.aliasShare);
  writer.text = title + '\n';
  const relations = new Map<string, Relation>();
  const relate = (type: RelationType, a: DocEntity, b: DocEntity, evidence: Evidence): void => {
    const id = relationId(type, a.entity.id, b.entity.id);
    const r = relations.get(id);
    if (r) r.evidence.push(evidence);
    else {
      const confidence = Math.round((0.6 + 0.35 * prng.next()) * 100) / 100;
      relations.set(id, {
        id,
        type,
        source: a.entity.id,
        target: b.entity.id,
        confidence,
        evidence: [evidence],
      });
    }
  };

  for (const team of byType.get('ResearchTeam') ?? []) {
    const university = byName.get(
      `University|${nameOf('University', team.named.universityIndex ?? 0).name}`,
    );
    if (!university) continue;
    relate(
      'PART_OF',
      team,
      university,
      writer.sentence(prng.pick(RELATION_TEMPLATES.PART_OF), team, undefined, university),
    );
  }

  const want = sized(prng, opts.relationsPerDoc, opts.jitter);
  const ends = new Map<RelationType, { sources: DocEntity[]; targets: DocEntity[] }>();
  for (const type of Object.keys(opts.relationMix) as RelationType[]) {
    const of = (types: readonly EntityType[]): DocEntity[] =>
      types.flatMap((t) => byType.get(t) ?? []);
    ends.set(type, {
      sources: of(RELATION_ENDS[type].sources),
      targets: of(RELATION_ENDS[type].targets),
    });
  }
  const mix = Object.entries(opts.relationMix) as [RelationType, number][];
  for (let tries = 0; relations.size < want && tries < want * 4; tries++) {
    const type = weighted(prng, mix);
    const { sources, targets } = ends.get(type) as { sources: DocEntity[]; targets: DocEntity[] };
    if (sources.length === 0 || targets.length === 0) continue;
    const a = prng.pick(sources);
    const b = prng.pick(targets);
    if (a === b) continue;
    relate(type, a, b, writer.sentence(prng.pick(RELATION_TEMPLATES[type]), a, b));
  }
  for (const e of cast)
    if (e.entity.mentions.length === 0) writer.sentence(prng.pick(FILLER_TEMPLATES), e);

  const text = writer.text;
  const id = documentId(text);
  const entities = cast.map((e) => e.entity);
  for (const e of entities) for (const m of e.mentions) m.doc = id;
  for (const r of relations.values()) for (const v of r.evidence) v.doc = id;
  const source = prng.pick(SOURCES);
  const date = new Date(Date.UTC(2020, 0, 1) + (index % 1_800) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    article: { id, title, source, date, lang: 'zh', text },
    extraction: {
      documents: [
        { id, title, source, date, lang: 'zh', hash: textHash(text), length: text.length },
      ],
      entities,
      relations: [...relations.values()],
    },
  };
}

/** Documents [from, from + count) of the corpus, one at a time: memory stays flat in `count`. */
export function* generateCorpus(
  count: number,
  options: Partial<CorpusOptions> = {},
  from = 0,
): Generator<SyntheticDocument> {
  for (let i = from; i < from + count; i++) yield generateDocument(i, options);
}

/**
 * The graph the API benchmark explores: ~10^5 entities and ~5·10^5 relationships, with a
 * longer tail than the default corpus (bigger universes, flatter popularity).
 */
export const API_CORPUS = Object.freeze({
  /** Documents to load. */
  documents: 5_500,
  /** Corpus options (the rest are CORPUS_DEFAULTS). */
  options: Object.freeze({
    zipfExponent: 0.9,
    universe: Object.freeze({
      Company: 400_000,
      University: 4_000,
      ResearchTeam: 200_000,
      Lab: 21_000,
      Institute: 5_000,
      Fund: 1_200,
      District: 3_000,
      Person: 200_000,
    }),
  }) satisfies Partial<CorpusOptions>,
});
