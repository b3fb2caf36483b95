/**
 * The built-in placeholder phrases: what the `placeholder` rule reports, and (its words in
 * capitals) what `undefined-jargon` never counts as an acronym.
 */
export const PLACEHOLDER_PHRASES: readonly string[] = [
  'TBD',
  'TBA',
  'TODO',
  'FIXME',
  'XXX',
  'to be determined',
  'to be decided',
  'fill in later',
  'lorem ipsum',
  '<placeholder>',
  // Placeholder notes as real plans word them; they count only standing alone.
  'to be filled',
  'to be filled in',
  'to be filled during implementation',
  'to be completed',
  'to be written',
  'to be added',
  'to be confirmed',
  'to be defined',
  'TBC',
];
