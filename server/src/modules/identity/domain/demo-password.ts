/**
 * The password of every seeded demo account, published in the README. Only demo accounts may log in
 * with it, and no password set through the API may be it.
 */
export const DEMO_PASSWORD = 'kaoping-demo';
