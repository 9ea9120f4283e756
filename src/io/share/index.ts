/** Share links and plan files: the public surface of `src/io/share`. */

export { parsePayload, readPayload, isSettingsOnly, EMPTY_SIGN_OFF, MAX_SIGN_OFF_CHARS, type SharePayload, type SignOff } from './payload';
export { checkWritable } from './writable';
export { parsePlanFile, planFileName, planFileText } from './plan-file';
export { encodeShareFragment, decodeShareFragment, isShareFragment, shareUrl, LINK_COMFORT_LIMIT } from './share-link';
