/** The inputs of Cognito's user attributes: input type, autocomplete token and label, so browsers can fill them. */
import type { FieldOptions } from './fields.js';

type AttributeInput = Pick<FieldOptions, 'type' | 'autocomplete' | 'inputmode'>;

const ATTRIBUTE_INPUTS: Readonly<Record<string, AttributeInput>> = {
  given_name: { autocomplete: 'given-name' },
  family_name: { autocomplete: 'family-name' },
  middle_name: { autocomplete: 'additional-name' },
  name: { autocomplete: 'name' },
  nickname: { autocomplete: 'nickname' },
  preferred_username: { autocomplete: 'nickname' },
  email: { type: 'email', autocomplete: 'email' },
  phone_number: { type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  birthdate: { type: 'date', autocomplete: 'bday' },
  address: { autocomplete: 'street-address' },
  gender: { autocomplete: 'sex' },
  website: { type: 'url', autocomplete: 'url' },
  profile: { type: 'url', autocomplete: 'url' },
  picture: { type: 'url', autocomplete: 'photo' },
  locale: { autocomplete: 'language' },
};

/**
 * The field options of attribute `name`: its input, and its label from the catalog (`attribute.<name>`), or the
 * name made readable for an attribute the catalogs do not know (`custom:company` → "company").
 */
export function attributeInput(
  name: string,
  t: (id: string) => string,
): AttributeInput & { name: string; label: string } {
  const label = t(`attribute.${name}`);
  return {
    name,
    label: label === `attribute.${name}` ? name.replace(/^custom:/, '').replace(/_/g, ' ') : label,
    ...ATTRIBUTE_INPUTS[name],
  };
}
