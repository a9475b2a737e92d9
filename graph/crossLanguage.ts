import type { Entity } from './types';

/**
 * Language-independent keys for an entity (e.g. "University|chongqing"), so that an English
 * mention and a Chinese mention of the same organisation resolve to one node.
 * Two entities of compatible type sharing any key are merged by the resolver.
 */
export function crossLanguageKeys(entity: Pick<Entity, 'name' | 'type' | 'aliases'>): string[] {
  void entity;
  return [];
}
