// Pages that show a policy the way single-page shops and script-heavy themes do: drawn in after load,
// after a client-side route change, inside a same-origin iframe, or next to a ticker that never stops.
// Each takes a seed policy page and rearranges it; the text itself is the seed's.

/** The seed page's title and the inside of its <body>. */
function partsOf(seedHtml: string): { title: string; body: string } {
  const title = /<title>([^<]*)<\/title>/.exec(seedHtml)?.[1] ?? '';
  const body = seedHtml.slice(seedHtml.indexOf('>', seedHtml.indexOf('<body')) + 1, seedHtml.lastIndexOf('</body>'));
  return { title, body };
}

const shell = (title: string, body: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** The shop's shell at load; the policy (and its title) drawn in by script `delayMs` later. */
export function latePolicyPage(seedHtml: string, delayMs = 1_500): string {
  const { title, body } = partsOf(seedHtml);
  return shell(
    'Nordlys Sko',
    `<div id="app"><p>Laster …</p></div><template id="late">${body}</template>
<script>setTimeout(() => { document.getElementById('app').replaceWith(document.getElementById('late').content.cloneNode(true)); document.title = ${JSON.stringify(title)}; }, ${delayMs});</script>`,
  );
}

/** A single-page shop's front page: its "Personvern" link changes the route with pushState and renders the policy. */
export function singlePageShop(seedHtml: string): string {
  const { title, body } = partsOf(seedHtml);
  return shell(
    'Nordlys Sko',
    `<header><nav><a href="/spa/" id="home">Hjem</a> <a href="/spa/personvern" id="policy-link">Personvern</a></nav></header>
<main id="app"><h1>Nordlys Sko</h1><p>Sko til hele familien, levert på døren.</p></main><template id="policy">${body}</template>
<script>
document.getElementById('policy-link').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', '/spa/personvern');
  // The route's content arrives a moment later, as if fetched.
  setTimeout(() => { document.getElementById('app').replaceChildren(document.getElementById('policy').content.cloneNode(true)); document.title = ${JSON.stringify(title)}; }, 200);
});
</script>`,
  );
}

/** A customer-service page that shows the policy in a same-origin iframe. */
export function framedPolicyPage(framePath: string): string {
  return shell('Kundeservice – Nordlys Sko', `<h1>Kundeservice</h1><p>Her finner du vilkår og personvern.</p><iframe src="${framePath}" title="Personvern" width="800" height="600"></iframe>`);
}

/**
 * A page with a ticker that rewrites itself and a chat widget that adds a line every 100 ms, around the
 * seed policy or around a short shop text.
 */
export function changingPage(seedHtml: string | null): string {
  const { title, body } = seedHtml ? partsOf(seedHtml) : { title: 'Nordlys Sko – Tilbud', body: '<h1>Ukens tilbud</h1><p>Joggesko til halv pris hele uken.</p>' };
  return shell(
    title,
    `<div id="ticker">0</div>${body}<aside id="chat"></aside>
<script>
let tick = 0;
setInterval(() => {
  tick++;
  document.getElementById('ticker').textContent = 'Kurs ' + (1000 + (tick % 9000));
  const line = document.createElement('p');
  line.textContent = 'Kundeservice: Hei! Trenger du hjelp med bestillingen din? (' + tick + ')';
  document.getElementById('chat').append(line);
}, 100);
</script>`,
  );
}
