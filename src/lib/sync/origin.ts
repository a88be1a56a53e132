/**
 * Transaction origins of this browser. Edits made through the UI carry LOCAL, so the undo
 * manager tracks exactly this user's changes and not those arriving from others.
 */
export const LOCAL = Symbol('lotse-local');
