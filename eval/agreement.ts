/**
 * Inter-annotator agreement: how far a second, independent annotation of an article agrees with
 * its gold, scored by the extractor's own scorer. This is the ceiling the extractor's figures are
 * read against: an extractor cannot be measured more precisely than two careful annotators agree.
 * Pure: no I/O.
 */
import { scoreDocument, type DocScore, type Gold, type Predicted } from './score';

/**
 * An annotation read as an extractor's output: its required items only. Optional items are the
 * annotator's "ambiguous" judgements, which an extractor's output cannot carry, so they are
 * neither claimed nor held against the other annotator.
 */
export function annotationAsPrediction(annotation: Gold): Predicted {
  const entities = annotation.entities
    .filter((e) => !e.optional)
    .map((e) => ({ id: e.name, name: e.name, type: e.type, aliases: e.aliases ?? [] }));
  const kept = new Set(entities.map((e) => e.id));
  const relations = annotation.relations
    .filter((r) => !r.optional && kept.has(r.source) && kept.has(r.target))
    .map((r) => ({ type: r.type, source: r.source, target: r.target }));
  return { entities, relations };
}

/** Each annotation scored with the other as gold: agreement is not symmetric once items are optional. */
export interface Agreement {
  /** The second annotation scored against the first (the project's gold). */
  secondAgainstFirst: DocScore;
  /** The first annotation scored against the second. */
  firstAgainstSecond: DocScore;
}

export function agreement(first: Gold, second: Gold): Agreement {
  return {
    secondAgainstFirst: scoreDocument(first, annotationAsPrediction(second)),
    firstAgainstSecond: scoreDocument(second, annotationAsPrediction(first)),
  };
}
