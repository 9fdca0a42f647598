/** The nonce the server wrote into this page (Vite's `html.cspNonce` meta tag). */
export const cspNonce: string | undefined =
  document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

// Ant Design passes the nonce to the styles it writes, but some of its helpers (the table's
// scrollbar measurement) create <style> elements without it, which the policy then refuses.
// Every <style> a script of this page creates carries the nonce; scripts come only from this
// server, and a <style> injected into the markup still has none and stays refused.
if (cspNonce) {
  const createElement = document.createElement.bind(document) as (
    tag: string,
    options?: ElementCreationOptions,
  ) => HTMLElement;
  document.createElement = ((tag: string, options?: ElementCreationOptions) => {
    const element = createElement(tag, options);
    if (tag.toLowerCase() === 'style') element.nonce = cspNonce;
    return element;
  }) as typeof document.createElement;
}
