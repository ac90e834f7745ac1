/** Icons and images in cards, drawn offline: known and Material icons inline, other images with a labelled fallback. */
import type { Json } from '../protocol';
import { ICONS, KNOWN_ICONS, h, svgIcon } from './dom';

/** An icon as Google's hosts show it: a known or Material icon by name, else the image at iconUrl. */
export function icon(spec: Json, size = 20): Element {
  const alt: string | undefined = spec?.altText;
  const named = spec?.knownIcon ? KNOWN_ICONS[spec.knownIcon] : spec?.materialIcon?.name;
  if (named && ICONS[named]) return svgIcon(ICONS[named]!, alt, size);
  if (spec?.iconUrl) {
    const fromUrl = materialName(spec.iconUrl);
    if (fromUrl && ICONS[fromUrl]) return svgIcon(ICONS[fromUrl]!, alt, size);
    return image(spec.iconUrl, alt ?? '', `icon-image ${spec.imageType === 'CIRCLE' ? 'circle' : ''}`, size);
  }
  return h('span', { class: 'icon-fallback', title: alt ?? named ?? spec?.knownIcon ?? '', role: alt ? 'img' : undefined, 'aria-label': alt }, '•');
}

/** gstatic's Material icon PNGs (…/2x/video_call_black_48dp.png) are drawn inline: the preview works offline. */
function materialName(url: string): string | undefined {
  return /\/(?:1x|2x)\/([a-z0-9_]+?)_(?:black|white|grey600|googblue)_\d+dp\.png$/.exec(url)?.[1];
}

/** An image that degrades to a labelled box when it cannot load (the preview is offline). */
export function image(url: string, alt: string, className: string, size?: number): HTMLElement {
  const fromUrl = materialName(url);
  if (fromUrl && ICONS[fromUrl]) return h('span', { class: className }, svgIcon(ICONS[fromUrl]!, alt || undefined, size ?? 24));
  const safe = /^(https?:|data:image\/)/i.test(url) ? url : '';
  const img = h('img', {
    src: safe,
    alt,
    class: className,
    width: size ? String(size) : undefined,
    height: size ? String(size) : undefined,
    loading: 'lazy',
  });
  img.addEventListener('error', () => {
    const box = h('span', { class: `${className} image-missing`, role: 'img', 'aria-label': alt || 'image', title: url }, alt || 'image');
    img.replaceWith(box);
  });
  return img;
}
