/** Only same-site paths are followed after sign-in. */
export function safeRedirect(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}
