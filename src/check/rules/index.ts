import type { Rule } from '../context.js';
import { unsupportedClaim, unsupportedSpan } from './unsupported.js';
import { unknownName } from './names.js';
import { numberMismatch } from './numbers.js';
import { negationMismatch } from './negation.js';
import { antonymMismatch } from './antonyms.js';
import { entityMismatch } from './entities.js';
import { attributionMismatch } from './attribution.js';
import { hedgeDropped } from './modality.js';
import { omission } from './omission.js';
import { languageMismatch } from './language.js';

/** Every provenance rule, in reporting order. */
export const RULES: Rule[] = [
  unsupportedClaim,
  unsupportedSpan,
  unknownName,
  numberMismatch,
  negationMismatch,
  antonymMismatch,
  entityMismatch,
  attributionMismatch,
  hedgeDropped,
  omission,
  languageMismatch,
];
