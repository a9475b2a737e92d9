/**
 * Node captions follow the interface language: a node stored under its Chinese name and merged
 * with an English article shows its English name in English mode, and back again.
 */
import type cytoscape from 'cytoscape';
import type { Lang } from './i18n';

export interface NamedNode {
  /** The stored canonical name (the first surface form the graph met). */
  name: string;
  /** The English name, when an English article or the bilingual table supplied one. */
  nameEn?: string;
  /** The Chinese name, when the canonical name is not Chinese but a Chinese one is known. */
  nameZh?: string;
}

/** The caption for `lang`: that language's name when known, else the canonical name. */
export function displayName(node: NamedNode, lang: Lang): string {
  const preferred = lang === 'en' ? node.nameEn : node.nameZh;
  return preferred && preferred.trim() ? preferred : node.name;
}

/** Re-captions every entity node already on the canvas (compounds and "N more" keep theirs). */
export function relabelNodes(cy: cytoscape.Core, lang: Lang): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const name = n.data('name') as unknown;
      if (typeof name !== 'string') return;
      const nameEn = n.data('nameEn') as string | undefined;
      const nameZh = n.data('nameZh') as string | undefined;
      n.data('label', displayName({ name, nameEn, nameZh }, lang));
    });
  });
}
