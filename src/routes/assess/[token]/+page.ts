// Rendered in the browser only; the form's data comes from /api/assess with the token.
export const ssr = false;
