/**
 * The Amplify the widget configures and reads. The npm build shares the app's `Amplify` from `aws-amplify` (its
 * default token and credentials providers included); the CDN build uses `amplify.cdn.ts` instead (rollup.config.mjs).
 */
import { Amplify, type ResourcesConfig } from 'aws-amplify';

export { Amplify };

export const configureAmplify = (config: ResourcesConfig) => Amplify.configure(config);
