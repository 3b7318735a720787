import type { ComplexAttributeConverter } from 'lit';
import type { ClientMetadata } from '../../src/auth-service.js';
import { parseClientMetadata } from '../../src/flow/hooks.js';

/** The `client-metadata` attribute: JSON of strings; what cannot be used is ignored with a console warning. */
export const clientMetadataConverter: ComplexAttributeConverter<ClientMetadata | undefined> = {
  fromAttribute(value) {
    const { metadata, problem } = parseClientMetadata(value);
    if (problem) console.warn(`<auth-sign-in>: ${problem}`);
    return metadata;
  },
  toAttribute: (value) => (value ? JSON.stringify(value) : null),
};
