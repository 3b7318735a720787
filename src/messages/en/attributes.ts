/** English: the labels of Cognito's standard user attributes (new password required, sign-up). */
export const attributes = {
  'attribute.given_name': 'Given name',
  'attribute.family_name': 'Family name',
  'attribute.name': 'Name',
  'attribute.nickname': 'Nickname',
  'attribute.preferred_username': 'Preferred username',
  'attribute.middle_name': 'Middle name',
  'attribute.email': 'Email',
  'attribute.phone_number': 'Phone number',
  'attribute.birthdate': 'Birth date',
  'attribute.address': 'Address',
  'attribute.gender': 'Gender',
  'attribute.locale': 'Locale',
  'attribute.picture': 'Picture URL',
  'attribute.profile': 'Profile URL',
  'attribute.website': 'Website',
  'attribute.zoneinfo': 'Time zone',
};
