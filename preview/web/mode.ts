/** How the page was opened: ?gallery (a fixture card, no add-on), ?clean (no developer panel: screenshots), ?devtools=0|1. */
const params = new URLSearchParams(location.search);

export const gallery = params.has('gallery');
export const clean = params.has('clean');

/** The developer panel's initial visibility: the URL, else what the person chose last time, else shown. */
export const devtoolsAtStart =
  clean || params.get('devtools') === '0' ? false : params.get('devtools') === '1' ? true : localStorage.getItem('meetlink.devtools') !== '0';
