import type { EntityType, RelationType } from '../../graph/ontology';

/**
 * Sentence templates per relationship type, written around the trigger words the Chinese
 * pipeline looks for. `{a}` is the source entity, `{b}` the target.
 */
export const RELATION_TEMPLATES: Readonly<Record<RelationType, readonly string[]>> = Object.freeze({
  CO_BUILDS: Object.freeze([
    '{a}与当地政府签署合作协议，共建{b}。',
    '由{a}共建的{b}近日正式揭牌运行。',
    '{a}将共建{b}，聚焦关键核心技术攻关。',
  ]),
  FLEXIBLY_INTRODUCES: Object.freeze([
    '{a}柔性引进{b}，围绕产业需求开展联合攻关。',
    '为破解技术难题，{a}柔性引进了{b}。',
    '{a}通过“周末工程师”方式柔性引进{b}。',
  ]),
  TRANSFERS_TO: Object.freeze([
    '{a}的多项专利实现成果转化，由{b}承接产业化。',
    '{a}向{b}开展技术转移，签约金额超过千万元。',
    '依托成果转化机制，{a}研发的新技术已在{b}落地。',
  ]),
  SUPPORTS: Object.freeze([
    '{a}助力{b}加快新产品研发。',
    '{a}出资助力{b}扩大生产规模。',
    '在{a}的助力下，{b}完成了新一轮技术升级。',
  ]),
  LOCATED_IN: Object.freeze([
    '{a}位于{b}。',
    '{a}位于{b}，占地约百亩。',
    '{a}目前位于{b}的科技园内。',
  ]),
  PART_OF: Object.freeze(['{a}近日在国际期刊发表最新研究成果。', '{a}研发的样机通过了专家验收。']),
});

/** Sentences that mention one entity without stating a tie. */
export const FILLER_TEMPLATES = Object.freeze([
  '{a}相关负责人表示，将持续加大研发投入。',
  '据介绍，{a}今年以来新增发明专利二十余项。',
  '{a}的代表在会上作了交流发言。',
]);

/** Which entity types may stand at each end of each relationship type. */
export const RELATION_ENDS: Readonly<
  Record<RelationType, { sources: readonly EntityType[]; targets: readonly EntityType[] }>
> = Object.freeze({
  CO_BUILDS: { sources: ['University', 'Company', 'Institute', 'District'], targets: ['Lab'] },
  FLEXIBLY_INTRODUCES: {
    sources: ['Company', 'District', 'University', 'Institute'],
    targets: ['Person', 'ResearchTeam'],
  },
  TRANSFERS_TO: {
    sources: ['University', 'Institute', 'Lab', 'ResearchTeam'],
    targets: ['Company'],
  },
  SUPPORTS: {
    sources: ['Fund', 'District', 'Company', 'Institute'],
    targets: ['Company', 'Lab', 'ResearchTeam'],
  },
  LOCATED_IN: { sources: ['Company', 'University', 'Lab', 'Institute'], targets: ['District'] },
  // PART_OF is not drawn at random: every ResearchTeam is part of the university in its name.
  PART_OF: { sources: ['ResearchTeam'], targets: ['University'] },
});

/** A template cut into literal text and entity slots. */
export type TemplatePart = string | { slot: 'a' | 'b' };

const parsed = new Map<string, TemplatePart[]>();

export function templateParts(template: string): TemplatePart[] {
  let parts = parsed.get(template);
  if (!parts) {
    parts = template
      .split(/(\{[ab]\})/)
      .filter((p) => p.length > 0)
      .map((p) =>
        p === '{a}' ? { slot: 'a' as const } : p === '{b}' ? { slot: 'b' as const } : p,
      );
    parsed.set(template, parts);
  }
  return parts;
}
